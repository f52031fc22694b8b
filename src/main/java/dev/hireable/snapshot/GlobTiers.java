package dev.hireable.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiers of globs asked, for each file of a tree, which is the first to match it: the globs that name a file or an
 * extension ({@code Dockerfile}, {@code *.csv}) are looked up by the file's name and extension, one hash lookup each
 * instead of a comparison per glob; only the others are matched one by one. A 200,000-file tree asks this of every
 * file, against a hundred globs.
 */
public final class GlobTiers {

    private final int size;
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<String, Integer> byExtension = new HashMap<>();
    /** The globs that need matching, in the order of their tiers. */
    private final List<Tiered> others = new ArrayList<>();

    private record Tiered(Glob glob, int tier) {}

    /** @param tiers globs (see {@link Glob}), the first tier first */
    public GlobTiers(List<List<String>> tiers) {
        this.size = tiers.size();
        for (int tier = 0; tier < tiers.size(); tier++) {
            for (String glob : tiers.get(tier)) {
                // a choice is its alternatives: each may be a name or an extension
                for (String alternative : Glob.alternatives(glob)) {
                    add(Glob.of(alternative), tier);
                }
            }
        }
        others.sort(Comparator.comparingInt(Tiered::tier));
    }

    /** One tier of globs, asked whether any matches. */
    public static GlobTiers anyOf(List<String> globs) {
        return new GlobTiers(List.of(globs));
    }

    private void add(Glob glob, int tier) {
        if (glob.literalName().isPresent()) {
            byName.putIfAbsent(glob.literalName().get(), tier);
        } else if (glob.literalExtension().isPresent()) {
            byExtension.putIfAbsent(glob.literalExtension().get(), tier);
        } else {
            others.add(new Tiered(glob, tier));
        }
    }

    /** The first tier with a glob that matches the path; the number of tiers when none does. */
    public int tierOf(String path) {
        int nameStart = path.lastIndexOf('/') + 1;
        String name = Glob.lowerAscii(path.substring(nameStart));
        int dot = name.lastIndexOf('.');
        int tier = Math.min(
                byName.getOrDefault(name, size),
                dot < 0 ? size : byExtension.getOrDefault(name.substring(dot + 1), size));
        for (Tiered other : others) {
            if (other.tier() >= tier) {
                break;
            }
            if (other.glob().matches(path, nameStart)) {
                return other.tier();
            }
        }
        return tier;
    }

    public boolean anyMatches(String path) {
        return tierOf(path) < size;
    }
}

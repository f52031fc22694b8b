package dev.hireable.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.snapshot.SettingsFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projects a user puts forward in the profile repository (LOGIN/LOGIN): those listed under {@code projects:}
 * in its settings file ({@link SettingsFile}: {@code OWNER/NAME} or {@code OWNER/NAME:folder}), then the user's own
 * repositories its README links to, in the order they appear.
 */
public final class Showcase {

    private static final String KEY = "projects";

    private Showcase() {}

    /** Projects listed under {@code projects:} in .hireable.yml, in order; problems are notes, the rest is kept. */
    public static List<RepoRef> manifest(String profile, String text, Consumer<String> notices) {
        return projects(profile, SettingsFile.parse(SettingsFile.NAMES.get(0), text), notices);
    }

    /** Projects listed under {@code projects:} in a settings file, in order; problems are notes, the rest is kept. */
    public static List<RepoRef> projects(String profile, SettingsFile settings, Consumer<String> notices) {
        String where = settings.file() + " in " + profile;
        if (settings.problem().isPresent()) {
            notices.accept(where + ": " + settings.problem().get() + "; its projects were ignored.");
            return List.of();
        }
        Optional<JsonNode> listed = settings.get(KEY);
        if (listed.isEmpty()) {
            return List.of();
        }
        JsonNode projects = listed.get();
        if (!projects.isArray()) {
            notices.accept(where + ": 'projects' must be a list of OWNER/NAME entries; it was ignored.");
            return List.of();
        }
        Map<String, RepoRef> refs = new LinkedHashMap<>();
        for (JsonNode project : projects) {
            Optional<RepoRef> ref = project.isTextual() ? RepoRef.parse(project.asText()) : Optional.empty();
            if (ref.isEmpty()) {
                notices.accept(where + ": '" + project.asText(project.toString())
                        + "' is not OWNER/NAME or OWNER/NAME:folder; it was ignored.");
            } else {
                refs.putIfAbsent(ref.get().key(), ref.get());
            }
        }
        return List.copyOf(refs.values());
    }

    /** The login's own repositories that the profile README links to, in order of first appearance. */
    public static List<RepoRef> linked(String login, String readme, String webHost) {
        Pattern link = Pattern.compile(
                "https?://(?:www\\.)?" + Pattern.quote(webHost) + "/([A-Za-z0-9](?:[A-Za-z0-9-]*))/([A-Za-z0-9._-]+)",
                Pattern.CASE_INSENSITIVE);
        Matcher matcher = link.matcher(readme);
        Map<String, RepoRef> refs = new LinkedHashMap<>();
        while (matcher.find()) {
            String owner = matcher.group(1);
            String name = matcher.group(2).replaceAll("\\.git$", "").replaceAll("[.]+$", "");
            if (!owner.equalsIgnoreCase(login) || name.isEmpty() || name.equalsIgnoreCase(login)) {
                continue;
            }
            RepoRef ref = new RepoRef(owner, name, Optional.empty());
            refs.putIfAbsent(ref.key(), ref);
        }
        return new ArrayList<>(refs.values());
    }
}

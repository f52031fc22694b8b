package dev.hireable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.report.ranking.Ranking;
import dev.hireable.report.ranking.RankingEntry;
import dev.hireable.report.ranking.RankingJsonRenderer;
import dev.hireable.report.ranking.Shard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Merges the output folders of batches run on several machines, one shard of a candidate list each, into one folder
 * ranked as a single batch over the whole list would have ranked it: each candidate's reports are copied over and
 * their ranking data read again from their JSON reports; the lines not ranked are kept with their reasons. A shard
 * that is missing, or one that did not finish, leaves the merged ranking marked as not finished.
 */
final class BatchMerge {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What a merge made: the ranking, and the shards that were expected but not given. */
    record Result(Ranking ranking, List<String> missingShards) {

        /** Every shard given and finished, every candidate ranked completely. */
        boolean clean() {
            return ranking.complete()
                    && ranking.unranked().isEmpty()
                    && ranking.entries().stream().noneMatch(RankingEntry::partial);
        }
    }

    private record Folder(Path path, RankingJsonRenderer.Stored ranking) {}

    private BatchMerge() {}

    /** Reads every folder before writing anything: a folder that is not a batch's output is bad input. */
    static Result merge(List<Path> folders, Path output, Clock clock, Consumer<String> notes) throws IOException {
        List<Folder> shards = new ArrayList<>();
        for (Path folder : folders) {
            shards.add(new Folder(folder, read(folder)));
        }
        checkDistinct(shards);
        Map<String, RankingEntry> entries = new LinkedHashMap<>();
        Map<String, Path> origin = new LinkedHashMap<>();
        List<Ranking.Unranked> unranked = new ArrayList<>();
        try (BatchLock lock = BatchLock.take(output)) {
            for (Folder shard : shards) {
                unranked.addAll(shard.ranking().unranked());
                for (RankingJsonRenderer.StoredCandidate candidate :
                        shard.ranking().candidates()) {
                    String key = candidate.login().toLowerCase(Locale.ROOT);
                    if (origin.containsKey(key)) {
                        throw new UsageException("the candidate '" + candidate.login() + "' is ranked in both '"
                                + origin.get(key) + "' and '" + shard.path()
                                + "'; merge the folders of different shards of one list");
                    }
                    origin.put(key, shard.path());
                    Optional<RankingEntry> entry = copy(shard.path(), candidate, lock.folder());
                    if (entry.isPresent()) {
                        entries.put(key, entry.get());
                    } else {
                        unranked.add(new Ranking.Unranked(
                                candidate.login(),
                                0,
                                "its JSON report in '" + shard.path()
                                        + "' is missing or unreadable; audit the candidate again"));
                    }
                }
            }
            unranked.sort(Comparator.comparingInt(Ranking.Unranked::line));
            List<String> missing = missingShards(shards);
            missing.forEach(
                    shard -> notes.accept("shard " + shard + " is missing: its candidates are not in the ranking."));
            boolean complete = missing.isEmpty()
                    && shards.stream().allMatch(s -> s.ranking().complete());
            String source =
                    shards.stream().map(s -> s.ranking().source()).distinct().collect(Collectors.joining(", "));
            Ranking ranking = new Ranking(source, clock.instant(), List.copyOf(entries.values()), unranked, complete);
            BatchFiles.saveRanking(lock.folder(), ranking, Shard.WHOLE);
            return new Result(ranking, missing);
        }
    }

    private static RankingJsonRenderer.Stored read(Path folder) {
        Path file = folder.resolve(BatchFiles.RANKING + ".json");
        if (!Files.isDirectory(folder)) {
            throw new UsageException(
                    "'" + folder + "' is not a folder; give the --output folders of the batches to merge");
        }
        try {
            return RankingJsonRenderer.read(Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null)
                    .orElseThrow(() -> notABatch(folder));
        } catch (IOException e) {
            throw notABatch(folder);
        }
    }

    private static UsageException notABatch(Path folder) {
        return new UsageException(
                "'" + folder + "' holds no readable ranking.json; give the --output folder of a finished "
                        + "or stopped 'hireable batch' run");
    }

    private static void checkDistinct(List<Folder> shards) throws IOException {
        Map<Path, Path> seen = new LinkedHashMap<>();
        for (Folder shard : shards) {
            Path real = shard.path().toRealPath();
            if (seen.putIfAbsent(real, shard.path()) != null) {
                throw new UsageException("the folder '" + shard.path() + "' is given twice");
            }
        }
    }

    /** The candidate's reports copied into the output (unless already there), and its ranking data from its JSON report. */
    private static Optional<RankingEntry> copy(Path folder, RankingJsonRenderer.StoredCandidate candidate, Path output)
            throws IOException {
        Optional<Path> json = inside(folder, candidate.jsonFile());
        Optional<Path> report = inside(folder, candidate.reportFile());
        if (json.isEmpty()
                || report.isEmpty()
                || !Files.isRegularFile(json.get())
                || !Files.isRegularFile(report.get())) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json.get().toFile());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (tree == null || !tree.path("portfolio").isObject()) {
            return Optional.empty();
        }
        for (String file : new LinkedHashSet<>(List.of(candidate.reportFile(), candidate.jsonFile()))) {
            Path from = file.equals(candidate.jsonFile()) ? json.get() : report.get();
            Path to = output.resolve(file);
            if (!Files.exists(to) || !Files.isSameFile(from, to)) {
                ReportWriter.writeAtomically(to, Files.readString(from, StandardCharsets.UTF_8));
            }
        }
        return Optional.of(
                RankingEntry.fromReportJson(candidate.login(), tree, candidate.jsonFile(), candidate.reportFile()));
    }

    /** A file a stored ranking names, when it lies inside the folder (a ranking.json is data, not to be trusted with paths). */
    private static Optional<Path> inside(Path folder, String relative) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root.resolve(BatchFiles.CANDIDATES)) ? Optional.of(file) : Optional.empty();
    }

    /** For each shard count among the folders, the shards of it that none of them holds. */
    private static List<String> missingShards(List<Folder> shards) {
        Map<Integer, TreeSet<Integer>> given = new LinkedHashMap<>();
        for (Folder folder : shards) {
            Shard shard = folder.ranking().shard();
            if (!shard.whole()) {
                given.computeIfAbsent(shard.count(), n -> new TreeSet<>()).add(shard.index());
            }
        }
        List<String> missing = new ArrayList<>();
        given.forEach((count, indexes) -> {
            for (int index = 1; index <= count; index++) {
                if (!indexes.contains(index)) {
                    missing.add(new Shard(index, count).toString());
                }
            }
        });
        return missing;
    }
}

package dev.hireable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.audit.AuditReport;
import dev.hireable.batch.BatchStore;
import dev.hireable.batch.CandidateList;
import dev.hireable.report.JsonReportRenderer;
import dev.hireable.report.ReportRenderer;
import dev.hireable.report.ranking.Ranking;
import dev.hireable.report.ranking.RankingCsvRenderer;
import dev.hireable.report.ranking.RankingEntry;
import dev.hireable.report.ranking.RankingHtmlRenderer;
import dev.hireable.report.ranking.RankingJsonRenderer;
import dev.hireable.report.ranking.RankingMarkdownRenderer;
import dev.hireable.report.ranking.RankingRenderer;
import dev.hireable.report.ranking.Shard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A batch's output folder: {@code ranking.md}, {@code ranking.html}, {@code ranking.csv}, {@code ranking.json}, and under
 * {@code candidates/} each candidate's {@code LOGIN.json} plus {@code LOGIN.EXT} in the chosen format. Every file is
 * written to a temporary file and moved into place, and the JSON report is written last: a candidate whose JSON
 * report is complete (and whose chosen-format report exists) is done.
 */
final class BatchFiles implements BatchStore {

    static final String CANDIDATES = "candidates";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    static final String RANKING = "ranking";

    private final Path folder;
    private final Format format;
    private final ReportRenderer renderer;
    private final Shard shard;
    private final JsonReportRenderer json = new JsonReportRenderer();

    /** @param shard the part of the candidate list this batch audits, recorded in ranking.json for merging */
    BatchFiles(Path folder, Format format, ReportRenderer renderer, Shard shard) {
        this.folder = folder;
        this.format = format;
        this.renderer = renderer;
        this.shard = shard;
    }

    /**
     * Creates the folders and removes temporary files a killed run left behind: only under the folder's lock, or it
     * would delete the files of the batch that holds it.
     */
    void prepare(BatchLock held) throws IOException {
        if (!held.folder().equals(folder)) {
            throw new IllegalStateException("the lock held is for " + held.folder() + ", not " + folder);
        }
        Files.createDirectories(folder.resolve(CANDIDATES));
        for (Path dir : List.of(folder, folder.resolve(CANDIDATES))) {
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*.tmp")) {
                for (Path leftover : leftovers) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    @Override
    public Optional<RankingEntry> stored(CandidateList.Candidate candidate) {
        Path jsonFile = jsonFile(candidate);
        if (!Files.isRegularFile(jsonFile) || (format != Format.JSON && !Files.isRegularFile(reportFile(candidate)))) {
            return Optional.empty();
        }
        try {
            JsonNode report = JSON.readTree(jsonFile.toFile());
            boolean complete = report != null
                    && report.path("schemaVersion").isInt()
                    && report.path("portfolio").isObject()
                    && report.path("subject").path("id").asText().equalsIgnoreCase(candidate.login());
            return complete ? Optional.of(entry(candidate, report)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public RankingEntry save(CandidateList.Candidate candidate, AuditReport report) throws IOException {
        if (format != Format.JSON) {
            StringWriter text = new StringWriter();
            renderer.render(report, text);
            ReportWriter.writeAtomically(reportFile(candidate), text.toString());
        }
        JsonNode tree = json.toJson(report);
        StringWriter text = new StringWriter();
        json.render(report, text);
        ReportWriter.writeAtomically(jsonFile(candidate), text.toString());
        return entry(candidate, tree);
    }

    @Override
    public void saveRanking(Ranking ranking) throws IOException {
        saveRanking(folder, ranking, shard);
    }

    /** Writes the ranking into {@code folder} in every format: Markdown, HTML, CSV and JSON (with the shard). */
    static void saveRanking(Path folder, Ranking ranking, Shard shard) throws IOException {
        for (RankingRenderer ranker : List.of(
                new RankingMarkdownRenderer(),
                new RankingHtmlRenderer(),
                new RankingCsvRenderer(),
                new RankingJsonRenderer(shard))) {
            StringWriter text = new StringWriter();
            ranker.render(ranking, text);
            ReportWriter.writeAtomically(folder.resolve(RANKING + "." + ranker.extension()), text.toString());
        }
    }

    private RankingEntry entry(CandidateList.Candidate candidate, JsonNode report) {
        return RankingEntry.fromReportJson(
                candidate.login(), report, relative(jsonFile(candidate)), relative(reportFile(candidate)));
    }

    private String relative(Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    Path jsonFile(CandidateList.Candidate candidate) {
        return folder.resolve(CANDIDATES).resolve(candidate.key() + ".json");
    }

    Path reportFile(CandidateList.Candidate candidate) {
        return folder.resolve(CANDIDATES).resolve(candidate.key() + "." + format.extension());
    }
}

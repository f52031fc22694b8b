package dev.hireable.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.audit.AuditProgress;
import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Auditor;
import dev.hireable.audit.ProjectAssessor;
import dev.hireable.audit.Subject;
import dev.hireable.report.JsonReportRenderer;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySource;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.testing.Corpus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every laid-out corpus repository audited once, in one JVM, as the corpus scorer audits each with {@code hireable dir}:
 * one repository a portfolio makes the same repository results as all of them in one, so they are audited together
 * and each repository is judged by its first project (the strongest one of a monorepo portfolio).
 */
public final class CorpusAudit {

    /** One labelled repository and what hireable reported about it. */
    public record Audited(Corpus.Repo repo, ScoredRepo scored, JsonNode json) {}

    private static CorpusAudit cached;

    private final List<Audited> audited;
    private final long nanos;

    private CorpusAudit(List<Audited> audited, long nanos) {
        this.audited = List.copyOf(audited);
        this.nanos = nanos;
    }

    /** The corpus audited with the built-in rules; audited once per JVM. */
    public static synchronized CorpusAudit builtIn() {
        if (cached == null) {
            cached = audit(RuleCatalog.builtIn());
        }
        return cached;
    }

    public static CorpusAudit audit(RuleCatalog catalog) {
        RuleEngine engine = new RuleEngine(catalog);
        PortfolioStandard standard = new PortfolioStandard(catalog);
        Auditor auditor = new Auditor(
                new ProjectAssessor(engine, catalog, Optional.empty()),
                standard,
                new AuditReport.ToolInfo("hireable", "corpus"),
                Clock.systemUTC());
        List<Corpus.Repo> repos = Corpus.repos();
        SnapshotLimits limits =
                SnapshotLimits.defaults(engine.sourceVocabulary().ignoredFolders());
        long start = System.nanoTime();
        AuditReport report;
        try {
            report = auditor.audit(
                    new Subject(Subject.Kind.DIR, "corpus"),
                    new LocalDirectorySource(
                            repos.stream().map(Corpus.Repo::folder).toList(), limits),
                    AuditProgress.SILENT);
        } catch (dev.hireable.source.SourceException e) {
            throw new IllegalStateException(e);
        }
        long nanos = System.nanoTime() - start;
        JsonNode json = new JsonReportRenderer().toJson(report);
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < report.repos().size(); i++) {
            String id = report.repos().get(i).id();
            first.putIfAbsent(id.contains(":") ? id.substring(0, id.indexOf(':')) : id, i);
        }
        List<Audited> audited = new ArrayList<>();
        for (Corpus.Repo repo : repos) {
            Integer index = first.get(repo.folder().getFileName().toString());
            if (index != null) {
                audited.add(new Audited(
                        repo, report.repos().get(index), json.path("repos").get(index)));
            }
        }
        return new CorpusAudit(audited, nanos);
    }

    public List<Audited> audited() {
        return audited;
    }

    /** The wall time of the whole audit, in seconds. */
    public double seconds() {
        return nanos / 1e9;
    }
}

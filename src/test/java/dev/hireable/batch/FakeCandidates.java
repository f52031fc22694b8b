package dev.hireable.batch;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.audit.Subject;
import dev.hireable.report.SampleReports;
import dev.hireable.rules.Archetype;
import dev.hireable.source.SourceException;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.SlotResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake GitHub for batch tests: candidates with set results, logins that do not exist, a rate limit that runs out. */
public final class FakeCandidates implements CandidateAuditor {

    private final Map<String, AuditReport> reports = new java.util.HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private int budget = Integer.MAX_VALUE;
    private String killAt;

    /** A candidate who meets the standard for {@code met} slots with the given score. */
    public FakeCandidates candidate(String login, int met, int score) {
        reports.put(login, report(login, met, score, List.of()));
        return this;
    }

    /** A candidate one of whose repositories could not be audited. */
    public FakeCandidates partialCandidate(String login, int met, int score) {
        reports.put(
                login, report(login, met, score, List.of(new RepoError(login + "/blocked", "GitHub answered 451."))));
        return this;
    }

    /** GitHub answers only this many more user audits, then the rate limit is spent. */
    public FakeCandidates budget(int audits) {
        this.budget = audits;
        return this;
    }

    /** The process dies (as if killed) when it reaches this login. */
    public FakeCandidates killAt(String login) {
        this.killAt = login;
        return this;
    }

    public List<String> audited() {
        return List.copyOf(audited);
    }

    @Override
    public AuditReport audit(String login) throws SourceException {
        if (login.equals(killAt)) {
            throw new SimulatedKill();
        }
        if (budget-- <= 0) {
            throw new SourceException(
                    SourceException.Kind.UNAVAILABLE, "GitHub's rate limit is spent until 15:42 UTC.");
        }
        AuditReport report = reports.get(login);
        if (report == null) {
            throw new SourceException(SourceException.Kind.NOT_FOUND, "GitHub user '" + login + "' does not exist.");
        }
        audited.add(login);
        return report;
    }

    static AuditReport report(String login, int met, int score, List<RepoError> errors) {
        AuditReport rich = SampleReports.rich();
        Map<Archetype, SlotResult> slots = new EnumMap<>(Archetype.class);
        List<Archetype> order = List.of(Archetype.TABULAR_E2E, Archetype.TRANSFORMER_FINETUNE, Archetype.MLOPS);
        for (int i = 0; i < order.size(); i++) {
            slots.put(
                    order.get(i),
                    new SlotResult(
                            order.get(i),
                            order.get(i).id(),
                            Optional.of(login + "/project-" + i),
                            i < met ? 90 : 40,
                            i < met,
                            i < met ? List.of() : List.of("a deployed endpoint"),
                            List.of()));
        }
        return new AuditReport(
                rich.tool(),
                rich.generatedAt(),
                new Subject(Subject.Kind.USER, login),
                rich.repos(),
                new PortfolioAssessment(met, score, "Standard met for " + met + " of 3 projects.", slots, List.of()),
                List.of(),
                errors,
                rich.legend());
    }

    /** Stands for the process being killed: an Error nothing in hireable catches. */
    public static final class SimulatedKill extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedKill() {
            super("killed");
        }
    }
}

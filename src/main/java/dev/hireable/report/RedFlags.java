package dev.hireable.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.audit.AuditReport;
import dev.hireable.rules.Signals;
import dev.hireable.standard.ScoredRepo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The red flags a reviewer should see before anything else: signals that undermine a portfolio piece whatever
 * its other strengths. Read from a report, or from its JSON (the batch ranking re-reads stored reports), with the
 * same wording either way.
 */
public final class RedFlags {

    private RedFlags() {
    }

    /** One red flag on one repository. */
    public record RedFlag(String repo, String text) {
    }

    public static List<RedFlag> of(AuditReport report) {
        List<RedFlag> flags = new ArrayList<>();
        for (ScoredRepo repo : report.repos()) {
            Signals signals = repo.assessment().signals();
            flags.addAll(flags(repo.id(), signals.toyDataset(), signals.notebookOnly()));
        }
        return List.copyOf(flags);
    }

    /** The same flags from a JSON report (schemaVersion 1). */
    public static List<RedFlag> ofJson(JsonNode report) {
        List<RedFlag> flags = new ArrayList<>();
        for (JsonNode repo : report.path("repos")) {
            JsonNode signals = repo.path("signals");
            Optional<String> toy = signals.path("toyDataset").isTextual()
                    ? Optional.of(signals.path("toyDataset").asText()) : Optional.empty();
            flags.addAll(flags(repo.path("id").asText(), toy, signals.path("notebookOnly").asBoolean(false)));
        }
        return List.copyOf(flags);
    }

    private static List<RedFlag> flags(String repo, Optional<String> toyDataset, boolean notebookOnly) {
        List<RedFlag> flags = new ArrayList<>();
        toyDataset.ifPresent(toy -> flags.add(new RedFlag(repo, "trains on a toy dataset (" + toy + ")")));
        if (notebookOnly) {
            flags.add(new RedFlag(repo, "everything lives in notebooks: no importable code, scripts or service"));
        }
        return flags;
    }
}

package dev.hireable.report.actions;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.standard.ScoredRepo;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the annotations for a workflow run: findings of the workspace repository that point at a file and line,
 * failures as warnings and unknowns as notices, at most {@code cap} per level, then one notice counting the rest.
 */
public final class AnnotationPlanner {

    private final int cap;

    public AnnotationPlanner(int cap) {
        this.cap = cap;
    }

    /** @param workspaceRepo the id of the repository checked out in the workspace */
    public List<Annotation> plan(AuditReport report, String workspaceRepo) {
        return plan(report, Map.of(workspaceRepo, ""));
    }

    /**
     * @param workspaceProjects the ids of the projects read from the workspace, each with its folder in the workspace
     *                          ({@code ""} for the root, else {@code "folder/"}), so annotations name workspace paths
     */
    public List<Annotation> plan(AuditReport report, Map<String, String> workspaceProjects) {
        Map<Annotation.Level, List<Annotation>> byLevel = new EnumMap<>(Annotation.Level.class);
        for (ScoredRepo repo : report.repos()) {
            String folder = workspaceProjects.get(repo.id());
            if (folder == null) {
                continue;
            }
            for (Finding finding : repo.assessment().findings()) {
                levelOf(finding)
                        .ifPresent(level -> located(finding)
                                .ifPresent(evidence -> byLevel.computeIfAbsent(level, l -> new ArrayList<>())
                                        .add(new Annotation(
                                                level,
                                                folder + evidence.path().orElseThrow(),
                                                evidence.line(),
                                                "hireable " + finding.rule(),
                                                finding.message()
                                                        + finding.remediation()
                                                                .map(fix -> " " + fix)
                                                                .orElse("")))));
            }
        }
        List<Annotation> planned = new ArrayList<>();
        int cut = 0;
        for (List<Annotation> annotations : byLevel.values()) {
            planned.addAll(annotations.subList(0, Math.min(cap, annotations.size())));
            cut += Math.max(0, annotations.size() - cap);
        }
        if (cut > 0) {
            planned.add(new Annotation(
                    Annotation.Level.NOTICE,
                    "",
                    0,
                    "hireable",
                    cut + " more finding" + (cut == 1 ? "" : "s")
                            + " with a file and line are in the job summary and the report."));
        }
        return planned;
    }

    private static Optional<Annotation.Level> levelOf(Finding finding) {
        if (finding.is(Outcome.FAIL)) {
            return Optional.of(Annotation.Level.WARNING);
        }
        if (finding.is(Outcome.UNKNOWN)) {
            return Optional.of(Annotation.Level.NOTICE);
        }
        return Optional.empty();
    }

    private static Optional<Evidence> located(Finding finding) {
        return finding.evidence().stream()
                .filter(e -> e.path().isPresent() && e.line() > 0 && !e.supporting())
                .findFirst();
    }
}

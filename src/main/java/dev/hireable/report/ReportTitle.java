package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Subject;
import dev.hireable.standard.ScoredRepo;
import java.util.List;

/**
 * What a report is about, as its title says it: the candidate's login for a user audit, else the repositories
 * audited ("churn-guard, review-sentiment and titanic-notebook", "a, b, c and 4 more"), never the raw argument list.
 */
public final class ReportTitle {

    private static final int NAMED = 3;

    private ReportTitle() {}

    public static String of(AuditReport report) {
        if (report.subject().kind() == Subject.Kind.USER || report.repos().isEmpty()) {
            return report.subject().id();
        }
        List<String> names = report.repos().stream().map(ScoredRepo::id).toList();
        if (names.size() <= NAMED) {
            return names.size() == 1
                    ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
    }
}

package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.ScoredRepo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Context for judging whether a portfolio is the candidate's own, steady work: how old each repository is, how
 * spread out the last pushes are, forks and archived repositories. Facts for a reviewer to weigh, never a verdict.
 */
public record AuthenticityContext(List<RepoDates> repos, List<String> observations) {

    /** A portfolio whose repositories were all last pushed within this window looks uploaded or tidied at once. */
    static final Duration BULK_WINDOW = Duration.ofDays(2);

    private static final int BULK_MINIMUM = 3;

    /** One repository's dates, as days before the audit. */
    public record RepoDates(
            String repo, Optional<Long> ageDays, Optional<Long> lastPushDays, boolean fork, boolean archived) {}

    public AuthenticityContext {
        repos = List.copyOf(repos);
        observations = List.copyOf(observations);
    }

    public static AuthenticityContext of(AuditReport report) {
        Instant now = report.generatedAt();
        List<RepoDates> repos = new ArrayList<>();
        for (ScoredRepo repo : report.repos()) {
            RepoMetadata m = repo.assessment().metadata();
            repos.add(new RepoDates(
                    m.id(),
                    m.createdAt().map(c -> days(c, now)),
                    m.pushedAt().map(p -> days(p, now)),
                    m.fork(),
                    m.archived()));
        }
        return new AuthenticityContext(repos, observations(report));
    }

    private static List<String> observations(AuditReport report) {
        List<String> notes = new ArrayList<>();
        List<RepoMetadata> all =
                report.repos().stream().map(r -> r.assessment().metadata()).toList();
        List<Instant> created =
                all.stream().flatMap(m -> m.createdAt().stream()).sorted().toList();
        List<Instant> pushed =
                all.stream().flatMap(m -> m.pushedAt().stream()).sorted().toList();
        if (created.isEmpty() && pushed.isEmpty()) {
            notes.add(
                    "No creation or push dates are known (local directories carry none), so the timeline is not shown.");
        }
        if (!created.isEmpty()) {
            notes.add("The oldest repository was created " + ago(created.get(0), report.generatedAt()) + ", the newest "
                    + ago(created.get(created.size() - 1), report.generatedAt()) + ".");
        }
        if (pushed.size() >= 2) {
            Duration spread = Duration.between(pushed.get(0), pushed.get(pushed.size() - 1));
            notes.add("Last pushes are spread over " + span(spread) + ".");
            if (pushed.size() >= BULK_MINIMUM && spread.compareTo(BULK_WINDOW) <= 0) {
                notes.add("All " + pushed.size() + " repositories were last pushed within " + span(spread)
                        + " of each other: a recent clean-up or a bulk upload. Ask how the work evolved.");
            }
        }
        long sameDay = created.size() >= BULK_MINIMUM
                        && Duration.between(created.get(0), created.get(created.size() - 1))
                                        .compareTo(BULK_WINDOW)
                                <= 0
                ? created.size()
                : 0;
        if (sameDay > 0) {
            notes.add("All " + sameDay + " repositories were created within " + span(BULK_WINDOW) + " of each other.");
        }
        long forks = all.stream().filter(RepoMetadata::fork).count();
        if (forks > 0) {
            notes.add(MarkdownReportRenderer.count((int) forks, "repository is a fork", "repositories are forks")
                    + ": ask which parts the candidate wrote.");
        }
        long archived = all.stream().filter(RepoMetadata::archived).count();
        if (archived > 0) {
            notes.add(
                    MarkdownReportRenderer.count((int) archived, "repository is archived", "repositories are archived")
                            + ".");
        }
        return notes;
    }

    private static long days(Instant then, Instant now) {
        return Math.max(0, Duration.between(then, now).toDays());
    }

    static String ago(Instant then, Instant now) {
        long days = days(then, now);
        return days == 0 ? "today" : span(Duration.ofDays(days)) + " ago";
    }

    static String span(Duration duration) {
        long days = duration.toDays();
        if (days < 1) {
            long hours = Math.max(1, duration.toHours());
            return hours + (hours == 1 ? " hour" : " hours");
        }
        if (days < 60) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 730) {
            return (days / 30) + " months";
        }
        return String.format(java.util.Locale.ROOT, "%.1f years", days / 365.25);
    }
}

package dev.hireable.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What changed between two reports of the same portfolio (before and after a change): the verdict, each slot (met or
 * not, and by which repository), the portfolio score, and per repository its score, the failures it gained and the
 * ones it fixed. A repository is matched by its id, else by its name alone (the part after the last '/' or ':'), so a
 * report of local checkouts ({@code churn-guard}) compares with one of the same projects on GitHub
 * ({@code jdoe-ml/churn-guard}); two reports of one repository each compare that repository whatever its names.
 */
public record ReportComparison(
        ReportSummary before, ReportSummary after, List<SlotChange> slots, List<RepoChange> repos) {

    public ReportComparison {
        slots = List.copyOf(slots);
        repos = List.copyOf(repos);
    }

    public static ReportComparison of(ReportSummary before, ReportSummary after) {
        List<SlotChange> slots = new ArrayList<>();
        Set<String> slotIds = new LinkedHashSet<>();
        before.slots().forEach(s -> slotIds.add(s.id()));
        after.slots().forEach(s -> slotIds.add(s.id()));
        for (String id : slotIds) {
            Optional<ReportSummary.Slot> old = before.slot(id);
            Optional<ReportSummary.Slot> now = after.slot(id);
            String title = now.or(() -> old).map(ReportSummary.Slot::title).orElse(id);
            slots.add(new SlotChange(id, title, old, now));
        }
        return new ReportComparison(before, after, slots, repoChanges(before, after));
    }

    private static List<RepoChange> repoChanges(ReportSummary before, ReportSummary after) {
        Map<String, ReportSummary.Repo> unmatched = new java.util.LinkedHashMap<>(before.repos());
        List<RepoChange> changes = new ArrayList<>();
        for (ReportSummary.Repo now : after.repos().values()) {
            boolean onlyOne = before.repos().size() == 1 && after.repos().size() == 1;
            Optional<ReportSummary.Repo> old = Optional.ofNullable(unmatched.remove(now.id()))
                    .or(() -> byName(unmatched, now.id()).map(match -> unmatched.remove(match.id())))
                    .or(() -> onlyOne
                            ? Optional.of(unmatched.remove(
                                    unmatched.keySet().iterator().next()))
                            : Optional.empty());
            changes.add(RepoChange.of(old, Optional.of(now)));
        }
        unmatched.values().forEach(gone -> changes.add(RepoChange.of(Optional.of(gone), Optional.empty())));
        return changes;
    }

    /** The one repository of {@code candidates} with the same name as {@code id}; none when there is none or several. */
    private static Optional<ReportSummary.Repo> byName(Map<String, ReportSummary.Repo> candidates, String id) {
        List<ReportSummary.Repo> same = candidates.values().stream()
                .filter(r -> name(r.id()).equals(name(id)))
                .toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    static String name(String id) {
        return id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1)
                .toLowerCase(Locale.ROOT);
    }

    public int scoreDelta() {
        return after.score() - before.score();
    }

    /** Fewer slots met, or a lower score: what a check on a pull request can fail on. */
    public boolean regressed() {
        return after.standardMet() < before.standardMet() || scoreDelta() < 0;
    }

    public List<SlotChange> completed() {
        return slots.stream().filter(s -> s.kind() == SlotChange.Kind.COMPLETED).toList();
    }

    public List<SlotChange> lost() {
        return slots.stream().filter(s -> s.kind() == SlotChange.Kind.LOST).toList();
    }

    /** The repositories whose score or findings changed, or that came or went. */
    public List<RepoChange> changedRepos() {
        return repos.stream().filter(RepoChange::changed).toList();
    }

    /**
     * The change in one sentence, slots first: "This change completes the Fine-tuned transformer slot: standard met
     * 1/3 → 2/3, score 25 → 43 (+18)."
     */
    public String headline() {
        List<String> what = new ArrayList<>();
        if (!completed().isEmpty()) {
            what.add("completes the " + titles(completed()) + (completed().size() == 1 ? " slot" : " slots"));
        }
        if (!lost().isEmpty()) {
            what.add("loses the " + titles(lost()) + (lost().size() == 1 ? " slot" : " slots"));
        }
        int slotCount = Math.max(before.slots().size(), after.slots().size());
        String standard = before.standardMet() == after.standardMet()
                ? "standard met " + after.standardMet() + "/" + slotCount
                : "standard met " + before.standardMet() + "/" + slotCount + " → " + after.standardMet() + "/"
                        + slotCount;
        String score = scoreDelta() == 0
                ? "score " + after.score() + " (unchanged)"
                : "score " + before.score() + " → " + after.score() + " (" + signed(scoreDelta()) + ")";
        if (what.isEmpty()) {
            return "This change keeps " + standard + "; " + score + ".";
        }
        return "This change " + String.join(" and ", what) + ": " + standard + ", " + score + ".";
    }

    private static String titles(List<SlotChange> slots) {
        List<String> titles = slots.stream().map(SlotChange::title).toList();
        return titles.size() == 1
                ? titles.get(0)
                : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
    }

    /** A difference with its sign: +18, -3, 0. */
    public static String signed(int delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }

    /** One slot before and after. */
    public record SlotChange(
            String id, String title, Optional<ReportSummary.Slot> before, Optional<ReportSummary.Slot> after) {

        public enum Kind {
            COMPLETED,
            LOST,
            REFILLED,
            FIT,
            UNCHANGED
        }

        public Kind kind() {
            boolean wasMet = before.map(ReportSummary.Slot::met).orElse(false);
            boolean isMet = after.map(ReportSummary.Slot::met).orElse(false);
            if (!wasMet && isMet) {
                return Kind.COMPLETED;
            }
            if (wasMet && !isMet) {
                return Kind.LOST;
            }
            if (!repo(before).equals(repo(after))) {
                return Kind.REFILLED;
            }
            return fit(before) == fit(after) ? Kind.UNCHANGED : Kind.FIT;
        }

        /** What happened to the slot, in a few words: "met by jdoe-ml/review-sentiment (was: partly met, fit 87)". */
        public String describe() {
            String now = state(after);
            return switch (kind()) {
                case COMPLETED ->
                    "now met by " + repo(after).orElse("?") + " (was "
                            + (repo(before).equals(repo(after)) ? "partly met, fit " + fit(before) : state(before))
                            + ")";
                case LOST ->
                    "no longer met: " + now + " (was met by " + repo(before).orElse("?") + ")";
                case REFILLED -> now + " (was " + state(before) + ")";
                case FIT ->
                    now + ", fit " + fit(before) + " → " + fit(after) + " (" + signed(fit(after) - fit(before)) + ")";
                case UNCHANGED -> now;
            };
        }

        private static String state(Optional<ReportSummary.Slot> slot) {
            if (slot.isEmpty() || slot.get().repo().isEmpty()) {
                return "no repository";
            }
            return (slot.get().met() ? "met by " : "partly met by ")
                    + slot.get().repo().get() + ", fit " + slot.get().score();
        }

        private static Optional<String> repo(Optional<ReportSummary.Slot> slot) {
            return slot.flatMap(ReportSummary.Slot::repo);
        }

        private static int fit(Optional<ReportSummary.Slot> slot) {
            return slot.map(ReportSummary.Slot::score).orElse(0);
        }
    }

    /** One repository before and after: its score, the checks it now fails and the ones it fixed. */
    public record RepoChange(
            String repo,
            OptionalInt scoreBefore,
            OptionalInt scoreAfter,
            List<ReportSummary.Check> newFailures,
            List<ReportSummary.Check> fixed) {

        public RepoChange {
            newFailures = List.copyOf(newFailures);
            fixed = List.copyOf(fixed);
        }

        static RepoChange of(Optional<ReportSummary.Repo> before, Optional<ReportSummary.Repo> after) {
            String id = after.or(() -> before).orElseThrow().id();
            Map<String, ReportSummary.Check> old =
                    before.map(ReportSummary.Repo::checks).orElse(Map.of());
            Map<String, ReportSummary.Check> now =
                    after.map(ReportSummary.Repo::checks).orElse(Map.of());
            List<ReportSummary.Check> failing = after.isEmpty()
                    ? List.of()
                    : now.values().stream()
                            .filter(ReportSummary.Check::fails)
                            .filter(c -> !Optional.ofNullable(old.get(c.rule()))
                                    .map(ReportSummary.Check::fails)
                                    .orElse(false))
                            .toList();
            // fixed: failed before and is still checked, now without failing (a repository that went fixes nothing)
            List<ReportSummary.Check> fixed = after.isEmpty()
                    ? List.of()
                    : old.values().stream()
                            .filter(ReportSummary.Check::fails)
                            .map(c -> now.get(c.rule()))
                            .filter(c -> c != null && !c.fails())
                            .toList();
            return new RepoChange(id, score(before), score(after), failing, fixed);
        }

        private static OptionalInt score(Optional<ReportSummary.Repo> repo) {
            return repo.map(r -> OptionalInt.of(r.score())).orElse(OptionalInt.empty());
        }

        public boolean added() {
            return scoreBefore.isEmpty();
        }

        public boolean removed() {
            return scoreAfter.isEmpty();
        }

        public boolean changed() {
            return added()
                    || removed()
                    || scoreBefore.getAsInt() != scoreAfter.getAsInt()
                    || !newFailures.isEmpty()
                    || !fixed.isEmpty();
        }

        /** "71 → 89 (+18)", "new, 71", "removed (was 71)". */
        public String score() {
            if (added()) {
                return "new, score " + scoreAfter.getAsInt();
            }
            if (removed()) {
                return "no longer in the report (score was " + scoreBefore.getAsInt() + ")";
            }
            int delta = scoreAfter.getAsInt() - scoreBefore.getAsInt();
            return delta == 0
                    ? "score " + scoreAfter.getAsInt() + " (unchanged)"
                    : "score " + scoreBefore.getAsInt() + " → " + scoreAfter.getAsInt() + " (" + signed(delta) + ")";
        }
    }
}

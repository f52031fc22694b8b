package dev.hireable.report;

import dev.hireable.rules.Signals;
import dev.hireable.standard.ScoredRepo;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The per-repository check matrix: one row per repository, one column per signal of the standard. */
public final class CheckMatrix {

    /** A column: a short header, what it means (for a tooltip or a legend), and how a repository fares. */
    public record Column(String header, String meaning, Predicate<Signals> check, Function<Signals, List<String>> details) {

        public boolean passes(ScoredRepo repo) {
            return check.test(repo.assessment().signals());
        }

        /** What was found, e.g. the tracking tools, when the column has such details. */
        public Optional<String> detail(ScoredRepo repo) {
            List<String> found = details.apply(repo.assessment().signals());
            return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
        }
    }

    public static final List<Column> COLUMNS = List.of(
            column("Problem", "README states the problem", s -> s.readme().problem()),
            column("Approach", "README explains the approach", s -> s.readme().approach()),
            column("Results", "README reports results", s -> s.readme().results()),
            column("Retro", "README says what the author would do differently", s -> s.readme().retrospective()),
            new Column("Docker", "a Dockerfile", s -> s.dockerfile().present(), s -> List.of()),
            new Column("Tracking", "experiment tracking used in code", s -> s.experimentTracking().usedInCode(),
                    s -> s.experimentTracking().tools()),
            column("Registry", "a model registry", Signals::modelRegistry),
            new Column("Serving", "a serving framework", s -> !s.endpoint().serving().isEmpty(), s -> s.endpoint().serving()),
            column("Deployed", "a live URL or a concrete deploy config", s -> s.endpoint().deployed()),
            column("Data ver.", "data versioning", Signals::dataVersioning),
            new Column("Pipeline", "an orchestrator", s -> !s.orchestration().isEmpty(), Signals::orchestration),
            column("Monitoring", "model or data monitoring", Signals::monitoring),
            column("CI", "continuous integration", Signals::ci),
            column("Tests", "automated tests", Signals::tests));

    private CheckMatrix() {
    }

    private static Column column(String header, String meaning, Predicate<Signals> check) {
        return new Column(header, meaning, check, s -> List.of());
    }
}

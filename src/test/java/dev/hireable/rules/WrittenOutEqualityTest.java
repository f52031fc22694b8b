package dev.hireable.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.context.CodeLine;
import dev.hireable.snapshot.FileEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (to spare a fresh JVM linking the generated ones) keep a
 * record's meaning: equal exactly when every component is, with equal hash codes when equal.
 */
class WrittenOutEqualityTest {

    @Test
    void aSignalIdIsItsId() {
        assertValueSemantics(() -> new SignalId("tracking.present"), List.of(new SignalId("tracking.used")));
    }

    @Test
    void aFileEntryIsItsPathAndSize() {
        assertValueSemantics(
                () -> new FileEntry("src/train.py", 120),
                List.of(new FileEntry("src/serve.py", 120), new FileEntry("src/train.py", 121)));
    }

    @Test
    void aCodeLineIsItsPathLineTextAndCell() {
        assertValueSemantics(
                () -> new CodeLine("train.ipynb", 3, "import mlflow", 2),
                List.of(
                        new CodeLine("serve.ipynb", 3, "import mlflow", 2),
                        new CodeLine("train.ipynb", 4, "import mlflow", 2),
                        new CodeLine("train.ipynb", 3, "import wandb", 2),
                        new CodeLine("train.ipynb", 3, "import mlflow", 1)));
    }

    @Test
    void evidenceIsEveryPartOfIt() {
        Supplier<Evidence> evidence = () -> new Evidence(
                Optional.of("README.md"), 7, Optional.of("F1 0.91"), Optional.of("https://example.org/a"), false);
        assertValueSemantics(
                evidence,
                List.of(
                        new Evidence(
                                Optional.of("docs/README.md"),
                                7,
                                Optional.of("F1 0.91"),
                                Optional.of("https://example.org/a"),
                                false),
                        new Evidence(
                                Optional.of("README.md"),
                                8,
                                Optional.of("F1 0.91"),
                                Optional.of("https://example.org/a"),
                                false),
                        new Evidence(
                                Optional.of("README.md"),
                                7,
                                Optional.of("F1 0.92"),
                                Optional.of("https://example.org/a"),
                                false),
                        new Evidence(Optional.of("README.md"), 7, Optional.of("F1 0.91"), Optional.empty(), false),
                        evidence.get().asSupporting()));
    }

    /** Two separately made equal values are equal and hash alike; each value differing in one part is not equal. */
    private static <T> void assertValueSemantics(Supplier<T> make, List<T> differingInOnePart) {
        T one = make.get();
        T same = make.get();
        assertThat(one).isNotSameAs(same).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one)
                .isNotEqualTo(null)
                .isNotEqualTo("not a " + one.getClass().getSimpleName());
        for (T other : differingInOnePart) {
            assertThat(one).as("against %s", other).isNotEqualTo(other);
            assertThat(other).as("against %s", one).isNotEqualTo(one);
        }
    }
}

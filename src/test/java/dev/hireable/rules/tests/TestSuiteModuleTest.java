package dev.hireable.rules.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.testing.RuleFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestSuiteModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final TestSuiteModule module = new TestSuiteModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "tests", fixture);
    }

    private ModuleResult evaluate(Snapshot snapshot) {
        return fixtures.run(module, snapshot);
    }

    @Test
    void testsFolderWithAssertingTestFunctionsIsPresent() {
        ModuleResult result = evaluate("real-tests");

        assertThat(result.signals().flag("tests.present")).isTrue();
        Finding present = result.findings().get(0);
        assertThat(present.rule()).isEqualTo(TestSuiteModule.PRESENT);
        assertThat(present.outcome()).isEqualTo(Outcome.PASS);
        assertThat(present.message())
                .startsWith("2 test functions with assertions in 1 test files")
                .contains("tests/test_features.py");
        assertThat(present.evidence().get(0).path()).contains("tests/test_features.py");
        assertThat(present.evidence().get(0).line()).isEqualTo(6);
    }

    @Test
    void testsFolderWithOnlyInitFileIsNotTests() {
        ModuleResult result = evaluate("init-only");

        assertThat(result.signals().flag("tests.present")).isFalse();
        Finding present = result.findings().get(0);
        assertThat(present.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(present.evidence()).extracting(Evidence::path).containsExactly(Optional.of("tests/__init__.py"));
    }

    @Test
    void testFileThatOnlyCallsTheApiIsASmokeScriptNotATest() {
        ModuleResult result = evaluate("smoke-script");

        assertThat(result.signals().flag("tests.present")).isFalse();
        assertThat(result.findings().get(0).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void unittestTestCaseInTestFolderIsPresent() {
        ModuleResult result = evaluate("unittest-case");

        assertThat(result.signals().flag("tests.present")).isTrue();
        assertThat(result.findings().get(0).evidence().get(0).snippet())
                .hasValueSatisfying(s -> assertThat(s).contains("def test_values_are_sorted(self):"));
    }

    @Test
    void conventionallyNamedTestFilesWithUnreadableBodiesCountByNameWithUnknownFinding() {
        ModuleResult result = evaluate(RuleFixtures.withoutBodies(fixtures.open("tests", "real-tests"), "*.py"));

        assertThat(result.signals().flag("tests.present")).isTrue();
        Finding present = result.findings().get(0);
        assertThat(present.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(present.message()).contains("3 test files could not be read").contains("1 of them are named");
    }

    @Test
    void unconventionallyNamedUnreadableTestFileIsUnknownAndNotCounted() {
        ModuleResult result = evaluate(RuleFixtures.withoutBodies(fixtures.open("tests", "unittest-case"), "*.py"));

        assertThat(result.signals().flag("tests.present")).isFalse();
        assertThat(result.findings().get(0).outcome()).isEqualTo(Outcome.UNKNOWN);
    }
}

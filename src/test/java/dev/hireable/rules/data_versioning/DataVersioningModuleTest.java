package dev.hireable.rules.data_versioning;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.testing.RuleFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataVersioningModuleTest {

    private static final String AREA = "data_versioning";

    private final RuleFixtures fixtures = new RuleFixtures();

    private ModuleResult audit(String fixture) {
        return fixtures.run(DataVersioningModule::new, AREA, fixture);
    }

    @Test
    void dvcPointerFilesCountAsDataVersioning() {
        ModuleResult result = audit("dvc-pointer");

        assertThat(result.signals().flag("data_versioning.used")).isTrue();
        Finding used = finding(result, DataVersioningModule.USED);
        assertThat(used.outcome()).isEqualTo(Outcome.PASS);
        assertThat(used.message()).contains("dvc");
        assertThat(used.message()).contains(".dvc/config");
        assertThat(used.evidence()).extracting(e -> e.path().orElseThrow()).containsExactly(".dvc/config");
    }

    @Test
    void declaredDvcPackageAloneFailsButIsShownAsEvidence() {
        ModuleResult result = audit("dvc-declared-only");

        assertThat(result.signals().flag("data_versioning.used")).isFalse();
        Finding used = finding(result, DataVersioningModule.USED);
        assertThat(used.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(used.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).contains("requirements.txt");
            assertThat(e.line()).isEqualTo(2);
        });
    }

    @Test
    void deltaFormatWriteCountsAsDeltaLake() {
        ModuleResult result = audit("delta-table");

        assertThat(result.signals().flag("data_versioning.used")).isTrue();
        assertThat(finding(result, DataVersioningModule.USED).message())
                .contains("delta")
                .contains("etl.py");
    }

    @Test
    void gitLfsAloneIsNotDataVersioning() {
        ModuleResult result = audit("git-lfs-only");

        assertThat(result.signals().flag("data_versioning.used")).isFalse();
        assertThat(finding(result, DataVersioningModule.USED).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void rulePackCanCountGitLfsAsDataVersioning() {
        RuleCatalog withLfs =
                RuleCatalog.load(RuleSources.withOverlays(List.of(RuleFixtures.path(AREA, "lfs-rule-pack"))));

        ModuleResult result = fixtures.run(new DataVersioningModule(withLfs), AREA, "git-lfs-only");

        assertThat(result.signals().flag("data_versioning.used")).isTrue();
        assertThat(finding(result, DataVersioningModule.USED).message())
                .contains("git-lfs")
                .contains(".gitattributes");
    }
}

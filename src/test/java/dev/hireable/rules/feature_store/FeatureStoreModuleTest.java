package dev.hireable.rules.feature_store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class FeatureStoreModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final FeatureStoreModule module = new FeatureStoreModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "feature_store", fixture);
    }

    @Test
    void feastRepositoryConfigIsAFeatureStore() {
        ModuleResult result = evaluate("feast-repo");

        assertThat(result.signals().flag("feature_store.used")).isTrue();
        assertThat(result.signals().names("feature_store.tools")).containsExactly("feast");
        Finding used = result.findings().get(0);
        assertThat(used.outcome()).isEqualTo(Outcome.PASS);
        assertThat(used.evidence().get(0).path()).contains("feature_repo/feature_store.yaml");
    }

    @Test
    void feastFeatureViewDefinedInCodeIsAFeatureStore() {
        ModuleResult result = evaluate("feast-in-code");

        assertThat(result.signals().names("feature_store.tools")).containsExactly("feast");
        Finding used = result.findings().get(0);
        assertThat(used.message()).isEqualTo("Features come from feast (features.py).");
        assertThat(used.evidence().get(0).snippet())
                .hasValueSatisfying(s -> assertThat(s).startsWith("customer = Entity("));
    }

    @Test
    void hopsworksFeatureGroupIsAFeatureStore() {
        ModuleResult result = evaluate("hopsworks-feature-group");

        assertThat(result.signals().names("feature_store.tools")).containsExactly("hopsworks");
        assertThat(result.findings().get(0).evidence().get(0).line()).isEqualTo(7);
    }

    @Test
    void aDeclaredDependencyAndATodoAreNotAFeatureStore() {
        ModuleResult result = evaluate("declared-only");

        assertThat(result.signals().flag("feature_store.used")).isFalse();
        Finding finding = result.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.evidence()).extracting(e -> e.path().orElseThrow()).containsExactly("requirements.txt");
        assertThat(finding.remediation())
                .hasValueSatisfying(fix -> assertThat(fix).contains("Feast repository"));
    }

    @Test
    void theFeatureStoreShowsInTheReportsThroughItsSignalsAlone() {
        var assessment = fixtures.assess("feature_store", "feast-in-code");

        assertThat(assessment.signals().flag("feature_store.used")).isTrue();
        assertThat(assessment.findings()).extracting(Finding::rule).contains("feature_store.used");
    }
}

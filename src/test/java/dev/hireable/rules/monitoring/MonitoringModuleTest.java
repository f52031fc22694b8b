package dev.hireable.rules.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class MonitoringModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final MonitoringModule module = new MonitoringModule(fixtures.catalog());

    private ModuleResult evaluate(String area, String fixture) {
        return fixtures.run(module, area, fixture);
    }

    @Test
    void evidentlyDriftReportIsMonitoring() {
        ModuleResult result = evaluate("monitoring", "evidently-report");

        assertThat(result.signals().flag("monitoring.used")).isTrue();
        Finding used = result.findings().get(0);
        assertThat(used.rule()).isEqualTo(MonitoringModule.USED);
        assertThat(used.outcome()).isEqualTo(Outcome.PASS);
        assertThat(used.message()).contains("evidently");
        assertThat(used.evidence().get(0).line()).isEqualTo(8);
        assertThat(used.evidence().get(0).snippet()).contains("report = Report(metrics=[DataDriftPreset()])");
    }

    @Test
    void prometheusInstrumentatorOnTheApiIsMonitoring() {
        ModuleResult result = evaluate("monitoring", "prometheus-instrumentator");

        assertThat(result.signals().flag("monitoring.used")).isTrue();
        Finding used = result.findings().get(0);
        assertThat(used.message()).contains("prometheus");
        assertThat(used.evidence().get(0).path()).contains("app/main.py");
        assertThat(used.evidence().get(0).line()).isEqualTo(5);
    }

    @Test
    void grafanaDashboardJsonIsMonitoring() {
        ModuleResult result = evaluate("monitoring", "grafana-dashboard");

        assertThat(result.signals().flag("monitoring.used")).isTrue();
        assertThat(result.findings().get(0).message()).contains("grafana");
        assertThat(result.findings().get(0).evidence().get(0).line()).isEqualTo(3);
    }

    @Test
    void apiWithoutMetricsOrDriftChecksIsNotMonitored() {
        ModuleResult result = evaluate("endpoint", "fastapi-app");

        assertThat(result.signals().flag("monitoring.used")).isFalse();
        assertThat(result.findings().get(0).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.findings().get(0).remediation()).isPresent();
    }

    @Test
    void driftCheckInAFunctionNothingCallsIsNotMonitoring() {
        ModuleResult result = evaluate("monitoring", "uncalled-drift-check");

        assertThat(result.signals().flag("monitoring.used")).isFalse();
        assertThat(result.findings().get(0).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void driftCheckCalledByAJobIsMonitoring() {
        ModuleResult result = evaluate("monitoring", "called-drift-check");

        assertThat(result.signals().flag("monitoring.used")).isTrue();
        assertThat(result.findings().get(0).evidence().get(0).path()).contains("src/drift.py");
        assertThat(result.findings().get(0).evidence().get(0).line()).isEqualTo(11);
    }

    @Test
    void deepchecksDriftCheckInAPytestTestIsMonitoring() {
        ModuleResult result = evaluate("monitoring", "deepchecks-in-test");

        assertThat(result.signals().flag("monitoring.used")).isTrue();
        assertThat(result.findings().get(0).message()).contains("deepchecks");
        assertThat(result.findings().get(0).evidence().get(0).line()).isEqualTo(11);
    }

    @Test
    void committedEvidentlyReportIsMonitoring() {
        ModuleResult result = evaluate("monitoring", "committed-drift-report");

        assertThat(result.signals().flag("monitoring.used")).isTrue();
        assertThat(result.findings().get(0).evidence().get(0).path()).contains("reports/evidently_data_drift.html");
    }

    @Test
    void prometheusOperatorServiceMonitorIsMonitoring() {
        ModuleResult result = evaluate("monitoring", "service-monitor");

        assertThat(result.signals().flag("monitoring.used")).isTrue();
        assertThat(result.findings().get(0).message()).contains("prometheus");
        assertThat(result.findings().get(0).evidence().get(0).line()).isEqualTo(2);
    }
}

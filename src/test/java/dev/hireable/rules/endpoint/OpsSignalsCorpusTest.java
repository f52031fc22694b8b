package dev.hireable.rules.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.Finding;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Agreement of the CI, deployment, live-URL and tests signals with the reviewer's labels of ../shared/corpus. The
 * corpus keeps data and prose files only (READMEs, requirements, workflows, deploy configs), so it checks what those
 * show; code bodies are unreadable there, which makes serving, orchestration and monitoring undecidable (they are
 * printed, not asserted). Homepages are null in the corpus, so live URLs come from READMEs only.
 */
class OpsSignalsCorpusTest {

    private static final Map<String, RepoAssessment> ASSESSMENTS = new LinkedHashMap<>();
    private static final Map<String, JsonNode> LABELS = new LinkedHashMap<>();

    @BeforeAll
    static void auditCorpus() {
        assumeTrue(Corpus.available(), "the shared corpus is not here (fresh clone)");
        RuleFixtures fixtures = new RuleFixtures();
        for (Corpus.Repo repo : Corpus.repos()) {
            RepoAssessment assessment = fixtures.assess(repo.open(fixtures.limits()));
            ASSESSMENTS.put(repo.name(), assessment);
            LABELS.put(repo.name(), repo.labels());
        }
    }

    @Test
    void ciAgreesWithLabels() {
        assertThat(agreement("ci", (s, l) -> s.flag("ci.present") == l.path("ci").asBoolean())).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void deployedAgreesWithLabels() {
        assertThat(agreement("deployed",
                (s, l) -> s.flag("endpoint.deployed") == l.path("endpoint").path("deployed").asBoolean()))
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void liveUrlsFromReadmesAgreeWithLabels() {
        assertThat(agreement("live URLs", (s, l) -> normalised(s.names("endpoint.live_urls"))
                .equals(normalised(strings(l.path("endpoint").path("live_urls")))))).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void testsPresentAgreesWithLabelsWhereFileNamesCanTell() {
        assertThat(agreement("tests", (s, l) -> s.flag("tests.present") == l.path("tests").asBoolean())).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void codeOnlySignalsArePrintedNotAsserted() {
        for (Map.Entry<String, RepoAssessment> entry : ASSESSMENTS.entrySet()) {
            SignalSet s = entry.getValue().signals();
            JsonNode l = LABELS.get(entry.getKey());
            System.out.printf("%-70s serving %s (label %s) orchestration %s (label %s) monitoring %s (label %s) configs %s%n",
                    entry.getKey(), s.names("endpoint.serving"), strings(l.path("endpoint").path("serving_code")),
                    s.names("orchestration.tools"), strings(l.path("orchestration")), s.flag("monitoring.used"),
                    l.path("monitoring").asBoolean(), s.names("endpoint.deploy_configs"));
        }
        List<String> failed = ASSESSMENTS.values().stream().flatMap(a -> a.findings().stream())
                .filter(f -> f.rule().startsWith("endpoint.") || f.rule().startsWith("orchestration.")
                        || f.rule().startsWith("monitoring.") || f.rule().startsWith("tests."))
                .map(Finding::message).filter(m -> m.contains("could not finish")).toList();
        assertThat(failed).isEmpty();
    }

    private static double agreement(String signal, BiPredicate<SignalSet, JsonNode> agrees) {
        List<String> disagreements = new ArrayList<>();
        ASSESSMENTS.forEach((name, assessment) -> {
            if (!agrees.test(assessment.signals(), LABELS.get(name))) {
                disagreements.add(name);
            }
        });
        int total = ASSESSMENTS.size();
        double share = total == 0 ? 1.0 : (total - disagreements.size()) / (double) total;
        System.out.printf("corpus agreement %-10s %d/%d%s%n", signal, total - disagreements.size(), total,
                disagreements.isEmpty() ? "" : "  (disagree: " + String.join(", ", disagreements) + ")");
        return share;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Set<String> normalised(List<String> urls) {
        return urls.stream().map(u -> u.toLowerCase(Locale.ROOT).replaceFirst("/+$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

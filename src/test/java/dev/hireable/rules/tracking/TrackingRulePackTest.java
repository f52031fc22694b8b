package dev.hireable.rules.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.cli.Console;
import dev.hireable.cli.Hireable;
import dev.hireable.testing.RuleFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The promise: a new tracking tool is added by a rule pack (YAML) alone, through the real CLI. */
class TrackingRulePackTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Console console = new Console(
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of(),
            false,
            false,
            Clock.fixed(Instant.parse("2026-11-25T14:00:00Z"), ZoneOffset.UTC));

    @Test
    void newTrackingToolCanBeAddedByYamlAlone() throws Exception {
        String repo = RuleFixtures.path("tracking", "trackio-repo").toString();
        String pack = RuleFixtures.path("tracking", "rule-pack").toString();

        int code = Hireable.run(console, "dir", repo, "--rules", pack, "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode tracking = JsonMapper.builder()
                .build()
                .readTree(out.toString())
                .path("repos")
                .path(0)
                .path("signals")
                .path("experimentTracking");
        assertThat(tracking.path("tools")).extracting(JsonNode::asText).containsExactly("trackio");
        assertThat(tracking.path("usedInCode").asBoolean()).isTrue();
    }

    @Test
    void withoutTheRulePackTheToolIsUnknownToHireable() throws Exception {
        String repo = RuleFixtures.path("tracking", "trackio-repo").toString();

        int code = Hireable.run(console, "dir", repo, "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode tracking = JsonMapper.builder()
                .build()
                .readTree(out.toString())
                .path("repos")
                .path(0)
                .path("signals")
                .path("experimentTracking");
        assertThat(tracking.path("tools")).isEmpty();
        assertThat(tracking.path("usedInCode").asBoolean()).isFalse();
    }

    @Test
    void aRulePackPatternThatBacktracksWithoutEndIsStoppedAndTheRunIsPartialNamingFileAndPattern() throws Exception {
        String repo = RuleFixtures.path("tracking", "thirty-as").toString();
        String pack = RuleFixtures.path("tracking", "backtracking-rule-pack").toString();

        int code = Hireable.run(console, "dir", repo, "--rules", pack, "--format", "json");

        assertThat(code).as(err.toString()).isEqualTo(4);
        String sentence = "The tracking checks could not finish: the pattern '(.*a){14}$' of " + pack
                + java.io.File.separator + "tracking.yaml:4 takes too long on a text of 31 characters (it backtracks"
                + " without end) and was stopped.";
        JsonNode report = JsonMapper.builder().build().readTree(out.toString());
        assertThat(report.path("errors")).singleElement().satisfies(error -> {
            assertThat(error.path("repo").asText()).isEqualTo("thirty-as");
            assertThat(error.path("message").asText()).isEqualTo(sentence);
        });
        JsonNode tracking = report.path("repos").path(0);
        assertThat(tracking.path("findings"))
                .filteredOn(f -> f.path("rule").asText().startsWith("tracking."))
                .hasSize(3)
                .allSatisfy(f -> {
                    assertThat(f.path("outcome").asText()).isEqualTo("unknown");
                    assertThat(f.path("message").asText()).isEqualTo(sentence);
                });
        assertThat(err.toString())
                .contains("(.*a){14}$")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void malformedRulePackStopsWithExitTwoNamingFileAndLine() {
        String repo = RuleFixtures.path("tracking", "trackio-repo").toString();
        String pack = RuleFixtures.path("tracking", "malformed-rule-pack").toString();

        int code = Hireable.run(console, "dir", repo, "--rules", pack, "--format", "json");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .contains("malformed-rule-pack" + java.io.File.separator + "tracking.yaml:9")
                .contains("trackio\\.(init")
                .doesNotContain("Exception");
    }
}

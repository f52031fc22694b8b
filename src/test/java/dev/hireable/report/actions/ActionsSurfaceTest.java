package dev.hireable.report.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.rules.Archetype;
import dev.hireable.standard.PortfolioAssessment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionsSurfaceTest {

    @Test
    void annotationEscapesPropertiesAndDataAsGitHubRequires() {
        Annotation annotation = new Annotation(
                Annotation.Level.WARNING, "dir,with:odd/README.md", 42, "hireable readme.results", "100% of\nnothing");

        assertThat(annotation.command())
                .isEqualTo(
                        "::warning file=dir%2Cwith%3Aodd/README.md,line=42,title=hireable readme.results::100%25 of%0Anothing");
    }

    @Test
    void annotationWithoutAFileHasOnlyATitle() {
        assertThat(new Annotation(Annotation.Level.NOTICE, "", 0, "hireable", "12 more").command())
                .isEqualTo("::notice title=hireable::12 more");
    }

    @Test
    void badgeIsAShieldsEndpointLabelledSelfReported() throws Exception {
        JsonNode badge = new ObjectMapper().readTree(Badge.json(portfolio(2, 68)));

        assertThat(badge.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(badge.path("label").asText()).contains("self-reported");
        assertThat(badge.path("message").asText()).isEqualTo("2/3 standard · 68/100");
        assertThat(badge.path("color").asText()).isEqualTo("yellowgreen");
    }

    @Test
    void badgeColourFollowsTheVerdict() {
        assertThat(Badge.color(portfolio(3, 90))).isEqualTo("brightgreen");
        assertThat(Badge.color(portfolio(0, 10))).isEqualTo("red");
    }

    @Test
    void multiLineOutputUsesADelimiterThatCannotBeForged() {
        String rendered = new StepOutputs()
                .put("score", "68")
                .put("verdict", "line one\nscore=100")
                .render();

        assertThat(rendered).startsWith("score=68\nverdict<<HIREABLE_");
        String delimiter = rendered.lines().toList().get(1).substring("verdict<<".length());
        assertThat(rendered).endsWith("line one\nscore=100\n" + delimiter + "\n");
    }

    private static PortfolioAssessment portfolio(int met, int score) {
        return new PortfolioAssessment(
                met, score, "verdict", Map.<Archetype, dev.hireable.standard.SlotResult>of(), List.of());
    }
}

package dev.hireable.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in rule files as parsed at build time stand in for the YAML only when they are exactly that YAML. */
class ParsedRulesTest {

    @Test
    void everyBuiltInFileComesParsedFromTheBuildWithTheSameTreeAndLines() {
        for (RuleSources.RuleFile file : RuleSources.builtInOnly().builtIn()) {
            Optional<LocatedYaml> parsed = ParsedRules.of(file);
            LocatedYaml yaml = LocatedYaml.parse(file.label(), file.text());

            assertThat(parsed).as(file.name()).isPresent();
            assertThat(parsed.get().root()).as(file.name()).isEqualTo(yaml.root());
            assertThat(parsed.get().toJson()).as(file.name()).isEqualTo(yaml.toJson());
            for (String pointer : pointers(yaml.root(), "")) {
                assertThat(parsed.get().locate(pointer, "?"))
                        .as(file.name() + pointer)
                        .isEqualTo(yaml.locate(pointer, "?"));
            }
        }
    }

    private static List<String> pointers(JsonNode node, String pointer) {
        List<String> all = new ArrayList<>(List.of(pointer));
        node.fields()
                .forEachRemaining(field ->
                        all.addAll(pointers(field.getValue(), pointer + "/" + LocatedYaml.escape(field.getKey()))));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            all.addAll(pointers(node.get(i), pointer + "/" + i));
        }
        return all;
    }

    @Test
    void aFileChangedSinceTheBuildIsParsedAgain() {
        RuleSources.RuleFile file = RuleSources.builtInOnly().builtIn().get(0);
        RuleSources.RuleFile changed =
                new RuleSources.RuleFile(file.name(), file.label(), file.text() + "\n# changed\n");

        assertThat(ParsedRules.of(file)).isPresent();
        assertThat(ParsedRules.of(changed)).isEmpty();
    }

    @Test
    void aFileTheBuildDidNotParseIsParsedAsYaml() {
        assertThat(ParsedRules.of(new RuleSources.RuleFile("mine.yaml", "rules/mine.yaml", "rules: {}\n")))
                .isEmpty();
    }
}

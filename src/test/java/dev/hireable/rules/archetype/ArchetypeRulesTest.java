package dev.hireable.rules.archetype;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleFileException;
import dev.hireable.rules.catalog.RuleSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchetypeRulesTest {

    @TempDir
    Path rules;

    @Test
    void overlayCanChangeWhatTheStandardRequires() throws IOException {
        Files.writeString(rules.resolve("archetype.yaml"), """
                vocabulary:
                  standard:
                    transformer_finetune:
                      - {requirement: "fine-tuning code", all_of: [finetunes_pretrained]}
                """);
        ArchetypeStandard standard = ArchetypeStandard.from(RuleCatalog.load(RuleSources.withOverlays(List.of(rules))));

        Facts undeployed = new Facts(Set.of(Fact.FINETUNES_PRETRAINED, Fact.TRANSFORMER_LIBRARY), Set.of());

        assertThat(standard.meetsStandard(undeployed)).containsExactly(Archetype.TRANSFORMER_FINETUNE);
    }

    @Test
    void unknownFactInAnOverlayNamesTheFileAndTheKnownFacts() throws IOException {
        Files.writeString(rules.resolve("archetype.yaml"), """
                vocabulary:
                  fit:
                    mlops:
                      requires_any: [kubernetes]
                      threshold: 2
                      weights: {}
                """);
        RuleCatalog catalog = RuleCatalog.load(RuleSources.withOverlays(List.of(rules)));

        assertThatThrownBy(() -> ArchetypeStandard.from(catalog))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("archetype.yaml")
                .hasMessageContaining("unknown fact 'kubernetes'")
                .hasMessageContaining("tracking_in_code");
    }
}

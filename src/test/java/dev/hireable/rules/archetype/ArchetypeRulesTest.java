package dev.hireable.rules.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleFileException;
import dev.hireable.rules.catalog.RuleSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchetypeRulesTest {

    @TempDir
    Path rules;

    @Test
    void overlayCanChangeWhatTheStandardRequires() throws IOException {
        Files.writeString(rules.resolve("archetype.yaml"), """
                vocabulary:
                  standard:
                    transformer_finetune:
                      - {requirement: "fine-tuning code", all_of: [archetype.finetunes_pretrained]}
                """);
        ArchetypeStandard standard = decision(RuleCatalog.load(RuleSources.withOverlays(List.of(rules))));

        SignalSet undeployed = SignalSet.builder()
                .flag("archetype.finetunes_pretrained", true)
                .flag("archetype.transformer_library", true)
                .build();

        assertThat(standard.verdict(Archetype.TRANSFORMER_FINETUNE, undeployed).meets())
                .isTrue();
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

        assertThatThrownBy(() -> decision(catalog))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("archetype.yaml:4")
                .hasMessageContaining("unknown signal 'kubernetes'")
                .hasMessageContaining("hireable rules signals");
    }

    private static ArchetypeStandard decision(RuleCatalog catalog) {
        return catalog.section("archetype.yaml", "vocabulary", ArchetypeModule.Vocabulary.class)
                .decision();
    }
}

package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the targets of README links become repository paths. */
class LinkedDocumentsTest {

    private static final Optional<String> REPO = Optional.of("https://github.com/ada/churn");

    @Test
    void relativeLinkResolvesAgainstTheReadmeFolder() {
        assertThat(LinkedDocuments.resolve("../reports/README.md#results", "docs", REPO))
                .contains("reports/README.md");
        assertThat(LinkedDocuments.resolve("./model%20card.md", "", REPO)).contains("model card.md");
        assertThat(LinkedDocuments.resolve("/docs/model_card.md", "docs", REPO)).contains("docs/model_card.md");
    }

    @Test
    void linkToTheSameRepositoryOnGithubResolvesToItsPath() {
        assertThat(LinkedDocuments.resolve("https://github.com/ada/churn/blob/main/docs/card.md", "", REPO))
                .contains("docs/card.md");
    }

    @Test
    void externalLinksAnchorsAndEscapesFromTheRootResolveToNothing() {
        assertThat(LinkedDocuments.resolve("https://example.com/card.md", "", REPO))
                .isEmpty();
        assertThat(LinkedDocuments.resolve("mailto:ada@example.com", "", REPO)).isEmpty();
        assertThat(LinkedDocuments.resolve("#results", "", REPO)).isEmpty();
        assertThat(LinkedDocuments.resolve("../../outside.md", "docs", REPO)).isEmpty();
    }
}

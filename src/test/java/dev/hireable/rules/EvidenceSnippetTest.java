package dev.hireable.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A snippet is kept on one line, its whitespace runs one space each, as {@code replaceAll("\\s+", " ")} would. */
class EvidenceSnippetTest {

    private static final String ALPHABET = "ab \t\n\u000B\f\r\u00A0\u2003.";

    @Test
    void everyWhitespaceRunBecomesOneSpaceAsTheRegularExpressionWould() {
        List<String> written =
                List.of("", " ", "a b", "a  b", "a\tb", "a \n\r b", "\u00A0a\u2003b", "model.fit(X,\n    y)");
        for (String text : written) {
            assertThat(Evidence.oneSpaceApart(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
        }
        Random random = new Random(12);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertThat(Evidence.oneSpaceApart(text.toString()))
                    .as(text.toString())
                    .isEqualTo(text.toString().replaceAll("\\s+", " "));
        }
    }

    @Test
    void aSnippetWithNothingToChangeIsTheSameText() {
        String text = "import mlflow as ml";
        assertThat(Evidence.oneSpaceApart(text)).isSameAs(text);
    }
}

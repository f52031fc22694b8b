package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RulePattern;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralPrefilterTest {

    private static final int ANY_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final LiteralPrefilter phrases = LiteralPrefilter.of(List.of(
            RulePattern.compile("\\btitanic\\b", ANY_CASE),
            RulePattern.compile("\\biris\\s+(?:flowers?|dataset)\\b", ANY_CASE),
            RulePattern.compile("타이타닉", ANY_CASE)));

    @Test
    void textHoldingAPhrasesLiteralMayMatchWhateverItsCase() {
        assertThat(phrases.mayMatch("Predicting survival on the TITANIC")).isTrue();
        assertThat(phrases.mayMatch("the Iris Dataset")).isTrue();
        assertThat(phrases.mayMatch("타이타닉 생존자 예측")).isTrue();
    }

    @Test
    void textWithoutAnyPhrasesLiteralCannotMatch() {
        assertThat(phrases.mayMatch("Forecasting demand for 2,000 stores")).isFalse();
        assertThat(phrases.mayMatch("")).isFalse();
    }

    @Test
    void aPatternWithoutLiteralTextLetsEveryTextThrough() {
        LiteralPrefilter digits =
                LiteralPrefilter.of(List.of(RulePattern.compile("titanic"), RulePattern.compile("\\d+")));
        assertThat(digits.mayMatch("no numbers here")).isTrue();
    }

    @Test
    void onePatternIsAskedAboutATextByItsOwnHintsWhateverTheCase() {
        RulePattern kind = RulePattern.compile("(?m)^kind:\\s*(Deployment|Service)\\s*$");
        assertThat(LiteralPrefilter.mayMatch(kind, "apiVersion: v1\nKIND: SERVICE\n"))
                .isTrue();
        assertThat(LiteralPrefilter.mayMatch(kind, "apiVersion: v1\nkind: Pod\n"))
                .isFalse();
        assertThat(LiteralPrefilter.mayMatch(kind, "name: web\nreplicas: 2\n")).isFalse();
        assertThat(LiteralPrefilter.mayMatch(RulePattern.compile("\\d+"), "no digits"))
                .isTrue();
    }
}

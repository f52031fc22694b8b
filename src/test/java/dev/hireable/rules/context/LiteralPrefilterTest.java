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
    void onePatternIsAskedAboutATextByItsOwnHintsInItsOwnCase() {
        RulePattern kind = RulePattern.compile("(?m)^kind:\\s*(Deployment|Service)\\s*$");
        RulePattern anyCaseKind = RulePattern.compile("(?im)^kind:\\s*(Deployment|Service)\\s*$");
        assertThat(LiteralPrefilter.mayMatch(kind, "apiVersion: v1\nkind: Service\n"))
                .isTrue();
        assertThat(LiteralPrefilter.mayMatch(kind, "apiVersion: v1\nKIND: SERVICE\n"))
                .as("a case-sensitive pattern cannot match other cases")
                .isFalse();
        assertThat(LiteralPrefilter.mayMatch(anyCaseKind, "apiVersion: v1\nKIND: SERVICE\n"))
                .isTrue();
        assertThat(LiteralPrefilter.mayMatch(kind, "apiVersion: v1\nkind: Pod\n"))
                .isFalse();
        assertThat(LiteralPrefilter.mayMatch(kind, "name: web\nreplicas: 2\n")).isFalse();
        assertThat(LiteralPrefilter.mayMatch(RulePattern.compile("\\d+"), "no digits"))
                .isTrue();
    }

    @Test
    void whetherAPatternTellsCasesApartIsReadFromItsFlagsAndItsInlineGroups() {
        assertThat(LiteralPrefilter.matchesCaseSensitively(RulePattern.compile("upload_folder\\(")))
                .isTrue();
        assertThat(LiteralPrefilter.matchesCaseSensitively(RulePattern.compile("(?m)^runtime:")))
                .isTrue();
        assertThat(LiteralPrefilter.matchesCaseSensitively(RulePattern.compile("deploy", ANY_CASE)))
                .isFalse();
        assertThat(LiteralPrefilter.matchesCaseSensitively(RulePattern.compile("(?i)\\bdeploy\\b")))
                .isFalse();
        assertThat(LiteralPrefilter.matchesCaseSensitively(RulePattern.compile("run (?mi:deploy)")))
                .isFalse();
        assertThat(LiteralPrefilter.matchesCaseSensitively(RulePattern.compile("caf\u00e9", Pattern.CANON_EQ)))
                .isFalse();
    }

    /** The prefilter may let a text through that cannot match, never hold back one that does. */
    @Test
    void noTextAPatternMatchesIsHeldBack() {
        List<RulePattern> patterns = List.of(
                RulePattern.compile("\\b(?:upload_folder|upload_file|create_commit)\\s*\\("),
                RulePattern.compile("(?m)^\\s*(?:import\\s+modal\\b|from\\s+modal\\s+import\\b)"),
                RulePattern.compile("AWS::Serverless::(Function|Api|HttpApi)"),
                RulePattern.compile("(?i)managedOnline(Deployment|Endpoint)"),
                RulePattern.compile("\"(?:buildpacks|formation|stack)\"\\s*:"),
                RulePattern.compile("caf\u00e9 (au lait|cr\u00e8me)"));
        String[] pieces = {
            "upload_folder(",
            "UPLOAD_FOLDER(",
            "upload_file (",
            "create_commit",
            "import modal",
            "from modal import",
            "Import Modal",
            "AWS::Serverless::Function",
            "aws::serverless::api",
            "managedonlineendpoint",
            "ManagedOnlineDeployment",
            "\"stack\": 1",
            "\"Stack\":",
            "caf\u00e9 cr\u00e8me",
            "CAF\u00c9 AU LAIT",
            " ",
            "\n",
            "x",
            "(",
            "::",
            "\u00e9",
            "\ud83d\ude80"
        };
        java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (RulePattern pattern : patterns) {
                if (pattern.matcher(text.toString()).find()) {
                    assertThat(LiteralPrefilter.mayMatch(pattern, text.toString()))
                            .as("%s on %s", pattern.pattern(), text)
                            .isTrue();
                    assertThat(LiteralPrefilter.mayMatch(pattern, new StringBuilder(text)))
                            .as("%s on %s, not a String", pattern.pattern(), text)
                            .isTrue();
                }
            }
        }
    }
}

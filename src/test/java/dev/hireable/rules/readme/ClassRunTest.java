package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RulePattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassRunTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            [ğşı] ; true
            \\p{IsHan} ; true
            \\p{IsCyrillic}{3,} ; true
            \\p{IsHangul}+ ; true
            [\\p{IsHiragana}\\p{IsKatakana}] ; true
            [а-я]{2,5}? ; true
            (?-i)[ğşıĞŞİ] ; true
            [a-z]* ; false
            \\p{IsHan}{0,2} ; false
            \\p{L}+ results ; false
            [[a]b] ; false
            ção|ções ; false
            \\b(los|las)\\b ; false
            """)
    void aPatternIsARunOfOneClassOnlyWhenEveryMatchIsMadeOfItsCharacters(String regex, boolean run) {
        assertThat(ClassRun.of(RulePattern.compile(regex, ReadmeVocabulary.REGEX_FLAGS))
                        .isPresent())
                .as(regex)
                .isEqualTo(run);
    }

    /** As the pattern itself, case-insensitive: Java folds the dotless ı to I, and so finds it at every i. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            [ğşı] ; ŞİRKET ; true
            [ğşı] ; dotless ı ; true
            [ğşı] ; plain English with an i ; true
            [ğşı] ; café über straße ñ ; false
            [ğşı] ; "" ; false
            (?-i)[ğşıĞŞİ] ; plain English with an i ; false
            (?-i)[ğşıĞŞİ] ; ŞİRKET ; true
            \\p{IsCyrillic}{3,} ; Модель ; true
            \\p{IsCyrillic}{3,} ; café ; false
            """)
    void aTextHoldsTheClassWhenThePatternFindsOneOfItsCharacters(String regex, String text, boolean holds) {
        RulePattern pattern = RulePattern.compile(regex, ReadmeVocabulary.REGEX_FLAGS);
        assertThat(pattern.matcher(text).find())
                .as("%s finds in %s", regex, text)
                .isEqualTo(holds);
        assertThat(run(regex).anyIn(TextCharacters.of(text)))
                .as("%s in %s", regex, text)
                .isEqualTo(holds);
    }

    @Test
    void charactersBeyondTheBasicPlaneAreReadWhole() {
        ClassRun han = run("\\p{IsHan}");
        assertThat(han.anyIn(TextCharacters.of("rare Han 𠀀 only"))).isTrue();
        assertThat(han.anyIn(TextCharacters.of("emoji 🚀✨ and a lone surrogate \ud800 only")))
                .isFalse();
        assertThat(han.anyIn(TextCharacters.of("模型"))).isTrue();
    }

    private static ClassRun run(String regex) {
        return ClassRun.of(RulePattern.compile(regex, ReadmeVocabulary.REGEX_FLAGS))
                .orElseThrow();
    }
}

package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the author's prose is measured. */
class AuthoredTextTest {

    @Test
    void wordsAreRunsBetweenSpacesExceptInChineseAndJapaneseWhereTwoCharactersMakeAWord() {
        assertThat(AuthoredText.countWords("The model - fails on 3 cases")).isEqualTo(6);
        assertThat(AuthoredText.countWords("模型对新客户的预测不够准确")).isEqualTo(7);
        assertThat(AuthoredText.countWords("学習データ を使う")).isEqualTo(4);
        assertThat(AuthoredText.countWords("신규 고객은 이력이 짧습니다")).isEqualTo(4);
    }
}

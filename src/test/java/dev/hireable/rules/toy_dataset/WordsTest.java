package dev.hireable.rules.toy_dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final Words COLUMNS =
            new Words(Set.of("sepallength", "maritalstatus", "marital", "größe", "pclass", "survived"));

    @Test
    void aColumnIsFoundHoweverItsNameIsWritten() {
        assertThat(COLUMNS.of("df['sepal_length']")).containsExactly("sepallength");
        assertThat(COLUMNS.of("SepalLength = 3")).containsExactly("sepallength");
        assertThat(COLUMNS.of("<input name=\"sepal_length\">")).containsExactly("sepallength");
        assertThat(COLUMNS.of("Größe: 180")).containsExactly("größe");
    }

    @Test
    void wordsJoinedByADashOrADotAlsoGiveTheJoinedWord() {
        assertThat(COLUMNS.of("x = marital-status")).containsExactlyInAnyOrder("marital", "maritalstatus");
        assertThat(COLUMNS.of("Marital.Status")).containsExactlyInAnyOrder("marital", "maritalstatus");
    }

    @Test
    void onlyTheWordsAskedForAreKept() {
        assertThat(COLUMNS.of("import pandas as pd\nfor row in rows: print(row.pclass, row.fare)"))
                .containsExactly("pclass");
        assertThat(COLUMNS.of("sepal length survivedx xsurvived")).isEmpty();
    }

    @Test
    void wordsAreAddedToWhatWasFoundBefore() {
        Set<String> found = new HashSet<>(Set.of("pclass"));
        COLUMNS.addTo(found, "survived = y");
        assertThat(found).containsExactlyInAnyOrder("pclass", "survived");
    }
}

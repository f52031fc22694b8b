package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineStartsTest {

    @Test
    void anOffsetIsOnTheLineThatHoldsItAndALineRunsToTheNextOnesStart() {
        LineStarts lines = LineStarts.of("ab\n\ncd\nef");

        assertThat(lines.lineOf(0)).isZero();
        assertThat(lines.lineOf(2)).as("the line break belongs to its line").isZero();
        assertThat(lines.lineOf(3)).isEqualTo(1);
        assertThat(lines.lineOf(5)).isEqualTo(2);
        assertThat(lines.lineOf(9)).isEqualTo(3);
        assertThat(lines.start(2)).isEqualTo(4);
        assertThat(lines.end(2)).isEqualTo(7);
        assertThat(lines.end(3)).as("the last line ends with the text").isEqualTo(9);
    }

    @Test
    void aTextEndingWithALineBreakHasAnEmptyLastLine() {
        LineStarts lines = LineStarts.of("a\n");

        assertThat(lines.start(1)).isEqualTo(2);
        assertThat(lines.end(1)).isEqualTo(2);
        assertThat(lines.end(0)).isEqualTo(2);
    }
}

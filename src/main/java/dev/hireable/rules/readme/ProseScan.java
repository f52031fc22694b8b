package dev.hireable.rules.readme;

import java.util.BitSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * A text that cues are run on: which hints occur in it is found once, and on which lines when first needed. A cue none
 * of whose hints occur is not run; one that cannot match a line break runs only on the lines its hints are on (each
 * match holds one of its hints and no line break); any other runs over the whole text.
 */
final class ProseScan {

    private final String text;
    private final ReadmePatterns patterns;
    private final BitSet hints;
    /** The lines each hint occurs on, by hint number; null until a cue is first run line by line. */
    private BitSet[] hintLines;

    private LineStarts lineStarts;

    ProseScan(String text, ReadmePatterns patterns) {
        this.text = text;
        this.patterns = patterns;
        this.hints = patterns.hintsIn(text);
    }

    String text() {
        return text;
    }

    /** The numbers of the hints that occur in the text. */
    BitSet hints() {
        return hints;
    }

    /** Hands every match of the cue, in text order, to {@code found} until it answers false. */
    void eachMatch(ReadmePatterns.Cue cue, Predicate<Matcher> found) {
        if (!cue.possibleIn(hints)) {
            return;
        }
        Matcher matcher = cue.pattern().matcher(text);
        if (!cue.onOneLine()) {
            while (matcher.find()) {
                if (!found.test(matcher)) {
                    return;
                }
            }
            return;
        }
        // bounds as over the whole text: boundaries and lookarounds see past the line, ^ and $ only where they would
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        BitSet lines = linesWithAnyOf(cue.hints());
        for (int line = lines.nextSetBit(0); line >= 0; line = lines.nextSetBit(line + 1)) {
            matcher.region(lineStarts.start(line), lineStarts.end(line));
            while (matcher.find()) {
                if (!found.test(matcher)) {
                    return;
                }
            }
        }
    }

    private BitSet linesWithAnyOf(int[] hintNumbers) {
        if (hintLines == null) {
            hintLines = patterns.hintLines(text);
            lineStarts = LineStarts.of(text);
        }
        BitSet lines = new BitSet();
        for (int hint : hintNumbers) {
            if (hintLines[hint] != null) {
                lines.or(hintLines[hint]);
            }
        }
        return lines;
    }
}

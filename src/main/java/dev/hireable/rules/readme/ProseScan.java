package dev.hireable.rules.readme;

import java.util.BitSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * A text that cues are run on: which hints occur in it is found once, and on which lines when first needed. A cue none
 * of whose hints occur is not run, nor one that is a run of a character class the text holds none of; one whose
 * matches lie near its hints (see {@link ReadmePatterns.Reach}) runs only there; any other runs over the whole text.
 */
final class ProseScan {

    private final String text;
    private final ReadmePatterns patterns;
    private final BitSet hints;
    /** The lines each hint occurs on, by hint number; null until a cue is first run line by line. */
    private BitSet[] hintLines;

    private LineStarts lineStarts;
    /** The characters of the text; null until a cue that is one character class repeated is first run. */
    private TextCharacters characters;
    /** The words of the text; null until a cue that is a list of words is first counted. */
    private WordList.Counts words;

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

    /** How many matches the cue has in the text, counted up to {@code enough}. */
    int count(ReadmePatterns.Cue cue, int enough) {
        if (cue.words().isPresent() && cue.possibleIn(hints)) {
            if (words == null) {
                words = new WordList.Counts(text, patterns.wordPairStarts());
            }
            if (words.countsThePairsOf(cue.words().get())) {
                return Math.min(enough, cue.words().get().countIn(words));
            }
        }
        int[] count = {0};
        eachMatch(cue, match -> ++count[0] < enough);
        return count[0];
    }

    /** Hands every match of the cue, in text order, to {@code found} until it answers false. */
    void eachMatch(ReadmePatterns.Cue cue, Predicate<Matcher> found) {
        if (!cue.possibleIn(hints) || !holdsTheClassOf(cue)) {
            return;
        }
        Matcher matcher = cue.pattern().matcher(text);
        if (!cue.reach().nearHints()) {
            while (matcher.find()) {
                if (!found.test(matcher)) {
                    return;
                }
            }
            return;
        }
        // bounds as over the whole text: boundaries and lookarounds see past the region, ^ and $ only where they would
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        IntPredicate lead = cue.reach().lead();
        BitSet lines = linesWithAnyOf(cue.hints());
        cue.reach().held().ifPresent(held -> keepLinesHolding(lines, lead, held));
        int searchFrom = 0;
        int line = lines.nextSetBit(0);
        while (line >= 0) {
            // the regions of lines whose leads reach back into each other are one region: a match may span them
            int start = regionStart(line, lead);
            int end = lineStarts.end(line);
            line = lines.nextSetBit(line + 1);
            while (line >= 0 && regionStart(line, lead) <= end) {
                end = lineStarts.end(line);
                line = lines.nextSetBit(line + 1);
            }
            if (Math.max(start, searchFrom) >= end) {
                continue;
            }
            matcher.region(Math.max(start, searchFrom), end);
            while (matcher.find()) {
                if (!found.test(matcher)) {
                    return;
                }
                searchFrom = matcher.end();
            }
        }
    }

    /** Leaves out the lines whose region (see {@link #regionStart}) holds no character {@code held} accepts. */
    private void keepLinesHolding(BitSet lines, IntPredicate lead, IntPredicate held) {
        for (int line = lines.nextSetBit(0); line >= 0; line = lines.nextSetBit(line + 1)) {
            int end = lineStarts.end(line);
            boolean holds = false;
            for (int at = regionStart(line, lead); at < end && !holds; at++) {
                holds = held.test(text.charAt(at));
            }
            if (!holds) {
                lines.clear(line);
            }
        }
    }

    /**
     * Where the region of a hint's line starts: before the run of lead characters that ends the lines above and the
     * one character before it (the line break above, when there is no lead).
     */
    private int regionStart(int line, IntPredicate lead) {
        int start = lineStarts.start(line);
        while (start > 0 && lead.test(text.charAt(start - 1))) {
            start--;
        }
        return Math.max(0, start - 1);
    }

    private boolean holdsTheClassOf(ReadmePatterns.Cue cue) {
        if (cue.classRun().isEmpty()) {
            return true;
        }
        if (characters == null) {
            characters = TextCharacters.of(text);
        }
        return cue.classRun().get().anyIn(characters);
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

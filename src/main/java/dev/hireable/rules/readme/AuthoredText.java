package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * A document with what is not the author's own text taken out, computed once: placeholders and template lines are
 * blanked, template sections are excluded, and the remaining prose (paragraphs and table rows) is joined into one
 * text that patterns scan in a single pass. Running totals of words, code, images and figures size any section in
 * constant time.
 */
final class AuthoredText {

    private static final char BLOCK_END = '\n';
    /** Below this code point no character is Han or kana. */
    private static final char FIRST_CJK = 0x2E80;

    private final TextDocument document;
    private final boolean[] excluded;
    private final String[] headings;
    private final BitSet[] headingHints;
    private final String prose;
    private final int[] proseBefore;
    private final int[] wordsBefore;
    /** Words of each block of the author's prose (0 for other blocks). */
    private final int[] blockWords;
    /** For a minimum phrase length, running totals of the words of blocks that long at least; built on first use. */
    private final Map<Integer, int[]> phraseWordsBefore = new HashMap<>();

    private final int[] codeBefore;
    private final int[] imagesBefore;
    private final int[] figuresBefore;
    private final Set<String> languages;
    private final ProseScan scan;
    /**
     * Where each cue run so far matches in the prose: found once per document, then looked up by position. Keyed by
     * the cue itself (each is made once, in ReadmePatterns), not by its record value.
     */
    private final Map<ReadmePatterns.Cue, int[]> matches = new IdentityHashMap<>();

    private Optional<String> template = Optional.empty();
    private Optional<String> placeholder = Optional.empty();

    AuthoredText(TextDocument document, ReadmePatterns patterns) {
        this.document = document;
        List<TextDocument.Block> blocks = document.blocks();
        int size = blocks.size();
        this.excluded = new boolean[size];
        this.headings = new String[size];
        this.headingHints = new BitSet[size];
        for (int i = 0; i < size; i++) {
            if (blocks.get(i).kind() == TextDocument.Kind.HEADING) {
                headings[i] = ReadmePatterns.normalizeHeading(blocks.get(i).text());
                headingHints[i] = patterns.hintsIn(headings[i]);
            }
        }
        excludeTemplateSections(patterns);
        String allText = blocks.stream()
                .filter(b -> b.kind() != TextDocument.Kind.HEADING)
                .map(TextDocument.Block::text)
                .collect(Collectors.joining("\n"));
        BitSet allHints = patterns.hintsIn(allText);
        List<ReadmePatterns.Cue> phrases = present(
                patterns.templates().stream().flatMap(t -> t.phrases().stream()).toList(), allText, allHints);
        List<ReadmePatterns.Cue> placeholders = present(patterns.placeholders(), allText, allHints);

        StringBuilder joined = new StringBuilder();
        this.proseBefore = new int[size + 1];
        this.wordsBefore = new int[size + 1];
        this.blockWords = new int[size];
        this.codeBefore = new int[size + 1];
        this.imagesBefore = new int[size + 1];
        this.figuresBefore = new int[size + 1];
        int[] imagesAt = new int[size + 1];
        document.images().stream()
                .filter(image -> !patterns.ignoredImage(image.target()))
                .forEach(image -> imagesAt[Math.min(image.block(), size)]++);
        for (int i = 0; i < size; i++) {
            TextDocument.Block block = blocks.get(i);
            boolean code = block.kind() == TextDocument.Kind.CODE;
            boolean prose = isProse(i);
            String clean = prose || code ? clean(block, phrases, placeholders, patterns) : "";
            if (prose) {
                joined.append(clean).append(BLOCK_END);
            }
            boolean figure = prose
                    && (block.kind() == TextDocument.Kind.TABLE_ROW
                            ? !block.header() && ReadmePatterns.hasNumber(clean)
                            : ReadmePatterns.measure(clean, 0, clean.length()).isPresent());
            proseBefore[i + 1] = joined.length();
            blockWords[i] = prose ? countWords(clean) : 0;
            wordsBefore[i + 1] = wordsBefore[i] + blockWords[i];
            codeBefore[i + 1] = codeBefore[i] + (code && !excluded[i] && !clean.isBlank() ? 1 : 0);
            imagesBefore[i + 1] = imagesBefore[i] + (excluded[i] ? 0 : imagesAt[i]);
            figuresBefore[i + 1] = figuresBefore[i] + (figure ? 1 : 0);
        }
        imagesBefore[size] += imagesAt[size];
        this.prose = joined.toString();
        this.scan = new ProseScan(prose, patterns);
        this.languages = patterns.languagesOf(scan);
    }

    /**
     * Where a cue matches in the prose, in order: the first letter or digit of every match (see
     * {@link ReadmePatterns#firstMatch}). One scan per cue and document, none when the cue's hints are absent.
     */
    int[] matches(ReadmePatterns.Cue cue) {
        return matches.computeIfAbsent(cue, c -> {
            List<Integer> found = new ArrayList<>();
            scan.eachMatch(c, matcher -> found.add(ReadmePatterns.wordStart(matcher, prose)));
            return found.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** Where a cue matches in the prose of blocks [from, to), in order. */
    int[] matchesIn(ReadmePatterns.Cue cue, int from, int to) {
        int[] all = matches(cue);
        return Arrays.copyOfRange(all, firstAtOrAfter(all, proseStart(from)), firstAtOrAfter(all, proseStart(to)));
    }

    /** The first match of a cue in the prose of blocks [from, to), if any. */
    OptionalInt firstMatch(ReadmePatterns.Cue cue, int from, int to) {
        int[] all = matches(cue);
        int index = firstAtOrAfter(all, proseStart(from));
        return index < all.length && all[index] < proseStart(to) ? OptionalInt.of(all[index]) : OptionalInt.empty();
    }

    private static int firstAtOrAfter(int[] sorted, int position) {
        int index = Arrays.binarySearch(sorted, position);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == position) {
            index--;
        }
        return index;
    }

    TextDocument document() {
        return document;
    }

    /** The author's prose, block after block, each ended by a line break; see {@link #proseStart(int)}. */
    String prose() {
        return prose;
    }

    /** Where block {@code block}'s prose starts in {@link #prose()}; for {@code blocks().size()} the end. */
    int proseStart(int block) {
        return proseBefore[block];
    }

    /** The source line of a position in {@link #prose()}. */
    int lineAt(int offset) {
        int index = Arrays.binarySearch(proseBefore, offset);
        int block = index >= 0 ? index : -index - 2;
        while (block + 1 < proseBefore.length && proseBefore[block + 1] <= offset) {
            block++;
        }
        block = Math.min(block, document.blocks().size() - 1);
        return document.blocks().get(block).lineAt(offset - proseBefore[block]);
    }

    /** Whether the block is prose or a table row the author wrote (not in a template section). */
    boolean isProse(int block) {
        TextDocument.Kind kind = document.blocks().get(block).kind();
        return !excluded[block] && (kind == TextDocument.Kind.PROSE || kind == TextDocument.Kind.TABLE_ROW);
    }

    boolean excluded(int block) {
        return excluded[block];
    }

    /** A heading block's text as heading synonyms are matched (see {@link ReadmePatterns#normalizeHeading}). */
    String heading(int block) {
        return headings[block];
    }

    /** The codes of the languages the prose is written in (see {@link ReadmePatterns#languagesOf}). */
    Set<String> languages() {
        return languages;
    }

    /** The hints present in a heading block's text (see {@link ReadmePatterns#hintsIn}). */
    BitSet headingHints(int block) {
        return headingHints[block];
    }

    /** Words of the author's prose in the document. */
    int words() {
        return wordsBefore[wordsBefore.length - 1];
    }

    /**
     * Whether blocks [from, to) hold real content: a code block, an image, or enough words in paragraphs, list items
     * and table rows that hold at least {@code minPhraseWords} words each (so that an outline of one-word bullets
     * under a heading is not content).
     */
    boolean substantive(int from, int to, int minWords, int minPhraseWords) {
        int[] before = minPhraseWords <= 1
                ? wordsBefore
                : phraseWordsBefore.computeIfAbsent(minPhraseWords, min -> {
                    int[] totals = new int[blockWords.length + 1];
                    for (int i = 0; i < blockWords.length; i++) {
                        totals[i + 1] = totals[i] + (blockWords[i] >= min ? blockWords[i] : 0);
                    }
                    return totals;
                });
        return before[to] - before[from] >= minWords
                || codeBefore[to] > codeBefore[from]
                || imagesBefore[to] > imagesBefore[from];
    }

    /** Whether blocks [from, to) hold a code block of the author's. */
    boolean hasCode(int from, int to) {
        return codeBefore[to] > codeBefore[from];
    }

    /** Whether blocks [from, to) hold a number with a decimal or percent sign, a table row with a number, an image. */
    boolean hasFigures(int from, int to) {
        return figuresBefore[to] > figuresBefore[from] || imagesBefore[to] > imagesBefore[from];
    }

    /** The name of a template whose text was found, if any. */
    Optional<String> template() {
        return template;
    }

    /** The first placeholder found, if any. */
    Optional<String> placeholder() {
        return placeholder;
    }

    /** The patterns that occur anywhere in the text, so that each block is checked only against those. */
    private static List<ReadmePatterns.Cue> present(List<ReadmePatterns.Cue> cues, String text, BitSet hints) {
        List<ReadmePatterns.Cue> present = new ArrayList<>();
        for (ReadmePatterns.Cue cue : cues) {
            if (cue.possibleIn(hints) && cue.pattern().matcher(text).find()) {
                present.add(cue);
            }
        }
        return present;
    }

    private void excludeTemplateSections(ReadmePatterns patterns) {
        for (int i = 0; i < excluded.length; i++) {
            if (headings[i] == null || excluded[i]) {
                continue;
            }
            for (ReadmePatterns.TemplatePatterns t : patterns.templates()) {
                if (ReadmePatterns.anyFinds(t.headings(), headings[i])) {
                    template = template.or(() -> Optional.of(t.name()));
                    Arrays.fill(excluded, i, document.sectionEnd(i), true);
                }
            }
        }
    }

    private String clean(
            TextDocument.Block block,
            List<ReadmePatterns.Cue> phrases,
            List<ReadmePatterns.Cue> placeholders,
            ReadmePatterns patterns) {
        String text = block.text();
        if (phrases.isEmpty() && placeholders.isEmpty()) {
            return block.kind() == TextDocument.Kind.CODE ? text : text.replace('\n', ' ');
        }
        char[] chars = text.toCharArray();
        for (ReadmePatterns.Cue phrase : phrases) {
            Matcher matcher = phrase.pattern().matcher(text);
            while (matcher.find()) {
                template = template.or(() -> Optional.of(patterns.templateOf(phrase)));
                blankLine(chars, matcher.start());
            }
        }
        if (block.kind() == TextDocument.Kind.CODE) {
            return new String(chars);
        }
        for (ReadmePatterns.Cue pattern : placeholders) {
            Matcher matcher = pattern.pattern().matcher(text);
            while (matcher.find()) {
                String found = matcher.group().strip();
                placeholder = placeholder.or(() -> Optional.of(found));
                Arrays.fill(chars, matcher.start(), matcher.end(), ' ');
            }
        }
        return new String(chars).replace('\n', ' ');
    }

    private static void blankLine(char[] chars, int at) {
        for (int c = at; c >= 0 && chars[c] != '\n'; c--) {
            chars[c] = ' ';
        }
        for (int c = at; c < chars.length && chars[c] != '\n'; c++) {
            chars[c] = ' ';
        }
    }

    /**
     * Words as a reader counts them: runs of text between spaces that hold a letter or digit; in Chinese and
     * Japanese, written without spaces, every two characters count as a word.
     */
    static int countWords(String text) {
        int count = 0;
        int unspaced = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                count += inWord && hasLetter ? 1 : 0;
                inWord = false;
                hasLetter = false;
            } else if (c >= FIRST_CJK && unspacedScript(c)) {
                unspaced++;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return count + (inWord && hasLetter ? 1 : 0) + (unspaced + 1) / 2;
    }

    /** Han ideographs and Japanese kana (with the prolonged sound mark): scripts that separate no words by spaces. */
    private static boolean unspacedScript(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS;
    }
}

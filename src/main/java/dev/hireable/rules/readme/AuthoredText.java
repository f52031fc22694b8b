package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A document with what is not the author's own text taken out, computed once: placeholders and template lines are
 * blanked, template sections are excluded, and the remaining prose (paragraphs and table rows) is joined into one
 * text that patterns scan in a single pass. Running totals of words, code, images and figures size any section in
 * constant time.
 */
final class AuthoredText {

    private static final char BLOCK_END = '\n';

    private final TextDocument document;
    private final boolean[] excluded;
    private final String[] headings;
    private final String prose;
    private final int[] proseBefore;
    private final int[] wordsBefore;
    private final int[] codeBefore;
    private final int[] imagesBefore;
    private final int[] figuresBefore;
    private Optional<String> template = Optional.empty();
    private Optional<String> placeholder = Optional.empty();

    AuthoredText(TextDocument document, ReadmePatterns patterns) {
        this.document = document;
        List<TextDocument.Block> blocks = document.blocks();
        int size = blocks.size();
        this.excluded = new boolean[size];
        this.headings = new String[size];
        for (int i = 0; i < size; i++) {
            if (blocks.get(i).kind() == TextDocument.Kind.HEADING) {
                headings[i] = ReadmePatterns.normalizeHeading(blocks.get(i).text());
            }
        }
        excludeTemplateSections(patterns);
        String allText = blocks.stream().filter(b -> b.kind() != TextDocument.Kind.HEADING).map(TextDocument.Block::text)
                .collect(Collectors.joining("\n"));
        List<Pattern> phrases = present(patterns.templates().stream().flatMap(t -> t.phrases().stream()).toList(), allText);
        List<Pattern> placeholders = present(patterns.placeholders(), allText);

        StringBuilder joined = new StringBuilder();
        this.proseBefore = new int[size + 1];
        this.wordsBefore = new int[size + 1];
        this.codeBefore = new int[size + 1];
        this.imagesBefore = new int[size + 1];
        this.figuresBefore = new int[size + 1];
        int[] imagesAt = new int[size + 1];
        document.images().stream().filter(image -> !patterns.ignoredImage(image.target()))
                .forEach(image -> imagesAt[Math.min(image.block(), size)]++);
        for (int i = 0; i < size; i++) {
            TextDocument.Block block = blocks.get(i);
            boolean code = block.kind() == TextDocument.Kind.CODE;
            boolean prose = isProse(i);
            String clean = prose || code ? clean(block, phrases, placeholders, patterns) : "";
            if (prose) {
                joined.append(clean).append(BLOCK_END);
            }
            boolean figure = prose && (block.kind() == TextDocument.Kind.TABLE_ROW && !block.header()
                    || ReadmePatterns.hasNumber(clean));
            proseBefore[i + 1] = joined.length();
            wordsBefore[i + 1] = wordsBefore[i] + (prose ? countWords(clean) : 0);
            codeBefore[i + 1] = codeBefore[i] + (code && !excluded[i] && !clean.isBlank() ? 1 : 0);
            imagesBefore[i + 1] = imagesBefore[i] + (excluded[i] ? 0 : imagesAt[i]);
            figuresBefore[i + 1] = figuresBefore[i] + (figure ? 1 : 0);
        }
        this.prose = joined.toString();
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

    /** Words of the author's prose in the document. */
    int words() {
        return wordsBefore[wordsBefore.length - 1];
    }

    /** Whether blocks [from, to) hold real content: enough words, a code block or an image. */
    boolean substantive(int from, int to, int minWords) {
        return wordsBefore[to] - wordsBefore[from] >= minWords || codeBefore[to] > codeBefore[from]
                || imagesBefore[to] > imagesBefore[from];
    }

    /** Whether blocks [from, to) hold a number, a table or an image. */
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
    private static List<Pattern> present(List<Pattern> patterns, String text) {
        List<Pattern> present = new ArrayList<>();
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                present.add(pattern);
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

    private String clean(TextDocument.Block block, List<Pattern> phrases, List<Pattern> placeholders,
                         ReadmePatterns patterns) {
        String text = block.text();
        if (phrases.isEmpty() && placeholders.isEmpty()) {
            return block.kind() == TextDocument.Kind.CODE ? text : text.replace('\n', ' ');
        }
        char[] chars = text.toCharArray();
        for (Pattern phrase : phrases) {
            Matcher matcher = phrase.matcher(text);
            while (matcher.find()) {
                template = template.or(() -> Optional.of(patterns.templateOf(phrase)));
                blankLine(chars, matcher.start());
            }
        }
        if (block.kind() == TextDocument.Kind.CODE) {
            return new String(chars);
        }
        for (Pattern pattern : placeholders) {
            Matcher matcher = pattern.matcher(text);
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

    private static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space) {
                count += inWord && hasLetter ? 1 : 0;
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(text.charAt(i));
            }
        }
        return count;
    }
}

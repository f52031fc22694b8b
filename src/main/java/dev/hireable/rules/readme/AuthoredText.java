package dev.hireable.rules.readme;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document with what is not the author's own text taken out, computed once: placeholders and template lines are
 * blanked (offsets, and so lines, are kept), template sections are excluded, and running totals of words, code and
 * images let any section be sized in constant time.
 */
final class AuthoredText {

    private final TextDocument document;
    private final String[] clean;
    private final boolean[] excluded;
    private final int[] wordsBefore;
    private final int[] codeBefore;
    private final int[] imagesBefore;
    private final int[] figuresBefore;
    private final int words;
    private Optional<String> template = Optional.empty();
    private Optional<String> placeholder = Optional.empty();

    AuthoredText(TextDocument document, ReadmePatterns patterns) {
        this.document = document;
        int size = document.blocks().size();
        this.clean = new String[size];
        this.excluded = new boolean[size];
        excludeTemplateSections(patterns);
        for (int i = 0; i < size; i++) {
            clean[i] = clean(document.blocks().get(i), patterns);
        }
        this.wordsBefore = new int[size + 1];
        this.codeBefore = new int[size + 1];
        this.imagesBefore = new int[size + 1];
        this.figuresBefore = new int[size + 1];
        int[] imagesAt = new int[size + 1];
        document.images().stream().filter(image -> !patterns.ignoredImage(image.target()))
                .forEach(image -> imagesAt[Math.min(image.block(), size)]++);
        for (int i = 0; i < size; i++) {
            TextDocument.Block block = document.blocks().get(i);
            boolean counted = !excluded[i] && block.kind() != TextDocument.Kind.HEADING;
            boolean code = block.kind() == TextDocument.Kind.CODE;
            wordsBefore[i + 1] = wordsBefore[i] + (counted && !code ? countWords(clean[i]) : 0);
            codeBefore[i + 1] = codeBefore[i] + (counted && code && !clean[i].isBlank() ? 1 : 0);
            imagesBefore[i + 1] = imagesBefore[i] + (excluded[i] ? 0 : imagesAt[i]);
            boolean figure = counted && !code && (block.kind() == TextDocument.Kind.TABLE_ROW && !block.header()
                    || patterns.hasNumber(clean[i]));
            figuresBefore[i + 1] = figuresBefore[i] + (figure ? 1 : 0);
        }
        this.words = wordsBefore[size];
    }

    TextDocument document() {
        return document;
    }

    /** The block's text without placeholders and template lines, line breaks as spaces. */
    String text(int block) {
        return clean[block];
    }

    /** Whether the block is prose or a table row the author wrote (not in a template section). */
    boolean prose(int block) {
        TextDocument.Kind kind = document.blocks().get(block).kind();
        return !excluded[block] && (kind == TextDocument.Kind.PROSE || kind == TextDocument.Kind.TABLE_ROW);
    }

    boolean excluded(int block) {
        return excluded[block];
    }

    /** Words of the author's prose in the document. */
    int words() {
        return words;
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

    private void excludeTemplateSections(ReadmePatterns patterns) {
        for (int i = 0; i < excluded.length; i++) {
            TextDocument.Block block = document.blocks().get(i);
            if (block.kind() != TextDocument.Kind.HEADING) {
                continue;
            }
            String heading = ReadmePatterns.normalizeHeading(block.text());
            for (ReadmePatterns.TemplatePatterns t : patterns.templates()) {
                if (ReadmePatterns.anyFinds(t.headings(), heading)) {
                    template = template.or(() -> Optional.of(t.name()));
                    for (int j = i; j < document.sectionEnd(i); j++) {
                        excluded[j] = true;
                    }
                }
            }
        }
    }

    private String clean(TextDocument.Block block, ReadmePatterns patterns) {
        String text = block.text();
        char[] chars = text.toCharArray();
        for (ReadmePatterns.TemplatePatterns t : patterns.templates()) {
            for (Pattern phrase : t.phrases()) {
                Matcher matcher = phrase.matcher(text);
                while (matcher.find()) {
                    template = template.or(() -> Optional.of(t.name()));
                    blankLine(chars, matcher.start());
                }
            }
        }
        if (block.kind() == TextDocument.Kind.CODE) {
            return new String(chars);
        }
        for (Pattern pattern : patterns.placeholders()) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String found = matcher.group().strip();
                placeholder = placeholder.or(() -> Optional.of(found));
                for (int c = matcher.start(); c < matcher.end(); c++) {
                    chars[c] = chars[c] == '\n' ? '\n' : ' ';
                }
            }
        }
        for (int c = 0; c < chars.length; c++) {
            chars[c] = chars[c] == '\n' ? ' ' : chars[c];
        }
        return new String(chars);
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

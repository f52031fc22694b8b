package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a plain-text README: paragraphs separated by blank lines, and heading-like lines (a short line on its own
 * that does not end a sentence, a short line ending in a colon, or a line in capitals) as headings.
 */
final class PlainTextReader {

    private static final int MAX_HEADING_WORDS = 8;
    private static final int MAX_HEADING_CHARS = 80;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?,;。！？，；]\\s*");
    private static final Pattern BULLET = Pattern.compile("\\s*([-*•]|\\d+[.)])\\s+.*");
    private static final Pattern URL = Pattern.compile("\\s*\\S+://\\S+\\s*");

    TextDocument read(String source) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        List<int[]> paragraphs = paragraphs(lines);
        TextDocument.Builder out = new TextDocument.Builder();
        for (int p = 0; p < paragraphs.size(); p++) {
            int start = paragraphs.get(p)[0];
            int end = paragraphs.get(p)[1];
            boolean last = p == paragraphs.size() - 1;
            if (end - start == 1 && !last && headingLike(lines[start])) {
                out.heading(p == 0 ? 1 : 2, lines[start].strip().replaceAll(":\\s*$", ""), start + 1);
                continue;
            }
            TextDocument.LinedText text = new TextDocument.LinedText(start + 1);
            for (int i = start; i < end; i++) {
                if (i > start) {
                    text.lineBreak();
                }
                text.append(lines[i].strip(), i + 1);
            }
            out.prose(text);
        }
        return out.build(source);
    }

    private static List<int[]> paragraphs(String[] lines) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].isBlank();
            if (blank && start >= 0) {
                paragraphs.add(new int[] {start, i});
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return paragraphs;
    }

    private static boolean headingLike(String line) {
        String text = line.strip();
        if (text.isEmpty()
                || text.length() > MAX_HEADING_CHARS
                || BULLET.matcher(line).matches()
                || URL.matcher(line).matches()) {
            return false;
        }
        int words = text.split("\\s+").length;
        boolean capitals = text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
        return words <= MAX_HEADING_WORDS
                && (text.endsWith(":")
                        || capitals
                        || !SENTENCE_END.matcher(text).matches());
    }
}

package dev.hireable.rules.claims;

import dev.hireable.rules.catalog.RulePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of a README: the lines that match a topic's phrases, outside the sections that hold plans or
 * sources (a heading's sub-headings belong to it) and on lines that neither plan, hedge nor deny. Lines inside code
 * fences count as claims (a {@code docker build} command claims Docker) but never as headings.
 */
final class ClaimReader {

    /** One README line that claims a topic. */
    record Claim(String topic, int line, String text) {}

    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)[\\s#]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern BOLD_HEADING = Pattern.compile("^\\s*\\*\\*([^*]+)\\*\\*\\s*:?\\s*$");
    /** A short line of its own without closing punctuation, e.g. {@code Next steps}: a heading when a list follows. */
    private static final Pattern LABEL_LINE =
            Pattern.compile("^[A-Za-z0-9\\p{L}][^.!?;,|<>\\[\\]()`]{0,58}[^.!?;,\\s]:?\\s*$");

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,2}[.)])\\s+\\S");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern MARKDOWN_INFO = Pattern.compile("(?i)\\s*(?:markdown|md)\\s*");
    /** A bold line is a heading below every Markdown level: the next heading of any kind ends its section. */
    private static final int BOLD_LEVEL = 7;

    private static final int LINES_PER_TOPIC = 2;

    private final ClaimsModule.NotClaims notClaims;
    private final Map<String, ClaimsModule.Topic> topics;

    ClaimReader(ClaimsModule.NotClaims notClaims, Map<String, ClaimsModule.Topic> topics) {
        this.notClaims = notClaims;
        this.topics = topics;
    }

    /** The claims of the text by topic, in the topics' order, at most two lines each. */
    Map<String, List<Claim>> read(String text) {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        boolean fenced = false;
        boolean markdownFence = false;
        int skippedLevel = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                fenced = !fenced;
                // a README pasted whole inside a ```markdown fence is still read as Markdown
                markdownFence = fenced
                        && MARKDOWN_INFO.matcher(line.substring(fence.end())).matches();
                continue;
            }
            int level = fenced && !markdownFence ? 0 : headingLevel(lines, i);
            if (level > 0) {
                if (skippedLevel == 0 || level <= skippedLevel) {
                    skippedLevel = matchesAny(notClaims.headings(), headingText(line)) ? level : 0;
                }
            }
            if (skippedLevel == 0) {
                collect(line, withoutSpans(line), i + 1, claims);
            }
        }
        Map<String, List<Claim>> ordered = new LinkedHashMap<>();
        topics.keySet().stream().filter(claims::containsKey).forEach(topic -> ordered.put(topic, claims.get(topic)));
        return ordered;
    }

    private String withoutSpans(String line) {
        String kept = line;
        for (RulePattern span : notClaims.spans()) {
            kept = span.matcher(kept).replaceAll(" ");
        }
        return kept;
    }

    /** Adds the line as a claim of every topic whose phrases its {@code read} part matches, unless it plans or denies. */
    private void collect(String line, String read, int number, Map<String, List<Claim>> claims) {
        String lower = read.toLowerCase(Locale.ROOT);
        List<String> claimed = new ArrayList<>();
        topics.forEach((id, topic) -> {
            if (claims.getOrDefault(id, List.of()).size() < LINES_PER_TOPIC && topic.claimedBy(read, lower)) {
                claimed.add(id);
            }
        });
        if (!claimed.isEmpty() && !matchesAny(notClaims.lines(), line)) {
            claimed.forEach(
                    id -> claims.computeIfAbsent(id, t -> new ArrayList<>()).add(new Claim(id, number, line.strip())));
        }
    }

    /**
     * The level of a heading on line {@code i} (ATX, setext, a bold line of its own, or a plain label line that a list
     * follows), 0 for other lines.
     */
    private static int headingLevel(String[] lines, int i) {
        Matcher atx = ATX_HEADING.matcher(lines[i]);
        if (atx.matches()) {
            return atx.group(1).length();
        }
        if (!lines[i].isBlank() && i + 1 < lines.length) {
            Matcher underline = SETEXT_UNDERLINE.matcher(lines[i + 1]);
            if (underline.matches()) {
                return underline.group(1).startsWith("=") ? 1 : 2;
            }
        }
        if (BOLD_HEADING.matcher(lines[i]).matches()) {
            return BOLD_LEVEL;
        }
        boolean listFollows =
                i + 1 < lines.length && LIST_ITEM.matcher(lines[i + 1]).find();
        boolean listAbove = i > 0 && LIST_ITEM.matcher(lines[i - 1]).find();
        return listFollows && !listAbove && LABEL_LINE.matcher(lines[i]).matches() ? BOLD_LEVEL : 0;
    }

    private static String headingText(String line) {
        Matcher atx = ATX_HEADING.matcher(line);
        if (atx.matches()) {
            return atx.group(2);
        }
        Matcher bold = BOLD_HEADING.matcher(line);
        return bold.matches() ? bold.group(1) : line;
    }

    private static boolean matchesAny(List<RulePattern> patterns, String text) {
        for (RulePattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}

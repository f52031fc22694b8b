package dev.hireable.rules.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of code that show a tool at work, as a rule file describes them: regular expressions, and literal keywords
 * (case-sensitive, as written in code) of which every matching line contains at least one, so the expressions only
 * run on lines that can match. No keywords means every line is tried.
 */
public record CodeSigns(List<String> keywords, List<Pattern> patterns) {

    public CodeSigns {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The first {@code limit} code lines matching any of the patterns, in file order. */
    public List<CodeLine> find(CodeIndex code, int limit) {
        return patterns.isEmpty() ? List.of() : matching(candidates(code), patterns, limit);
    }

    /** The code lines holding one of the keywords: the only lines any of the patterns can match. */
    public List<CodeLine> candidates(CodeIndex code) {
        if (keywords.isEmpty()) {
            return code.lines();
        }
        List<CodeLine> candidates = new ArrayList<>();
        for (CodeLine line : code.lines()) {
            if (mayMatch(line.text())) {
                candidates.add(line);
            }
        }
        return candidates;
    }

    /** The first {@code limit} of the lines matching any of the patterns. */
    public static List<CodeLine> matching(List<CodeLine> lines, List<Pattern> patterns, int limit) {
        List<CodeLine> found = new ArrayList<>();
        for (CodeLine line : lines) {
            if (found.size() >= limit) {
                break;
            }
            for (Pattern pattern : patterns) {
                if (pattern.matcher(line.text()).find()) {
                    found.add(line);
                    break;
                }
            }
        }
        return found;
    }

    private boolean mayMatch(String text) {
        if (keywords.isEmpty()) {
            return true;
        }
        for (String keyword : keywords) {
            if (text.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}

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
        List<CodeLine> found = new ArrayList<>();
        if (patterns.isEmpty()) {
            return found;
        }
        for (CodeLine line : code.lines()) {
            if (found.size() >= limit) {
                break;
            }
            if (mayMatch(line.text()) && patterns.stream().anyMatch(p -> p.matcher(line.text()).find())) {
                found.add(line);
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

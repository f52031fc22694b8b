package dev.hireable.rules.dockerfile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile as instructions grouped into build stages. Parsing follows the Dockerfile reference: parser
 * directives (a custom {@code # escape=} character), line continuations, comment and blank lines dropped (also
 * inside a continuation), and heredoc bodies ({@code RUN <<EOF ... EOF}) skipped.
 *
 * @param preamble instructions before the first FROM (global ARGs)
 */
record ParsedDockerfile(List<Instruction> preamble, List<Stage> stages) {

    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([A-Za-z]+)\\s*=\\s*(\\S+)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");
    private static final List<String> HEREDOC_KEYWORDS = List.of("RUN", "COPY", "ADD");
    /** A stage named by its index, written as Docker writes it (no sign, no leading zero). */
    private static final Pattern STAGE_INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** One instruction, its keyword upper-cased, its arguments as written (continuations joined). */
    record Instruction(String keyword, String arguments, int line) {

        String text() {
            return keyword + " " + arguments;
        }
    }

    /**
     * One build stage: its FROM instruction and what follows it.
     *
     * @param image the image (or earlier stage) named by FROM, build flags left out
     */
    record Stage(int index, Instruction from, String image, Optional<String> alias, List<Instruction> instructions) {

        /** The last instruction with this keyword in the stage. */
        Optional<Instruction> last(String keyword) {
            for (int i = instructions.size() - 1; i >= 0; i--) {
                if (instructions.get(i).keyword().equals(keyword)) {
                    return Optional.of(instructions.get(i));
                }
            }
            return Optional.empty();
        }

        List<Instruction> all(String keyword) {
            return instructions.stream()
                    .filter(i -> i.keyword().equals(keyword))
                    .toList();
        }
    }

    ParsedDockerfile {
        preamble = List.copyOf(preamble);
        stages = List.copyOf(stages);
    }

    static ParsedDockerfile parse(String text) {
        String[] lines = text.split("\\R", -1);
        char escape = '\\';
        int i = 0;
        for (; i < lines.length; i++) {
            Matcher directive = DIRECTIVE.matcher(lines[i].strip());
            if (!directive.matches()) {
                break;
            }
            if (directive.group(1).equalsIgnoreCase("escape")) {
                escape = directive.group(2).charAt(0);
            }
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                start = i + 1;
            }
            if (stripped.charAt(stripped.length() - 1) == escape) {
                current.append(stripped.substring(0, stripped.length() - 1).strip())
                        .append(' ');
                continue;
            }
            current.append(stripped);
            Instruction instruction = instruction(current.toString(), start);
            current = null;
            instructions.add(instruction);
            if (HEREDOC_KEYWORDS.contains(instruction.keyword())) {
                i = skipHeredocs(instruction.arguments(), lines, i);
            }
        }
        if (current != null) {
            instructions.add(instruction(current.toString(), start));
        }
        return group(instructions);
    }

    /** The final stage, then the earlier stages it is built FROM, in order. Linear in the number of stages. */
    List<Stage> finalChain() {
        List<Stage> chain = new ArrayList<>();
        if (stages.isEmpty()) {
            return chain;
        }
        Map<String, Integer> firstByAlias = new HashMap<>();
        stages.forEach(s -> s.alias().ifPresent(a -> firstByAlias.putIfAbsent(a.toLowerCase(Locale.ROOT), s.index())));
        BitSet visited = new BitSet(stages.size());
        Stage stage = stages.get(stages.size() - 1);
        while (stage != null && !visited.get(stage.index())) {
            visited.set(stage.index());
            chain.add(stage);
            stage = parentOf(stage, firstByAlias).orElse(null);
        }
        return chain;
    }

    /** The first earlier stage the FROM names, by alias (case-insensitive) or by index. */
    private Optional<Stage> parentOf(Stage stage, Map<String, Integer> firstByAlias) {
        int byAlias = firstByAlias.getOrDefault(stage.image().toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
        int byIndex =
                STAGE_INDEX.matcher(stage.image()).matches() ? Integer.parseInt(stage.image()) : Integer.MAX_VALUE;
        int parent = Math.min(byAlias, byIndex);
        return parent < stage.index() ? Optional.of(stages.get(parent)) : Optional.empty();
    }

    private static Instruction instruction(String logicalLine, int line) {
        String trimmed = logicalLine.strip();
        int space = firstWhitespace(trimmed);
        String keyword = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        String arguments = space < 0 ? "" : trimmed.substring(space).strip();
        return new Instruction(keyword, arguments, line);
    }

    private static int skipHeredocs(String arguments, String[] lines, int at) {
        Matcher heredoc = HEREDOC.matcher(arguments);
        int i = at;
        while (heredoc.find()) {
            String delimiter = heredoc.group(2);
            i++;
            while (i < lines.length && !lines[i].strip().equals(delimiter)) {
                i++;
            }
        }
        return i;
    }

    private static ParsedDockerfile group(List<Instruction> instructions) {
        List<Instruction> preamble = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                if (from != null) {
                    stages.add(stage(stages.size(), from, body));
                }
                from = instruction;
                body = new ArrayList<>();
            } else if (from == null) {
                preamble.add(instruction);
            } else {
                body.add(instruction);
            }
        }
        if (from != null) {
            stages.add(stage(stages.size(), from, body));
        }
        return new ParsedDockerfile(preamble, stages);
    }

    private static Stage stage(int index, Instruction from, List<Instruction> body) {
        List<String> words = List.of(from.arguments().split("\\s+")).stream()
                .filter(w -> !w.isEmpty() && !w.startsWith("--"))
                .toList();
        String image = words.isEmpty() ? "" : words.get(0);
        Optional<String> alias =
                words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? Optional.of(words.get(2)) : Optional.empty();
        return new Stage(index, from, image, alias, List.copyOf(body));
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

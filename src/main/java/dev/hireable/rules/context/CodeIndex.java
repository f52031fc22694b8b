package dev.hireable.rules.context;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hireable.concurrent.SideBySide;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.JsonTrees;
import dev.hireable.snapshot.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's own code, read once: .py files and the code cells of notebooks. Searches skip comment lines so
 * that a commented-out call does not count. Files that could not be read are kept, with the reason, so rules can
 * answer {@code unknown} instead of guessing. Texts are kept whole (with a lower-case copy for the literal
 * prefilter) rather than split into line objects: a 20,000-file repository stays small in memory.
 */
public final class CodeIndex {

    /**
     * What each rule pattern costs to prepare (its line-anchored copy, its literal hints), worked out once per run
     * rather than once per repository: 1,000 repositories ask for the same few hundred patterns. Patterns are keyed by
     * identity (a Pattern has no value equality); the rule vocabularies hold them for the whole run.
     */
    private static final Map<RulePattern, RulePattern> LINE_ANCHORED = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Map<RulePattern, List<Hint>> LITERAL_HINTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PREPARED = 10_000;

    /** A code file and why it gave no code, if it did not. */
    public record CodeFile(String path, boolean notebook, Optional<String> problem) {}

    /**
     * A function definition that holds a line of code.
     *
     * @param line      the line of the {@code def}
     * @param decorated whether decorators sit on it: a framework (a route, a task, a flow) calls it, not the code
     */
    public record Function(String name, CodeLine line, boolean decorated) {}

    private static final Pattern DEF = Pattern.compile("^(\\s*)(?:async\\s+)?def\\s+(\\w+)");
    private static final Pattern CLASS = Pattern.compile("^\\s*class\\s");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*[)\\]}]");

    /** The text of one .py file or one notebook code cell (cell 0 for a .py file). */
    private record Source(
            String path, int cell, String text, String lowerText, Trigrams trigrams, BlockLineBreaks lineBreaks) {
        Source(String path, int cell, String text) {
            this(path, cell, text, text.toLowerCase(Locale.ROOT));
        }

        private Source(String path, int cell, String text, String lowerText) {
            this(path, cell, text, lowerText, Trigrams.of(lowerText), BlockLineBreaks.of(text));
        }
    }

    private final List<CodeFile> files;
    private final List<Source> sources;
    private final Map<String, List<Source>> byPath = new java.util.HashMap<>();

    private CodeIndex(List<CodeFile> files, List<Source> sources) {
        this.files = List.copyOf(files);
        this.sources = List.copyOf(sources);
        this.sources.forEach(source ->
                byPath.computeIfAbsent(source.path(), p -> new ArrayList<>()).add(source));
    }

    static CodeIndex build(Snapshot snapshot, SourceVocabulary vocabulary) {
        return build(snapshot, vocabulary, FileIndex.build(snapshot.tree(), vocabulary));
    }

    /** Reads the code files among {@code own}, the repository's files outside vendored folders. */
    static CodeIndex build(Snapshot snapshot, SourceVocabulary vocabulary, FileIndex own) {
        List<CodeFile> files = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        // reads stay in tree order (the read budget must fall on the same files every time); decoding is shared out
        List<FileEntry> scripts = own.matching(vocabulary.codeFiles());
        List<FileContent> contents =
                scripts.stream().map(entry -> snapshot.read(entry.path())).toList();
        Source[] read = new Source[scripts.size()];
        SideBySide.forEachIndex(read.length, i -> {
            if (contents.get(i) instanceof FileContent.Text text) {
                read[i] = new Source(scripts.get(i).path(), 0, text.text());
            }
        });
        for (int i = 0; i < read.length; i++) {
            if (read[i] != null) {
                sources.add(read[i]);
            }
            files.add(new CodeFile(
                    scripts.get(i).path(),
                    false,
                    read[i] != null
                            ? Optional.empty()
                            : Optional.of(contents.get(i).explanation())));
        }
        for (FileEntry entry : own.matching(vocabulary.notebookFiles())) {
            FileContent content = snapshot.read(entry.path());
            Optional<String> problem = content instanceof FileContent.Text text
                    ? addNotebookCells(entry.path(), text.text(), sources)
                    : Optional.of(content.explanation());
            files.add(new CodeFile(entry.path(), true, problem));
        }
        return new CodeIndex(files, sources);
    }

    public List<CodeFile> files() {
        return files;
    }

    /** Code files that could not be read or parsed. */
    public List<CodeFile> problems() {
        return files.stream().filter(f -> f.problem().isPresent()).toList();
    }

    /**
     * Hands each code text to {@code action} with its path: a .py file whole, a notebook cell by cell. For scans that
     * look at a file's words rather than its lines.
     */
    public void forEachText(java.util.function.BiConsumer<String, String> action) {
        sources.forEach(source -> action.accept(source.path(), source.text()));
    }

    /** How many non-blank, non-comment lines a code file has (all its cells for a notebook); 0 when it was not read. */
    public int codeLineCount(String path) {
        int count = 0;
        for (Source source : byPath.getOrDefault(path, List.of())) {
            for (String line : source.text().split("\n", -1)) {
                count += isBlankOrComment(line) ? 0 : 1;
            }
        }
        return count;
    }

    /** Every non-blank, non-comment line, in file order. */
    public List<CodeLine> lines() {
        List<CodeLine> lines = new ArrayList<>();
        sources.forEach(source -> addLines(source, lines));
        return lines;
    }

    /** The non-blank, non-comment lines of one file: a .py file, or every code cell of a notebook in order. */
    public List<CodeLine> lines(String path) {
        List<CodeLine> lines = new ArrayList<>();
        byPath.getOrDefault(path, List.of()).forEach(source -> addLines(source, lines));
        return lines;
    }

    private static void addLines(Source source, List<CodeLine> lines) {
        int number = 0;
        for (String line : source.text().split("\\R", -1)) {
            number++;
            if (!isBlankOrComment(line)) {
                lines.add(new CodeLine(source.path(), number, line, source.cell()));
            }
        }
    }

    /**
     * Lines matching the pattern, at most one hit per line, comment lines skipped. {@code hint} is a lower-case
     * literal every match must contain; files without it are not searched.
     */
    public List<CodeLine> find(String hint, RulePattern pattern) {
        List<Hint> hints = hint.isEmpty() ? hintsOf(pattern) : List.of(Hint.of(hint.toLowerCase(Locale.ROOT)));
        RulePattern anchored = multiline(pattern);
        List<CodeLine> found = new ArrayList<>();
        for (Source source : sources) {
            search(source, hints, anchored, found);
        }
        return found;
    }

    /** Searches one text: the lines holding any of the hints, or the whole text when no hint is known. */
    private static void search(Source source, List<Hint> hints, RulePattern anchored, List<CodeLine> found) {
        if (Hint.noneAmong(hints)) {
            searchWhole(source, anchored, found);
        } else if (hints.size() == 1) {
            searchLinesWithHint(source, hints.get(0), anchored, found);
        } else {
            List<CodeLine> own = new ArrayList<>();
            hints.forEach(hint -> searchLinesWithHint(source, hint, anchored, own));
            own.stream()
                    .distinct()
                    .sorted(java.util.Comparator.comparingInt(CodeLine::line))
                    .forEach(found::add);
        }
    }

    /**
     * Texts of which every match of the pattern holds one (see {@link LiteralHint}); {@code [Hint.NONE]} when none is
     * known.
     */
    private static List<Hint> hintsOf(RulePattern pattern) {
        return prepared(
                LITERAL_HINTS,
                pattern,
                p -> CodeCue.of(p).hints().stream().map(Hint::of).toList());
    }

    /** A lower-case literal looked for in the texts, with its trigrams hashed once for all of them. */
    private record Hint(String text, int[] trigrams) {
        static final Hint NONE = new Hint("", null);

        static Hint of(String text) {
            return text.isEmpty() ? NONE : new Hint(text, Trigrams.hashes(text));
        }

        /** Whether {@link #NONE} is among the hints, by identity: a record's generated equals is linked on first call. */
        static boolean noneAmong(List<Hint> hints) {
            for (Hint hint : hints) {
                if (hint == NONE) {
                    return true;
                }
            }
            return false;
        }
    }

    private static <T> T prepared(
            Map<RulePattern, T> cache, RulePattern pattern, java.util.function.Function<RulePattern, T> prepare) {
        T known = cache.get(pattern);
        if (known != null) {
            return known;
        }
        T value = prepare.apply(pattern);
        if (cache.size() < MAX_PREPARED) {
            cache.putIfAbsent(pattern, value);
        }
        return value;
    }

    /**
     * Every match holds the hint, so only the lines holding it are matched, and only the blocks of the text that may
     * hold it are scanned for it: most of a file is never read.
     */
    private static void searchLinesWithHint(Source source, Hint hint, RulePattern pattern, List<CodeLine> found) {
        Trigrams trigrams = source.trigrams();
        int block = trigrams.nextBlock(hint.trigrams(), 0);
        if (block < 0) {
            return;
        }
        String text = source.text();
        String lower = source.lowerText();
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        int lineNumber = 1;
        int counted = 0;
        int from = 0;
        while (block >= 0) {
            int blockStart = block * Trigrams.BLOCK;
            int at = indexOf(lower, hint.text(), Math.max(from, blockStart), blockStart + Trigrams.BLOCK);
            if (at < 0) {
                block = trigrams.nextBlock(hint.trigrams(), block + 1);
                continue;
            }
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            lineNumber = lineStart - counted > Trigrams.BLOCK
                    ? 1 + source.lineBreaks().before(text, lineStart)
                    : lineNumber + BlockLineBreaks.count(text, counted, lineStart);
            counted = lineStart;
            matcher.region(lineStart, lineEnd);
            if (matcher.find()) {
                addLine(source, text, lineStart, lineEnd, lineNumber, found);
            }
            from = lineEnd + 1;
            if (from >= blockStart + Trigrams.BLOCK) {
                block = trigrams.nextBlock(hint.trigrams(), from / Trigrams.BLOCK);
            }
        }
    }

    /** Where {@code hint} first starts in [from, end) of the text, or -1. */
    private static int indexOf(String text, String hint, int from, int end) {
        char first = hint.charAt(0);
        int last = Math.min(end, text.length() - hint.length() + 1);
        for (int at = text.indexOf(first, from); at >= 0 && at < last; at = text.indexOf(first, at + 1)) {
            if (text.startsWith(hint, at)) {
                return at;
            }
        }
        return -1;
    }

    private static void searchWhole(Source source, RulePattern pattern, List<CodeLine> found) {
        String text = source.text();
        Matcher matcher = pattern.matcher(text);
        int searchFrom = 0;
        while (searchFrom <= text.length() && matcher.find(searchFrom)) {
            int lineStart = matcher.start() == 0 ? 0 : text.lastIndexOf('\n', matcher.start() - 1) + 1;
            int lineEnd = text.indexOf('\n', matcher.start());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            addLine(source, text, lineStart, lineEnd, 1 + source.lineBreaks().before(text, lineStart), found);
            searchFrom = lineEnd + 1;
        }
    }

    private static void addLine(
            Source source, String text, int lineStart, int lineEnd, int lineNumber, List<CodeLine> found) {
        String line = text.substring(lineStart, lineEnd).replace("\r", "");
        if (!isBlankOrComment(line)) {
            found.add(new CodeLine(source.path(), lineNumber, line, source.cell()));
        }
    }

    public List<CodeLine> find(RulePattern pattern) {
        return find("", pattern);
    }

    /** Lines matching the pattern in the given files only (e.g. the files that import a library). */
    public List<CodeLine> findIn(java.util.Collection<String> paths, RulePattern pattern) {
        List<Hint> hints = hintsOf(pattern);
        RulePattern anchored = multiline(pattern);
        List<CodeLine> found = new ArrayList<>();
        for (Source source : sources) {
            if (paths.contains(source.path())) {
                search(source, hints, anchored, found);
            }
        }
        return found;
    }

    /**
     * The function whose body holds the line, if any: the nearest {@code def} above it with less indentation, found by
     * walking up the file (or notebook cell). Empty for module-level code and for class bodies.
     */
    public Optional<Function> enclosingFunction(CodeLine line) {
        Optional<Source> source = sourceOf(line);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = source.get().text().split("\\n", -1);
        int indent = indentation(line.text());
        for (int i = line.line() - 2; i >= 0 && indent > 0; i--) {
            String above = lines[i];
            // a line that opens with a closing bracket ends a statement written over several lines (a long def)
            if (isBlankOrComment(above)
                    || indentation(above) >= indent
                    || CONTINUATION.matcher(above).find()) {
                continue;
            }
            indent = indentation(above);
            Matcher def = DEF.matcher(above);
            if (def.find()) {
                boolean decorated = i > 0 && lines[i - 1].strip().startsWith("@");
                return Optional.of(new Function(
                        def.group(2),
                        new CodeLine(line.path(), i + 1, above.replace("\r", ""), line.cell()),
                        decorated));
            }
            if (CLASS.matcher(above).find()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The statement that starts at the line: the line and the lines after it until its brackets close, at most
     * {@code maxLines} lines. A call written over several lines is read whole.
     */
    public String statement(CodeLine line, int maxLines) {
        Optional<Source> source = sourceOf(line);
        if (source.isEmpty()) {
            return line.text();
        }
        String[] lines = source.get().text().split("\\n", -1);
        StringBuilder statement = new StringBuilder();
        int depth = 0;
        for (int i = line.line() - 1; i < lines.length && i < line.line() - 1 + maxLines; i++) {
            statement.append(lines[i]).append('\n');
            for (char c : lines[i].toCharArray()) {
                depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            }
            if (depth <= 0) {
                break;
            }
        }
        return statement.toString();
    }

    private Optional<Source> sourceOf(CodeLine line) {
        return byPath.getOrDefault(line.path(), List.of()).stream()
                .filter(s -> s.cell() == line.cell())
                .findFirst();
    }

    private static int indentation(String line) {
        int count = 0;
        while (count < line.length() && (line.charAt(count) == ' ' || line.charAt(count) == '\t')) {
            count++;
        }
        return count;
    }

    /** Patterns are written per line ({@code ^} and {@code $} at line ends), so they run in MULTILINE mode. */
    private static RulePattern multiline(RulePattern pattern) {
        if ((pattern.flags() & Pattern.MULTILINE) != 0) {
            return pattern;
        }
        return prepared(LINE_ANCHORED, pattern, p -> p.withFlags(Pattern.MULTILINE));
    }

    private static boolean isBlankOrComment(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#");
    }

    /**
     * Adds the code cells of a notebook, read as a stream of JSON tokens: outputs (often most of a notebook's bytes, as
     * base64 images) are skipped without building a tree. The whole document is still read, so malformed JSON anywhere
     * is reported.
     */
    private static Optional<String> addNotebookCells(String path, String json, List<Source> out) {
        List<Source> cells = new ArrayList<>();
        boolean hasCells;
        try (JsonParser parser = JsonTrees.JSON.createParser(json)) {
            hasCells = readNotebook(parser, path, cells);
        } catch (IOException e) {
            return Optional.of(path + " is not a valid notebook (malformed JSON)");
        }
        if (!hasCells) {
            return Optional.of(path + " is not a valid notebook (no cells)");
        }
        out.addAll(cells);
        return Optional.empty();
    }

    /** Reads the root object; whether it has an array of cells (the last {@code cells} field counts, as in a tree). */
    private static boolean readNotebook(JsonParser parser, String path, List<Source> out) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return false;
        }
        boolean hasCells = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("cells".equals(field)) {
                out.clear();
                hasCells = value == JsonToken.START_ARRAY;
                if (hasCells) {
                    readCells(parser, path, out);
                    continue;
                }
            }
            parser.skipChildren();
        }
        return hasCells;
    }

    private static void readCells(JsonParser parser, String path, List<Source> out) throws IOException {
        int number = 0;
        for (JsonToken cell = next(parser); cell != JsonToken.END_ARRAY; cell = next(parser)) {
            number++;
            if (cell != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            String type = "";
            String source = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("cell_type".equals(field)) {
                    type = value.isScalarValue() ? parser.getText() : "";
                    parser.skipChildren();
                } else if ("source".equals(field)) {
                    source = value == JsonToken.START_ARRAY ? joined(parser) : text(parser, value);
                } else {
                    parser.skipChildren();
                }
            }
            if ("code".equals(type) && source != null) {
                out.add(new Source(path, number, source));
            }
        }
    }

    /** The parts of a source array, joined as nbformat writes a cell: one string per line. */
    private static String joined(JsonParser parser) throws IOException {
        StringBuilder joined = new StringBuilder();
        for (JsonToken part = next(parser); part != JsonToken.END_ARRAY; part = next(parser)) {
            joined.append(text(parser, part));
        }
        return joined.toString();
    }

    /** The next token; the parser reports an unclosed array itself, this guards the loops should it not. */
    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new java.io.EOFException("the notebook ends inside an array");
        }
        return token;
    }

    /** A scalar's text (a number or {@code null} as written); an object or array, which has none, is skipped. */
    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value.isScalarValue()) {
            return parser.getText();
        }
        parser.skipChildren();
        return "";
    }
}

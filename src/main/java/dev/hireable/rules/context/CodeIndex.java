package dev.hireable.rules.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every line of the repository's own code, read once: .py files and the code cells of notebooks. Comment lines
 * are left out so that a commented-out call does not count. Files that could not be read are kept, with the
 * reason, so rules can answer {@code unknown} instead of guessing.
 */
public final class CodeIndex {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A code file and why it gave no lines, if it did not. */
    public record CodeFile(String path, boolean notebook, Optional<String> problem) {
    }

    private final List<CodeFile> files;
    private final List<CodeLine> lines;

    private CodeIndex(List<CodeFile> files, List<CodeLine> lines) {
        this.files = List.copyOf(files);
        this.lines = List.copyOf(lines);
    }

    static CodeIndex build(Snapshot snapshot, SourceVocabulary vocabulary) {
        List<CodeFile> files = new ArrayList<>();
        List<CodeLine> lines = new ArrayList<>();
        for (FileEntry entry : snapshot.tree().matching(vocabulary.codeGlobs())) {
            if (vocabulary.isVendored(entry.path())) {
                continue;
            }
            FileContent content = snapshot.read(entry.path());
            if (content instanceof FileContent.Text text) {
                addScriptLines(entry.path(), text.text(), 0, lines);
                files.add(new CodeFile(entry.path(), false, Optional.empty()));
            } else {
                files.add(new CodeFile(entry.path(), false, Optional.of(content.explanation())));
            }
        }
        for (FileEntry entry : snapshot.tree().matching(vocabulary.notebookGlobs())) {
            if (vocabulary.isVendored(entry.path())) {
                continue;
            }
            FileContent content = snapshot.read(entry.path());
            Optional<String> problem = content instanceof FileContent.Text text
                    ? addNotebookLines(entry.path(), text.text(), lines)
                    : Optional.of(content.explanation());
            files.add(new CodeFile(entry.path(), true, problem));
        }
        return new CodeIndex(files, lines);
    }

    public List<CodeFile> files() {
        return files;
    }

    public List<CodeLine> lines() {
        return lines;
    }

    /** Code files that could not be read or parsed. */
    public List<CodeFile> problems() {
        return files.stream().filter(f -> f.problem().isPresent()).toList();
    }

    /**
     * Lines matching the pattern. {@code hint} is a lower-case literal every match must contain; it keeps the
     * regular expression off the lines that cannot match.
     */
    public List<CodeLine> find(String hint, Pattern pattern) {
        String lowerHint = hint.toLowerCase(Locale.ROOT);
        List<CodeLine> found = new ArrayList<>();
        for (CodeLine line : lines) {
            if ((lowerHint.isEmpty() || line.text().toLowerCase(Locale.ROOT).contains(lowerHint))
                    && pattern.matcher(line.text()).find()) {
                found.add(line);
            }
        }
        return found;
    }

    public List<CodeLine> find(Pattern pattern) {
        return find("", pattern);
    }

    private static void addScriptLines(String path, String text, int cell, List<CodeLine> out) {
        int number = 0;
        for (String line : text.split("\\R", -1)) {
            number++;
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                out.add(new CodeLine(path, number, line, cell));
            }
        }
    }

    private static Optional<String> addNotebookLines(String path, String json, List<CodeLine> out) {
        JsonNode notebook;
        try {
            notebook = JSON.readTree(json);
        } catch (IOException e) {
            return Optional.of(path + " is not a valid notebook (malformed JSON)");
        }
        JsonNode cells = notebook == null ? null : notebook.get("cells");
        if (cells == null || !cells.isArray()) {
            return Optional.of(path + " is not a valid notebook (no cells)");
        }
        int number = 0;
        for (JsonNode cell : cells) {
            number++;
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            JsonNode source = cell.get("source");
            String text;
            if (source == null) {
                continue;
            } else if (source.isArray()) {
                StringBuilder joined = new StringBuilder();
                source.forEach(part -> joined.append(part.asText()));
                text = joined.toString();
            } else {
                text = source.asText();
            }
            addScriptLines(path, text, number, out);
        }
        return Optional.empty();
    }
}

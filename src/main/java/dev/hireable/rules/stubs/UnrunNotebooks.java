package dev.hireable.rules.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.rules.context.usage.FileSearch;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import dev.hireable.snapshot.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Notebooks committed with every code cell unrun: no outputs and no execution count. Only notebooks without an
 * execution count are parsed; none count when the repository strips outputs on purpose.
 */
final class UnrunNotebooks {

    /** The notebooks checked (0 when outputs are stripped on purpose) and the unrun ones. */
    record Found(int checked, List<String> unrun) {}

    private final StubsModule.Notebooks vocabulary;
    private final List<Glob> notFiles;

    UnrunNotebooks(StubsModule.Notebooks vocabulary) {
        this.vocabulary = vocabulary;
        this.notFiles = vocabulary.notFiles().stream().map(Glob::of).toList();
    }

    Found find(RepoContext context) {
        boolean strippedOnPurpose = vocabulary.stripped().stream()
                .anyMatch(signature -> !FileSearch.of(context, FileIndex.of(context), signature)
                        .hits()
                        .isEmpty());
        if (strippedOnPurpose) {
            return new Found(0, List.of());
        }
        List<FileEntry> notebooks = context.files(context.sources().notebookGlobs()).stream()
                .filter(notebook -> notFiles.stream().noneMatch(glob -> glob.matches(notebook.path())))
                .toList();
        List<String> unrun = new ArrayList<>();
        for (FileEntry notebook : notebooks) {
            context.text(notebook.path())
                    .filter(text -> !vocabulary.ran().matcher(text).find())
                    .filter(this::unrun)
                    .ifPresent(text -> unrun.add(notebook.path()));
        }
        return new Found(notebooks.size(), unrun);
    }

    /** Enough code cells, none with an output or an execution count; false for a file that is not a notebook. */
    private boolean unrun(String json) {
        JsonNode cells;
        try {
            cells = JsonTrees.parse(JsonTrees.JSON, json).path("cells");
        } catch (IOException e) {
            return false;
        }
        int code = 0;
        for (JsonNode cell : cells) {
            if (!"code".equals(cell.path("cell_type").asText()) || source(cell).isBlank()) {
                continue;
            }
            code++;
            JsonNode outputs = cell.path("outputs");
            if (outputs.size() > 0
                    || !cell.path("execution_count").isNull()
                            && !cell.path("execution_count").isMissingNode()) {
                return false;
            }
        }
        return code >= vocabulary.minCodeCells();
    }

    private static String source(JsonNode cell) {
        JsonNode source = cell.path("source");
        if (source.isArray()) {
            StringBuilder joined = new StringBuilder();
            source.forEach(part -> joined.append(part.asText()));
            return joined.toString();
        }
        return source.asText();
    }
}

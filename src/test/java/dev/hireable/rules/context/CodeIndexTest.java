package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.testing.RuleFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeIndexTest {

    private final RuleFixtures fixtures = new RuleFixtures();

    @TempDir
    Path repo;

    @Test
    void enclosingFunctionLooksPastAMultiLineSignature() throws IOException {
        write(
                "drift.py",
                "def detect(\n    reference,\n    current,\n) -> dict:\n    if reference is None:\n        return {}\n"
                        + "    report = Report()\n    return report\n");
        CodeIndex code = index();
        CodeLine report = code.find("report", RulePattern.compile("Report\\(")).get(0);

        assertThat(code.enclosingFunction(report)).hasValueSatisfying(f -> {
            assertThat(f.name()).isEqualTo("detect");
            assertThat(f.line().line()).isEqualTo(1);
            assertThat(f.decorated()).isFalse();
        });
    }

    @Test
    void moduleLevelCodeAndClassBodiesHaveNoEnclosingFunction() throws IOException {
        write("app.py", "counter = Counter()\n\nclass Metrics:\n    latency = Histogram()\n");
        CodeIndex code = index();

        assertThat(code.enclosingFunction(
                        code.find("counter", RulePattern.compile("Counter\\(")).get(0)))
                .isEmpty();
        assertThat(code.enclosingFunction(code.find("histogram", RulePattern.compile("Histogram\\("))
                        .get(0)))
                .isEmpty();
    }

    @Test
    void decoratedFunctionIsMarkedDecorated() throws IOException {
        write("api.py", "@app.get(\"/drift\")\ndef drift():\n    return Report()\n");
        CodeIndex code = index();

        assertThat(code.enclosingFunction(
                        code.find("report", RulePattern.compile("Report\\(")).get(0)))
                .hasValueSatisfying(f -> assertThat(f.decorated()).isTrue());
    }

    @Test
    void statementReadsACallWrittenOverSeveralLines() throws IOException {
        write("upload.py", "api.upload_folder(\n    repo_id=\"a/b\",\n    repo_type=\"space\",\n)\nprint(1)\n");
        CodeIndex code = index();

        String statement = code.statement(
                code.find("upload_folder", RulePattern.compile("upload_folder\\("))
                        .get(0),
                12);

        assertThat(statement).contains("repo_type=\"space\"").doesNotContain("print");
    }

    @Test
    void findReportsLineNumbersAndSkipsCommentedOutCalls() throws IOException {
        write(
                "src/train.py",
                "import mlflow\n\n# mlflow.log_metric('old', 1)\nwith mlflow.start_run():\n    mlflow.log_metric('auc', 0.9)\n");

        List<CodeLine> hits = index().find("mlflow", RulePattern.compile("mlflow\\.log_metric\\("));

        assertThat(hits).containsExactly(new CodeLine("src/train.py", 5, "    mlflow.log_metric('auc', 0.9)", 0));
    }

    @Test
    void aLongFileIsSearchedInEveryPartWithItsLineNumbers() throws IOException {
        // filler, with calls near the start, across two of the places a long text is split, and at the very end:
        // nowhere else, so the part before such a split holds only the start of a call's name
        StringBuilder text = new StringBuilder();
        List<Integer> expected = new java.util.ArrayList<>();
        for (int split = 2; split <= 4; split += 2) {
            int nameStart = split * Trigrams.BLOCK - 3;
            while (nameStart - text.length() > 60) {
                int line = lineCount(text) + 1;
                text.append(line == 3 ? "x = mlflow.log_metric('auc', 3)\n" : "value = compute(" + line + ")\n");
                if (line == 3) {
                    expected.add(3);
                }
            }
            text.append("v".repeat(nameStart - text.length() - "x = ".length() - 1))
                    .append('\n');
            text.append("x = mlflow.log_metric('auc', ").append(split).append(")\n");
            assertThat(text.indexOf("mlflow", nameStart - 10)).isEqualTo(nameStart);
            expected.add(lineCount(text));
        }
        for (int i = 0; i < 300; i++) {
            text.append("value = compute(").append(i).append(")\n");
        }
        text.append("mlflow.log_metric('last', 1)");
        expected.add(lineCount(text) + 1);
        write("train.py", text.toString());

        List<CodeLine> hits = index().find("mlflow", RulePattern.compile("mlflow\\.log_metric\\("));

        assertThat(hits).extracting(CodeLine::line).containsExactlyElementsOf(expected);
        String[] lines = text.toString().split("\n", -1);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.text()).isEqualTo(lines[hit.line() - 1]));
    }

    private static int lineCount(CharSequence text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    @Test
    void caretAnchorsAtEveryLineStart() throws IOException {
        write("app.py", "x = 1\nfrom fastapi import FastAPI\n");

        assertThat(index().find("fastapi", RulePattern.compile("^from fastapi import")))
                .extracting(CodeLine::line)
                .containsExactly(2);
    }

    @Test
    void notebookCodeCellsAreSearchedAndMarkdownCellsAreNot() throws IOException {
        write("nb/explore.ipynb", """
                {"cells": [
                  {"cell_type": "markdown", "source": ["We use mlflow.autolog() later"]},
                  {"cell_type": "code", "source": ["import mlflow\\n", "mlflow.autolog()"]}
                ], "nbformat": 4}
                """);

        List<CodeLine> hits = index().find("autolog", RulePattern.compile("mlflow\\.autolog\\("));

        assertThat(hits).containsExactly(new CodeLine("nb/explore.ipynb", 2, "mlflow.autolog()", 2));
        assertThat(hits.get(0).evidence().snippet()).contains("cell 2: mlflow.autolog()");
    }

    @Test
    void malformedNotebookIsAProblemNotACrash() throws IOException {
        write("broken.ipynb", "{\"cells\": [");

        CodeIndex index = index();

        assertThat(index.problems())
                .singleElement()
                .satisfies(f -> assertThat(f.problem())
                        .hasValueSatisfying(p -> assertThat(p).contains("malformed JSON")));
    }

    @Test
    void notebookCellsAreReadWhateverTheOrderOfTheirFieldsAndOutputsAreSkipped() throws IOException {
        write("nb/train.ipynb", """
                {"metadata": {"kernelspec": {"name": "python3"}}, "cells": [
                  {"source": "import mlflow\\nmlflow.autolog()", "outputs": [{"data": {"image/png": "iVBORw0KGgo=",
                   "text/plain": ["mlflow.autolog() in an output"]}}], "cell_type": "code"},
                  {"cell_type": "raw", "source": ["mlflow.autolog()"]},
                  {"cell_type": "code", "source": ["x = 1\\n", "mlflow.autolog()"]}
                ], "nbformat": 4}
                """);

        List<CodeLine> hits = index().find("autolog", RulePattern.compile("mlflow\\.autolog\\("));

        assertThat(hits)
                .containsExactly(
                        new CodeLine("nb/train.ipynb", 2, "mlflow.autolog()", 1),
                        new CodeLine("nb/train.ipynb", 2, "mlflow.autolog()", 3));
    }

    @Test
    void notebookWithoutCellsIsAProblem() throws IOException {
        write("empty.ipynb", "{\"cells\": null, \"nbformat\": 4}");

        assertThat(index().problems())
                .singleElement()
                .satisfies(f -> assertThat(f.problem())
                        .hasValueSatisfying(p -> assertThat(p).contains("no cells")));
    }

    @Test
    void notebookMalformedAfterItsCellsIsAProblem() throws IOException {
        write("cut.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import os\"]}], \"metadata\": {");

        CodeIndex index = index();

        assertThat(index.problems())
                .singleElement()
                .satisfies(f -> assertThat(f.problem())
                        .hasValueSatisfying(p -> assertThat(p).contains("malformed JSON")));
        assertThat(index.find("import", RulePattern.compile("import os"))).isEmpty();
    }

    @Test
    void vendoredFolderCountsAtAnyDepthButOnlyByItsWholeName() throws IOException {
        write("src/vendor/tracking.py", "wandb.init()\n");
        write("vendors/tracking.py", "wandb.init()\n");
        write("myvendor/tracking.py", "wandb.init()\n");
        write("vendor.py", "wandb.init()\n");

        assertThat(index().find("wandb", RulePattern.compile("wandb\\.init\\(")))
                .extracting(CodeLine::path)
                .containsExactly("myvendor/tracking.py", "vendor.py", "vendors/tracking.py");
    }

    @Test
    void vendoredCodeIsNotTheAuthorsCode() throws IOException {
        write("vendor/lib/tracking.py", "import wandb\nwandb.init()\n");

        assertThat(index().find("wandb", RulePattern.compile("wandb\\.init\\(")))
                .isEmpty();
    }

    private CodeIndex index() {
        return CodeIndex.build(fixtures.open(repo), fixtures.sources());
    }

    private void write(String path, String text) throws IOException {
        RuleFixtures.write(repo, path, text);
    }
}

package dev.hireable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The repositories the benchmarks audit, generated once and kept (a 200,000-file tree takes a while to write): a
 * folder is reused when its marker file says it was written whole by this version of the generator.
 */
final class GeneratedTrees {

    private static final String MARKER = ".generated-v1";

    private GeneratedTrees() {}

    /** One repository of {@code files} files: modules, notebooks, data, images, docs, a vendored folder. */
    static Path largeRepository(Path root, int files) throws IOException {
        if (!Files.exists(root.resolve(MARKER))) {
            deleteTree(root);
            LocalAuditBenchmark.generateRepository(root, files);
            Files.writeString(root.resolve(MARKER), "");
        }
        return root;
    }

    /**
     * One repository of {@code files} long Python modules of about {@code bytes} bytes each: lines of assignments and
     * calls, with an {@code import mlflow} and a logged metric every 5,000 lines (the code search reads long files in
     * the parts that may hold a hint).
     */
    static Path longFiles(Path root, int files, int bytes) throws IOException {
        if (!Files.exists(root.resolve(MARKER))) {
            deleteTree(root);
            write(root.resolve("README.md"), "# Long files\n\nA project of long generated modules.\n");
            String[] words = {
                "value", "compute", "result", "frame", "index", "column", "merge", "apply", "model", "score", "split",
                "feature", "target", "metric", "config", "params"
            };
            for (int file = 0; file < files; file++) {
                StringBuilder text = new StringBuilder();
                for (int line = 1; text.length() < bytes; line++) {
                    if (line % 5_000 == 0) {
                        text.append("import mlflow\nmlflow.log_metric('auc', 0.9)\n");
                    } else {
                        int at = line * 7 + file;
                        text.append("    ")
                                .append(words[at % words.length])
                                .append('_')
                                .append(line)
                                .append(" = ")
                                .append(words[(at / 3) % words.length])
                                .append('.')
                                .append(words[(at / 5) % words.length])
                                .append('(')
                                .append(words[(at / 11) % words.length])
                                .append(", ")
                                .append(line)
                                .append(")\n");
                    }
                }
                write(root.resolve(String.format(Locale.ROOT, "src/module_%02d.py", file)), text.toString());
            }
            Files.writeString(root.resolve(MARKER), "");
        }
        return root;
    }

    /** {@code count} small ML projects of about {@code files} files each, one folder each. */
    static List<Path> portfolio(Path root, int count, int files) throws IOException {
        List<Path> repos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            repos.add(root.resolve(String.format(Locale.ROOT, "project-%04d", i)));
        }
        if (!Files.exists(root.resolve(MARKER))) {
            deleteTree(root);
            for (int i = 0; i < count; i++) {
                project(repos.get(i), i, files);
            }
            Files.writeString(root.resolve(MARKER), "");
        }
        return repos;
    }

    /** A small project; every few of them is missing a part, so that the portfolio is not one project repeated. */
    private static void project(Path repo, int i, int files) throws IOException {
        write(
                repo.resolve("README.md"),
                "# Project " + i + "\n\n## Problem\nPredict churn for segment " + i + ".\n\n"
                        + (i % 3 == 0
                                ? ""
                                : "## Results\n| metric | value |\n|---|---|\n| AUC | 0." + (70 + i % 29) + " |\n"));
        write(
                repo.resolve("requirements.txt"),
                i % 4 == 0
                        ? "pandas\nscikit-learn\n"
                        : "pandas==2.2.2\nscikit-learn==1.5.0\nfastapi==0.111.0\nmlflow==2.13.0\n");
        write(
                repo.resolve("src/train.py"),
                "import mlflow\nimport pandas as pd\nfrom sklearn.linear_model import "
                        + "LogisticRegression\n\ndef train(path):\n    frame = pd.read_csv(path)\n    with mlflow.start_run():\n"
                        + "        return LogisticRegression().fit(frame.drop(columns=['y']), frame['y'])\n");
        write(
                repo.resolve("notebooks/eda.ipynb"),
                "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import pandas as pd\\n\","
                        + " \"df = pd.read_csv('data.csv')\\n\"], \"metadata\": {}, \"outputs\": []}], \"metadata\": {}, \"nbformat\": 4}");
        int written = 4;
        if (i % 2 == 0) {
            write(
                    repo.resolve("src/app.py"),
                    "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\n"
                            + "def health():\n    return {}\n");
            write(
                    repo.resolve("Dockerfile"),
                    "FROM python:3.11-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n"
                            + "CMD [\"uvicorn\", \"src.app:app\"]\n");
            written += 2;
        }
        if (i % 5 != 0) {
            write(
                    repo.resolve("tests/test_train.py"),
                    "from src.train import train\n\ndef test_train():\n    assert train\n");
            write(
                    repo.resolve(".github/workflows/ci.yml"),
                    "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
                            + "    steps:\n      - uses: actions/checkout@v4\n      - run: pytest\n");
            written += 2;
        }
        for (int extra = 0; written < files; extra++, written++) {
            write(
                    repo.resolve("src/features/step_" + extra + ".py"),
                    "import pandas as pd\n\ndef step_" + extra + "(frame):\n    return frame.assign(x=frame['y'] * "
                            + extra + ")\n");
        }
    }

    static long countFiles(List<Path> roots) throws IOException {
        long count = 0;
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                count += files.filter(Files::isRegularFile).count();
            }
        }
        return count;
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

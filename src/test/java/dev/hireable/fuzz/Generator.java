package dev.hireable.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Documents that look enough like the real thing to get deep into a parser, then break it: fragments of real examples,
 * the syntax the parser reacts to (headings, fences, continuations, heredocs, JSON brackets, YAML anchors and
 * aliases), control and unusual characters, and long repeated runs. Seeded, so a failing case replays.
 */
final class Generator {

    private static final List<String> README = List.of("""
            # Churn prediction

            ## Problem
            Telecom customers leave; we predict who will, weekly.

            ## Approach
            Gradient boosting on 7,043 customers, features from usage logs.

            ## Results
            | metric | value |
            |---|---|
            | F1 | 0.81 |

            ## What I would do differently
            Track experiments with MLflow earlier. Live: https://churn.onrender.com/docs
            """, """
            Churn model
            ===========

            Problem
            -------
            Predict churn. See `the docs <https://churn.streamlit.app>`_.

            .. code-block:: python

               model.fit(X, y)
            """);
    private static final List<String> README_SYNTAX = List.of(
            "#",
            "##",
            "###### ",
            "```",
            "~~~",
            "`",
            "**",
            "_",
            "[",
            "]",
            "(",
            ")",
            "![",
            "](",
            "<img src=",
            "<details>",
            "</details>",
            "<!--",
            "-->",
            "| a | b |\n|---|---|\n",
            "> ",
            "- ",
            "* ",
            "1. ",
            "=====\n",
            "-----\n",
            ".. ",
            "::\n",
            "http://",
            "https://",
            "https://<your-app>.onrender.com",
            ".hf.space",
            "huggingface.co/spaces/a/b",
            "\\",
            "&nbsp;",
            "&#x1F600;",
            "<",
            ">",
            "{",
            "}",
            "    ");
    private static final List<String> DOCKERFILE = List.of("""
            # syntax=docker/dockerfile:1
            ARG PY=3.11
            FROM python:${PY}-slim AS base
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install -r requirements.txt \\
                && useradd app
            FROM base
            USER app
            EXPOSE 8000
            CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
            """);
    private static final List<String> DOCKERFILE_SYNTAX = List.of(
            "FROM ",
            "FROM 0",
            "FROM base AS base\n",
            " AS ",
            "ARG ",
            "ENV ",
            "${",
            "$",
            "}",
            ":-",
            "USER ",
            "CMD ",
            "ENTRYPOINT ",
            "[\"",
            "\"]",
            "RUN <<EOF\n",
            "EOF\n",
            "<<-",
            "\\\n",
            "# escape=`\n",
            "`\n",
            "EXPOSE ",
            "HEALTHCHECK ",
            "@sha256:",
            ":latest",
            "\n");
    private static final List<String> NOTEBOOK = List.of("""
            {"cells": [{"cell_type": "code", "source": ["import mlflow\\n", "mlflow.log_metric('f1', 0.8)\\n"],
              "outputs": [], "metadata": {}}, {"cell_type": "markdown", "source": "# Results"}],
             "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
            """);
    private static final List<String> JSON_SYNTAX = List.of(
            "{",
            "}",
            "[",
            "]",
            "\"",
            "\\\"",
            ":",
            ",",
            "\\u0000",
            "\\ud800",
            "null",
            "true",
            "1e999",
            "-0",
            "\"source\": ",
            "\"cells\": ",
            "\"cell_type\": \"code\"",
            "\n");
    private static final List<String> REQUIREMENTS = List.of("""
            mlflow==2.9.2
            fastapi>=0.100 ; python_version >= "3.9"
            -r base.txt
            torch @ https://download.pytorch.org/whl/cpu/torch-2.1.0.whl
            scikit-learn[alldeps]~=1.3  # the model
            """);
    private static final List<String> REQUIREMENTS_SYNTAX = List.of(
            "==",
            ">=",
            "~=",
            "[",
            "]",
            ";",
            "#",
            "-r ",
            "-e ",
            "--index-url ",
            "@",
            "git+https://",
            "\\\n",
            " ",
            "\n",
            "::",
            "pip:",
            "- ");
    private static final List<String> ENVIRONMENT = List.of("""
            name: churn
            channels: [conda-forge]
            dependencies:
              - python=3.11
              - conda-forge::xgboost
              - pip:
                - wandb
            """);
    private static final List<String> PYPROJECT = List.of("""
            [project]
            name = "churn"
            dependencies = ["bentoml>=1.1", "evidently"]

            [tool.poetry.dependencies]
            python = "^3.11"
            dagster = "*"
            """);
    private static final List<String> TOML_SYNTAX = List.of(
            "[",
            "]",
            "[[",
            "]]",
            "=",
            "\"",
            "'''",
            "\"\"\"",
            "#",
            "{",
            "}",
            ",",
            "\n",
            "dependencies = [",
            "[tool.poetry.dependencies]\n");
    private static final List<String> SETTINGS = List.of("""
            projects:
              - jdoe/churn
              - jdoe/mono:models/forecast
            ignore:
              endpoint.live_url: "the deployment is private"
              docker: "a library"
            """);
    private static final List<String> YAML_SYNTAX = List.of(
            "&a ",
            "*a",
            "<<: *a\n",
            "!!python/object:os.system ",
            "!!binary ",
            "? ",
            ": ",
            "- ",
            "[",
            "]",
            "{",
            "}",
            "|\n",
            ">-\n",
            "'",
            "\"",
            "#",
            "---\n",
            "...\n",
            "\t",
            "  ",
            "\n",
            "ignore:",
            "projects:",
            "rule: ",
            "reason: ",
            "%YAML 1.2\n");
    private static final List<String> PYTHON = List.of("""
            import mlflow
            from fastapi import FastAPI
            app = FastAPI()

            @app.post("/predict")
            def predict(x: dict):
                mlflow.log_metric("latency", 1)
                return {"y": 1}
            """);
    private static final List<String> PYTHON_SYNTAX = List.of(
            "import ",
            "from ",
            " import ",
            "(",
            ")",
            "'''",
            "\"\"\"",
            "#",
            "\\\n",
            "def ",
            "class ",
            "@",
            ":",
            "\n",
            "    ",
            "mlflow.",
            "wandb.init(",
            "FastAPI(");
    /** Characters parsers trip on: controls, BOM, bidi overrides, lone surrogates, combining marks, wide characters. */
    private static final String ODD = "\u0000\u0001\u0007\u0008\u000b\u000c\r\u001b\u007f\u0085\u009b\u00a0\u200b"
            + "\u200e\u202e\u2028\u2029\ufeff\ufffd\ud800\udc00\u0301\u4e2d\ud83d\ude00";

    private final Random random;

    Generator(Random random) {
        this.random = random;
    }

    String readme() {
        return document(README, README_SYNTAX, 1_500);
    }

    String dockerfile() {
        return document(DOCKERFILE, DOCKERFILE_SYNTAX, 3_000);
    }

    String notebook() {
        return document(NOTEBOOK, JSON_SYNTAX, 2_500);
    }

    String requirements() {
        return document(REQUIREMENTS, REQUIREMENTS_SYNTAX, 2_000);
    }

    String environment() {
        return document(ENVIRONMENT, YAML_SYNTAX, 2_000);
    }

    String pyproject() {
        return document(PYPROJECT, TOML_SYNTAX, 2_000);
    }

    String settings() {
        return document(SETTINGS, YAML_SYNTAX, 2_000);
    }

    String python() {
        return document(PYTHON, PYTHON_SYNTAX, 2_000);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * A seed example, often kept as is and mutated in place, else built from pieces: fragments of the examples, syntax
     * tokens, odd characters, and now and then one piece repeated many times (long lines, deep nesting).
     */
    private String document(List<String> examples, List<String> syntax, int maxLength) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) {
            text.append(pick(examples));
        }
        int target = random.nextInt(maxLength);
        while (text.length() < target) {
            String piece = switch (random.nextInt(10)) {
                case 0, 1, 2 -> fragment(pick(examples));
                case 3, 4, 5 -> pick(syntax);
                case 6 -> String.valueOf(ODD.charAt(random.nextInt(ODD.length())));
                case 7 -> String.valueOf((char) (0x20 + random.nextInt(0x5f)));
                case 8 -> pick(syntax).repeat(1 + random.nextInt(400));
                default -> "\n";
            };
            if (random.nextInt(4) == 0 && text.length() > 0) {
                text.insert(random.nextInt(text.length()), piece);
            } else {
                text.append(piece);
            }
        }
        return text.toString();
    }

    private String fragment(String example) {
        int start = random.nextInt(example.length());
        return example.substring(start, Math.min(example.length(), start + 1 + random.nextInt(80)));
    }
}

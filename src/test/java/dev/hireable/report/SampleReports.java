package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.audit.Subject;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalSpec;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotResult;
import dev.hireable.testing.TestSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Audit reports built by hand, for renderer tests: a rich portfolio, a large one, and a hostile one. */
public final class SampleReports {

    public static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    public static final AuditReport.ToolInfo TOOL = new AuditReport.ToolInfo("hireable", "0.1.0");
    /** The signals of the built-in rules, in report order, as an audit's legend. */
    public static final List<SignalSpec> LEGEND = new RuleEngine(RuleCatalog.builtIn()).legend();

    static final String SHA = "3f1c2a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39";

    private SampleReports() {}

    public static RepoMetadata metadata(String id, long ageDays, long pushedDaysAgo) {
        return new RepoMetadata(
                id,
                Optional.of("https://github.com/" + id),
                Optional.of(SHA),
                Optional.empty(),
                Optional.of("A portfolio project: " + id),
                List.of("machine-learning"),
                false,
                false,
                Optional.of(NOW.minus(Duration.ofDays(ageDays))),
                Optional.of(NOW.minus(Duration.ofDays(pushedDaysAgo))),
                Optional.of("main"));
    }

    /** A strong MLOps and tabular project: every signal, passing findings with evidence at file and line. */
    public static ScoredRepo strong(String id, long ageDays, long pushedDaysAgo) {
        RepoMetadata metadata = metadata(id, ageDays, pushedDaysAgo);
        SignalSet signals = TestSignals.none()
                .readme(Optional.of("README.md"), true, true, true, true)
                .dockerfile(List.of("Dockerfile"))
                .tracking(List.of("mlflow"), true)
                .endpoint(List.of("fastapi"), List.of("https://churn-guard.onrender.com"), List.of("render.yaml"), true)
                .registry(true)
                .dataVersioning(true)
                .orchestration(List.of("prefect"))
                .monitoring(true)
                .ci(true)
                .tests(true)
                .archetypes(List.of(Archetype.TABULAR_E2E, Archetype.MLOPS))
                .traits(true, true, false, true)
                .build();
        List<Finding> findings = List.of(
                pass(
                        metadata,
                        "readme.problem",
                        "The README states the problem.",
                        "README.md",
                        3,
                        "## Problem: which customers will churn next month?"),
                pass(metadata, "readme.results", "The README reports results.", "README.md", 42, "| ROC AUC | 0.87 |"),
                pass(
                        metadata,
                        "tracking.used_in_code",
                        "Runs are logged to MLflow in code.",
                        "src/churn_guard/train.py",
                        57,
                        "mlflow.log_metric(\"auc\", auc)"),
                pass(
                        metadata,
                        "registry.model",
                        "The model is registered in MLflow's model registry.",
                        "src/churn_guard/promote.py",
                        21,
                        "mlflow.register_model(uri, \"churn-guard\")"),
                pass(
                        metadata,
                        "endpoint.serving",
                        "The model is served with FastAPI.",
                        "src/churn_guard/api.py",
                        12,
                        "app = FastAPI(title=\"churn-guard\")"),
                new Finding(
                        "endpoint.live_url",
                        Outcome.PASS,
                        "A live URL is given: https://churn-guard.onrender.com.",
                        List.of(Evidence.link("https://churn-guard.onrender.com")),
                        Optional.empty()),
                pass(
                        metadata,
                        "docker.present",
                        "A Dockerfile builds the service.",
                        "Dockerfile",
                        1,
                        "FROM python:3.11-slim"),
                pass(
                        metadata,
                        "ci.present",
                        "CI is configured with github-actions (.github/workflows/ci.yml).",
                        ".github/workflows/ci.yml",
                        0,
                        null),
                fail(
                        metadata,
                        "monitoring.alerts",
                        "Drift is computed but nothing alerts on it.",
                        "src/churn_guard/monitoring.py",
                        30,
                        "Send an alert when drift passes a threshold."));
        return new ScoredRepo(
                new RepoAssessment(metadata, signals, findings),
                88,
                fit(100, 20, 95),
                Set.of(Archetype.TABULAR_E2E, Archetype.MLOPS));
    }

    /** A fine-tune with tracking and a Gradio Space, but no retrospective, tests or CI. */
    public static ScoredRepo middling(String id, long ageDays, long pushedDaysAgo) {
        RepoMetadata metadata = metadata(id, ageDays, pushedDaysAgo);
        SignalSet signals = TestSignals.none()
                .readme(Optional.of("README.md"), true, true, true, false)
                .tracking(List.of("wandb"), true)
                .endpoint(
                        List.of("gradio"),
                        List.of("https://huggingface.co/spaces/jdoe-ml/review-sentiment"),
                        List.of(),
                        true)
                .archetypes(List.of(Archetype.TRANSFORMER_FINETUNE))
                .traits(false, true, true, false)
                .unknown("tests.present")
                .build();
        List<Finding> findings = List.of(
                pass(
                        metadata,
                        "archetype.finetune",
                        "A pretrained transformer is fine-tuned in code.",
                        "train.py",
                        34,
                        "model = AutoModelForSequenceClassification.from_pretrained(\"distilbert-base-uncased\")"),
                pass(
                        metadata,
                        "tracking.used_in_code",
                        "Runs are logged to Weights & Biases in code.",
                        "train.py",
                        12,
                        "wandb.init(project=\"review-sentiment\")"),
                fail(
                        metadata,
                        "readme.retrospective",
                        "The README does not say what the author would do differently.",
                        "README.md",
                        0,
                        "Add a 'What I would do differently' section."),
                fail(
                        metadata,
                        "ci.present",
                        "No CI configuration was found.",
                        null,
                        0,
                        "Add a GitHub Actions workflow."),
                new Finding(
                        "tests.present",
                        Outcome.UNKNOWN,
                        "Whether tests exist could not be decided.",
                        List.of(),
                        Optional.of("Add tests under tests/.")));
        return new ScoredRepo(new RepoAssessment(metadata, signals, findings), 61, fit(10, 72, 25), Set.of());
    }

    /** The Titanic notebook: a toy dataset, notebook only. */
    public static ScoredRepo weak(String id, long ageDays, long pushedDaysAgo) {
        RepoMetadata metadata = metadata(id, ageDays, pushedDaysAgo);
        SignalSet signals = TestSignals.none()
                .readme(Optional.of("README.md"), false, false, false, false)
                .notebookOnly(true)
                .toyDataset(Optional.of("titanic"))
                .archetypes(List.of(Archetype.TABULAR_E2E))
                .traits(true, true, false, false)
                .build();
        List<Finding> findings = List.of(
                fail(
                        metadata,
                        "dataset.toy",
                        "The project trains on the Titanic toy dataset.",
                        "notebooks/Titanic.ipynb",
                        4,
                        "Use a real dataset with a real question."),
                fail(
                        metadata,
                        "readme.problem",
                        "The README does not state the problem.",
                        "README.md",
                        0,
                        "Say what problem the project solves."));
        List<RedFlag> flags = List.of(
                new RedFlag(
                        "toy_dataset",
                        id,
                        id + " uses a toy dataset (titanic), which rules it out as the tabular project.",
                        Optional.of(35)),
                new RedFlag(
                        "notebook_only",
                        id,
                        id + " lives only in notebooks (no script trains or serves the model), so its "
                                + "score is capped at 40.",
                        Optional.of(40)));
        return new ScoredRepo(
                new RepoAssessment(metadata, signals, findings),
                18,
                fit(30, 0, 0),
                Set.of(),
                Map.of(),
                flags,
                List.of(),
                List.of());
    }

    /** The three-project sample: two slots met, one partly, with red flags, next steps, an error and a skip. */
    public static AuditReport rich() {
        List<ScoredRepo> repos = List.of(
                strong("jdoe-ml/churn-guard", 420, 3).placed(Optional.of(Archetype.MLOPS), Optional.empty()),
                middling("jdoe-ml/review-sentiment", 200, 40)
                        .placed(Optional.of(Archetype.TRANSFORMER_FINETUNE), Optional.empty()),
                weak("jdoe-ml/titanic-notebook", 900, 700).placed(Optional.empty(), Optional.of(Archetype.TABULAR_E2E)),
                strong("jdoe-ml/fraud-radar", 300, 10).placed(Optional.of(Archetype.TABULAR_E2E), Optional.empty()));
        Map<Archetype, SlotResult> slots = new EnumMap<>(Archetype.class);
        slots.put(
                Archetype.TABULAR_E2E,
                new SlotResult(
                        Archetype.TABULAR_E2E,
                        "End-to-end tabular project",
                        Optional.of("jdoe-ml/fraud-radar"),
                        100,
                        true,
                        List.of(),
                        List.of()));
        slots.put(
                Archetype.TRANSFORMER_FINETUNE,
                new SlotResult(
                        Archetype.TRANSFORMER_FINETUNE,
                        "Fine-tuned transformer",
                        Optional.of("jdoe-ml/review-sentiment"),
                        72,
                        false,
                        List.of("README retrospective", "Dockerfile"),
                        List.of()));
        slots.put(
                Archetype.MLOPS,
                new SlotResult(
                        Archetype.MLOPS,
                        "MLOps project",
                        Optional.of("jdoe-ml/churn-guard"),
                        95,
                        true,
                        List.of(),
                        List.of()));
        PortfolioAssessment portfolio = new PortfolioAssessment(
                2,
                74,
                "Standard met for 2 of 3 projects; the fine-tune needs a retrospective and a Dockerfile.",
                slots,
                List.of(
                        new NextStep(
                                "jdoe-ml/review-sentiment",
                                "Add a 'What I would do differently' section to the README",
                                9),
                        new NextStep("jdoe-ml/review-sentiment", "Add a Dockerfile for the Gradio app", 6),
                        new NextStep("jdoe-ml/titanic-notebook", "Replace the Titanic dataset with a real one", 3)),
                List.of(),
                repos.stream().flatMap(r -> r.redFlags().stream()).toList());
        return new AuditReport(
                TOOL,
                NOW,
                new Subject(Subject.Kind.USER, "jdoe-ml"),
                repos,
                portfolio,
                List.of(new PortfolioSource.Skipped("jdoe-ml/dotfiles", "empty repository")),
                List.of(new RepoError("jdoe-ml/huge-monorepo", "GitHub answered 451: the repository is blocked.")),
                LEGEND);
    }

    /** A user with {@code count} repositories, each with a dozen findings, for size and speed figures. */
    public static AuditReport large(int count) {
        List<ScoredRepo> repos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "big-user/project-" + i;
            repos.add(
                    switch (i % 3) {
                        case 0 -> strong(id, 30 + i * 7L, i % 50);
                        case 1 -> middling(id, 30 + i * 7L, i % 50);
                        default -> weak(id, 30 + i * 7L, i % 50);
                    });
        }
        Map<Archetype, SlotResult> slots = new EnumMap<>(Archetype.class);
        slots.put(
                Archetype.TABULAR_E2E,
                new SlotResult(
                        Archetype.TABULAR_E2E,
                        "End-to-end tabular project",
                        Optional.of("big-user/project-0"),
                        100,
                        true,
                        List.of(),
                        List.of()));
        slots.put(
                Archetype.TRANSFORMER_FINETUNE,
                new SlotResult(
                        Archetype.TRANSFORMER_FINETUNE,
                        "Fine-tuned transformer",
                        Optional.of("big-user/project-1"),
                        72,
                        false,
                        List.of("Dockerfile"),
                        List.of()));
        slots.put(
                Archetype.MLOPS,
                new SlotResult(
                        Archetype.MLOPS,
                        "MLOps project",
                        Optional.of("big-user/project-3"),
                        95,
                        true,
                        List.of(),
                        List.of()));
        List<NextStep> steps = new ArrayList<>();
        for (int i = 0; i < Math.min(count, 30); i++) {
            steps.add(new NextStep("big-user/project-" + i, "Add tests for the feature code", 30 - i));
        }
        return new AuditReport(
                TOOL,
                NOW,
                new Subject(Subject.Kind.USER, "big-user"),
                repos,
                new PortfolioAssessment(2, 70, "Standard met for 2 of 3 projects.", slots, steps),
                List.of(),
                List.of(),
                LEGEND);
    }

    /** Hostile text everywhere a repository can put text: ids, paths, snippets, URLs, messages, descriptions. */
    public static AuditReport hostile() {
        String id = "evil/<script>alert('id')</script>";
        RepoMetadata metadata = new RepoMetadata(
                id,
                Optional.of("javascript:alert('web')"),
                Optional.of(SHA),
                Optional.empty(),
                Optional.of("<img src=x onerror=alert('description')>"),
                List.of(),
                true,
                false,
                Optional.of(NOW.minus(Duration.ofDays(3))),
                Optional.of(NOW.minus(Duration.ofDays(1))),
                Optional.empty());
        SignalSet signals = TestSignals.none()
                .readme(Optional.of("README.md"), true, false, false, false)
                .dockerfile(List.of("\"><svg onload=alert('docker')>"))
                .tracking(List.of("<b onmouseover=alert(1)>mlflow</b>"), true)
                .endpoint(List.of("fastapi"), List.of("javascript:alert('live')"), List.of(), true)
                .registry(true)
                .toyDataset(Optional.of("<script>alert('toy')</script>"))
                .archetypes(List.of(Archetype.MLOPS))
                .traits(false, true, false, false)
                .build();
        List<Finding> findings = List.of(
                new Finding(
                        "readme.problem",
                        Outcome.PASS,
                        "The README says: <script>alert('message')</script> cc @octocat",
                        List.of(new Evidence(
                                Optional.of("README.md"),
                                3,
                                Optional.of(
                                        "<img src=x onerror=alert('snippet')> [click](javascript:alert('md')) @octocat"),
                                Optional.of("javascript:alert('evidence')"),
                                false)),
                        Optional.empty()),
                new Finding(
                        "registry.model",
                        Outcome.PASS,
                        "Registered [x](javascript:alert(1)) <a href=\"javascript:alert(2)\">here</a>",
                        List.of(new Evidence(
                                Optional.of("\"><img src=x onerror=alert('path')>.py"),
                                7,
                                Optional.of("`` `<script>` ``"),
                                Optional.of("https://github.com/evil/x/blob/sha/a.py\"onmouseover=\"alert(3)"),
                                false)),
                        Optional.empty()),
                new Finding(
                        "ci.present",
                        Outcome.FAIL,
                        "No CI <iframe src=javascript:alert(4)>",
                        List.of(Evidence.file(".")),
                        Optional.of("Fix it <script>alert('fix')</script>")));
        ScoredRepo repo = new ScoredRepo(
                new RepoAssessment(metadata, signals, findings), 50, fit(0, 0, 100), Set.of(Archetype.MLOPS));
        Map<Archetype, SlotResult> slots = new EnumMap<>(Archetype.class);
        slots.put(
                Archetype.MLOPS,
                new SlotResult(Archetype.MLOPS, "MLOps project", Optional.of(id), 100, true, List.of(), List.of()));
        slots.put(
                Archetype.TABULAR_E2E,
                new SlotResult(
                        Archetype.TABULAR_E2E,
                        "End-to-end tabular project",
                        Optional.empty(),
                        0,
                        false,
                        List.of("<script>alert('missing')</script>"),
                        List.of()));
        return new AuditReport(
                TOOL,
                NOW,
                new Subject(Subject.Kind.DIR, "<script>alert('subject')</script>"),
                List.of(repo),
                new PortfolioAssessment(
                        1,
                        33,
                        "Verdict <script>alert('verdict')</script>",
                        slots,
                        List.of(new NextStep(id, "Do <img src=x onerror=alert('step')>", 5))),
                List.of(new PortfolioSource.Skipped("<svg onload=alert('skip')>", "empty <b>")),
                List.of(new RepoError("<script>alert('error')</script>", "failed <img src=x onerror=alert(5)>")),
                LEGEND);
    }

    private static Finding pass(
            RepoMetadata metadata, String rule, String message, String path, int line, String snippet) {
        return new Finding(
                rule,
                Outcome.PASS,
                message,
                List.of(new Evidence(
                        Optional.of(path), line, Optional.ofNullable(snippet), metadata.fileUrl(path, line), false)),
                Optional.empty());
    }

    private static Finding fail(RepoMetadata metadata, String rule, String message, String path, int line, String fix) {
        List<Evidence> evidence = path == null
                ? List.of()
                : List.of(new Evidence(Optional.of(path), line, Optional.empty(), metadata.fileUrl(path, line), false));
        return new Finding(rule, Outcome.FAIL, message, evidence, Optional.of(fix));
    }

    private static Map<Archetype, Integer> fit(int tabular, int transformer, int mlops) {
        return Map.of(
                Archetype.TABULAR_E2E, tabular, Archetype.TRANSFORMER_FINETUNE, transformer, Archetype.MLOPS, mlops);
    }
}

package dev.hireable.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * hireable against the reviewer's labels, signal by signal, as the project's corpus scorer (corpus-score) compares
 * them: the report's signals with the labels, the primary archetype, and the rank correlation of each repository's
 * score with the reviewer's 1-5 rating.
 */
public final class Agreement {

    /** One signal's confusion counts. */
    public record Counts(int truePositive, int falsePositive, int falseNegative, int trueNegative) {
        public double precision() {
            return truePositive + falsePositive == 0
                    ? (falseNegative == 0 ? 1 : 0)
                    : (double) truePositive / (truePositive + falsePositive);
        }

        public double recall() {
            return truePositive + falseNegative == 0
                    ? (falsePositive == 0 ? 1 : 0)
                    : (double) truePositive / (truePositive + falseNegative);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts add(boolean truth, boolean predicted) {
            return new Counts(
                    truePositive + (truth && predicted ? 1 : 0),
                    falsePositive + (!truth && predicted ? 1 : 0),
                    falseNegative + (truth && !predicted ? 1 : 0),
                    trueNegative + (!truth && !predicted ? 1 : 0));
        }
    }

    private final Map<String, Counts> signals;
    private final List<String> disagreements;
    private final int archetypesAgreed;
    private final int repos;
    private final double spearman;

    private Agreement(
            Map<String, Counts> signals, List<String> disagreements, int archetypesAgreed, int repos, double spearman) {
        this.signals = signals;
        this.disagreements = disagreements;
        this.archetypesAgreed = archetypesAgreed;
        this.repos = repos;
        this.spearman = spearman;
    }

    public static Agreement of(List<CorpusAudit.Audited> audited) {
        Map<String, Counts> signals = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        int archetypes = 0;
        double[] scores = new double[audited.size()];
        double[] ratings = new double[audited.size()];
        for (int i = 0; i < audited.size(); i++) {
            CorpusAudit.Audited one = audited.get(i);
            Map<String, Boolean> truth = truth(one.repo().labels());
            Map<String, Boolean> predicted = predicted(one.json());
            truth.forEach((signal, value) -> {
                signals.merge(
                        signal,
                        new Counts(0, 0, 0, 0).add(value, predicted.get(signal)),
                        (a, b) -> a.add(value, predicted.get(signal)));
                if (value != predicted.get(signal)) {
                    disagreements.add(one.repo().name() + ": " + signal + " labelled " + value);
                }
            });
            String labelled = one.repo().labels().path("archetype").path(0).asText("other");
            archetypes += labelled.equals(one.json().path("archetypes").path(0).asText("other")) ? 1 : 0;
            scores[i] = one.json().path("score").asDouble();
            ratings[i] = one.repo().labels().path("quality_overall").asDouble();
        }
        return new Agreement(signals, disagreements, archetypes, audited.size(), Spearman.of(scores, ratings));
    }

    public Map<String, Counts> signals() {
        return signals;
    }

    public double macroF1() {
        return signals.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    public double archetypeAccuracy() {
        return repos == 0 ? 0 : (double) archetypesAgreed / repos;
    }

    public double spearman() {
        return spearman;
    }

    public List<String> disagreements() {
        return disagreements;
    }

    /** The per-signal table, as the corpus scorer prints it. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%-28s %3s %3s %3s %3s %5s %5s %5s%n",
                "signal",
                "tp",
                "fp",
                "fn",
                "tn",
                "prec",
                "rec",
                "f1"));
        signals.forEach((signal, c) -> out.append(String.format(
                Locale.ROOT,
                "%-28s %3d %3d %3d %3d %5.2f %5.2f %5.2f%n",
                signal,
                c.truePositive(),
                c.falsePositive(),
                c.falseNegative(),
                c.trueNegative(),
                c.precision(),
                c.recall(),
                c.f1())));
        out.append(String.format(
                Locale.ROOT,
                "%d repositories; macro F1 %.3f over %d signals; primary archetype %.2f; "
                        + "Spearman(score, rating) %.3f%n",
                repos,
                macroF1(),
                signals.size(),
                archetypeAccuracy(),
                spearman));
        return out.toString();
    }

    /** The labels as the scorer reads them. */
    static Map<String, Boolean> truth(JsonNode labels) {
        JsonNode readme = labels.path("readme");
        JsonNode endpoint = labels.path("endpoint");
        JsonNode tracking = labels.path("experiment_tracking");
        Map<String, Boolean> truth = new LinkedHashMap<>();
        truth.put("readme.problem", readme.path("problem").asBoolean());
        truth.put("readme.approach", readme.path("approach").asBoolean());
        truth.put("readme.results", readme.path("results").asBoolean());
        truth.put("readme.retrospective", readme.path("retrospective").asBoolean());
        truth.put("dockerfile", labels.path("dockerfile").path("present").asBoolean());
        truth.put("tracking.any", !tracking.path("tools").isEmpty());
        truth.put("tracking.usedInCode", tracking.path("used_in_code").asBoolean());
        truth.put("endpoint.serving", !endpoint.path("serving_code").isEmpty());
        truth.put("endpoint.liveUrl", !endpoint.path("live_urls").isEmpty());
        truth.put("endpoint.deployed", endpoint.path("deployed").asBoolean());
        truth.put("modelRegistry", labels.path("model_registry").asBoolean());
        truth.put("dataVersioning", labels.path("data_versioning").asBoolean());
        truth.put("orchestration", !labels.path("orchestration").isEmpty());
        truth.put("monitoring", labels.path("monitoring").asBoolean());
        truth.put("ci", labels.path("ci").asBoolean());
        truth.put("tests", labels.path("tests").asBoolean());
        truth.put("notebookOnly", labels.path("notebook_only").asBoolean());
        truth.put(
                "toyDataset",
                !labels.path("toy_dataset").isNull()
                        && !labels.path("toy_dataset").isMissingNode());
        truth.put("meets.tabular_e2e", labels.path("tabular_e2e_meets_standard").asBoolean());
        truth.put(
                "meets.transformer_finetune",
                labels.path("transformer_meets_standard").asBoolean());
        truth.put("meets.mlops", labels.path("mlops_meets_standard").asBoolean());
        return truth;
    }

    /**
     * The report as the scorer reads it. A slot counts as met when every required requirement of its fit but the
     * README ones is met and the slot is not gated: the labels judge the README separately.
     */
    static Map<String, Boolean> predicted(JsonNode repo) {
        JsonNode s = repo.path("signals");
        JsonNode endpoint = s.path("endpoint");
        JsonNode tracking = s.path("experimentTracking");
        Map<String, Boolean> meets = new LinkedHashMap<>();
        repo.path("meetsStandard")
                .fields()
                .forEachRemaining(e -> meets.put(e.getKey(), e.getValue().asBoolean()));
        repo.path("fitDetail").fields().forEachRemaining(e -> {
            List<JsonNode> required = new ArrayList<>();
            e.getValue().path("requirements").forEach(q -> {
                if (q.path("required").asBoolean() && !q.path("id").asText().startsWith("readme")) {
                    required.add(q);
                }
            });
            boolean gated = e.getValue().path("gated").asBoolean();
            meets.put(
                    e.getKey(),
                    !gated
                            && !required.isEmpty()
                            && required.stream().allMatch(q -> q.path("met").asBoolean()));
        });
        Map<String, Boolean> predicted = new LinkedHashMap<>();
        predicted.put("readme.problem", s.path("readme").path("problem").asBoolean());
        predicted.put("readme.approach", s.path("readme").path("approach").asBoolean());
        predicted.put("readme.results", s.path("readme").path("results").asBoolean());
        predicted.put(
                "readme.retrospective", s.path("readme").path("retrospective").asBoolean());
        predicted.put("dockerfile", s.path("dockerfile").path("present").asBoolean());
        predicted.put("tracking.any", !tracking.path("tools").isEmpty());
        predicted.put("tracking.usedInCode", tracking.path("usedInCode").asBoolean());
        predicted.put("endpoint.serving", !endpoint.path("serving").isEmpty());
        predicted.put("endpoint.liveUrl", !endpoint.path("liveUrls").isEmpty());
        predicted.put("endpoint.deployed", endpoint.path("deployed").asBoolean());
        predicted.put("modelRegistry", s.path("modelRegistry").asBoolean());
        predicted.put("dataVersioning", s.path("dataVersioning").asBoolean());
        predicted.put("orchestration", !s.path("orchestration").isEmpty());
        predicted.put("monitoring", s.path("monitoring").asBoolean());
        predicted.put("ci", s.path("ci").asBoolean());
        predicted.put("tests", s.path("tests").asBoolean());
        predicted.put("notebookOnly", s.path("notebookOnly").asBoolean());
        predicted.put("toyDataset", s.path("toyDataset").isTextual());
        predicted.put("meets.tabular_e2e", meets.getOrDefault("tabular_e2e", false));
        predicted.put("meets.transformer_finetune", meets.getOrDefault("transformer_finetune", false));
        predicted.put("meets.mlops", meets.getOrDefault("mlops", false));
        return predicted;
    }
}

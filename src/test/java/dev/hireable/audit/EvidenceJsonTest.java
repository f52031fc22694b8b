package dev.hireable.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalValue;
import dev.hireable.rules.ignores.AppliedIgnore;
import dev.hireable.snapshot.Forge;
import dev.hireable.snapshot.Ownership;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.RepoEvidence;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The stored form of an assessment: what is written reads back the same, in any field order, and bad input fails. */
class EvidenceJsonTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void everyKindOfValueReadsBackAsWritten() throws IOException {
        for (RepoEvidence evidence : List.of(rich(), bare())) {
            ObjectNode written = EvidenceJson.write(evidence);

            RepoEvidence read = read(written.toString());

            assertThat(read.assessment().metadata())
                    .isEqualTo(evidence.assessment().metadata());
            assertThat(read.assessment().findings())
                    .isEqualTo(evidence.assessment().findings());
            assertThat(read.assessment().signals())
                    .isEqualTo(evidence.assessment().signals());
            assertThat(read.ignores()).isEqualTo(evidence.ignores());
            assertThat(read.probes()).isEmpty();
            // the evidence behind each signal too, which SignalSet's equality leaves out
            assertThat(EvidenceJson.write(read)).isEqualTo(written);
        }
    }

    @Test
    void fieldsReadInAnyOrderAndUnknownOnesAreSkipped() throws IOException {
        ObjectNode written = EvidenceJson.write(rich());
        JsonNode reordered = rebuilt(written, fields -> {
            List<Map.Entry<String, JsonNode>> reversed = new ArrayList<>(fields);
            Collections.reverse(reversed);
            return reversed;
        });
        JsonNode extended = rebuilt(written, fields -> {
            List<Map.Entry<String, JsonNode>> more = new ArrayList<>(fields);
            more.add(
                    1,
                    Map.entry(
                            "added_later",
                            JSON.createObjectNode()
                                    .set("nested", JSON.createArrayNode().add(1))));
            return more;
        });

        assertThat(EvidenceJson.write(read(reordered.toString()))).isEqualTo(written);
        assertThat(EvidenceJson.write(read(extended.toString()))).isEqualTo(written);
    }

    @Test
    void aMissingOrMistypedFieldFailsTheRead() {
        ObjectNode written = EvidenceJson.write(rich());
        List<UnaryOperator<ObjectNode>> breakages = List.of(
                node -> node.without("metadata"),
                node -> node.put("metadata", "not an object"),
                node -> node.put("findings", "not a list"),
                node -> {
                    ((ObjectNode) node.get("metadata")).remove("fork");
                    return node;
                },
                node -> {
                    ((ObjectNode) node.get("metadata")).putNull("id");
                    return node;
                },
                node -> {
                    ((ObjectNode) node.withArray("findings").get(0)).put("rule", 3);
                    return node;
                },
                node -> {
                    ObjectNode evidence = (ObjectNode) node.withArray("findings")
                            .get(0)
                            .withArray("evidence")
                            .get(0);
                    evidence.put("line", "seven");
                    return node;
                },
                node -> {
                    ObjectNode value =
                            (ObjectNode) node.get("signals").withArray("values").get(0);
                    value.remove(List.of("flag", "names", "text"));
                    return node;
                },
                node -> {
                    node.withArray("findings").addNull();
                    return node;
                });
        for (UnaryOperator<ObjectNode> breakage : breakages) {
            String broken = breakage.apply(written.deepCopy()).toString();
            assertThatThrownBy(() -> read(broken)).as(broken).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static RepoEvidence read(String json) throws IOException {
        try (JsonParser in = JSON.createParser(json)) {
            in.nextToken();
            return EvidenceJson.read(in);
        }
    }

    /** The same document with each object's fields as {@code order} lists them. */
    private static JsonNode rebuilt(JsonNode node, UnaryOperator<List<Map.Entry<String, JsonNode>>> order) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields()
                    .forEachRemaining(field -> fields.add(Map.entry(field.getKey(), rebuilt(field.getValue(), order))));
            ObjectNode copy = JSON.createObjectNode();
            order.apply(fields).forEach(field -> copy.set(field.getKey(), field.getValue()));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(rebuilt(element, order)));
            return copy;
        }
        return node;
    }

    private static RepoEvidence rich() {
        RepoMetadata metadata = new RepoMetadata(
                "jdoe/churn",
                Forge.gitHub("https://github.com/jdoe/churn"),
                Optional.of("f514b97b95c2eb21e513b8ec1665b969b8b6f026"),
                Optional.of("https://churn.example.app"),
                Optional.of("Predicts churn \"for real\"\nwith ünïcode"),
                List.of("mlops", "fastapi"),
                false,
                true,
                Optional.of(Instant.parse("2025-01-02T03:04:05Z")),
                Optional.of(Instant.parse("2026-11-30T10:00:00Z")),
                Optional.of("main"),
                Optional.of("services/api"),
                Optional.of(new Ownership("acme", "jdoe", Optional.of(true))));
        SignalSet signals = SignalSet.builder()
                .set(
                        "tracking.used",
                        SignalValue.Flag.of(true),
                        List.of(Evidence.line("src/train.py", 3, "import mlflow")))
                .set("tracking.tools", new SignalValue.Names(List.of("mlflow", "wandb")), List.of())
                .set(
                        "toy_dataset.used",
                        SignalValue.Text.of(Optional.of("iris")),
                        List.of(Evidence.file("data/iris.csv")))
                .set("endpoint.url", SignalValue.Text.of(Optional.empty()), List.of())
                .unknown("readme.results")
                .build();
        List<Finding> findings = List.of(
                new Finding(
                        "readme.present",
                        Outcome.PASS,
                        "The README is README.md.",
                        List.of(Evidence.link("https://github.com/jdoe/churn/blob/main/README.md")),
                        Optional.empty()),
                new Finding(
                        "docker.present",
                        Outcome.FAIL,
                        "No Dockerfile.",
                        List.of(new Evidence(Optional.of("Dockerfile"), 0, Optional.empty(), Optional.empty(), true)),
                        Optional.of("Add a Dockerfile that serves the model.")));
        return new RepoEvidence(
                new RepoAssessment(metadata, signals, findings),
                List.of(new AppliedIgnore("toy_dataset.used", "a teaching example", ".hireable.yml", 2)),
                Optional.of(List.of()));
    }

    private static RepoEvidence bare() {
        RepoMetadata metadata = new RepoMetadata(
                "jdoe/empty",
                Forge.gitHub(Optional.empty()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                true,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return new RepoEvidence(
                new RepoAssessment(metadata, SignalSet.builder().build(), List.of()), List.of(), Optional.empty());
    }
}

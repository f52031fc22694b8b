package dev.hireable.report.ranking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.Archetype;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ranking as JSON, for programs: what the other ranking formats show, plus which shard of the candidate list it
 * covers. {@code hireable batch --merge} reads it back ({@link #read}) to merge the rankings of shards run on several
 * machines: each candidate's ranking data is then read again from the candidate's own JSON report.
 */
public final class RankingJsonRenderer implements RankingRenderer {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Shard shard;

    public RankingJsonRenderer(Shard shard) {
        this.shard = shard;
    }

    /**
     * What a stored ranking says besides its entries' own reports.
     *
     * @param candidates each ranked candidate's login and JSON report, relative to the ranking
     */
    public record Stored(
            String source,
            Shard shard,
            boolean complete,
            List<StoredCandidate> candidates,
            List<Ranking.Unranked> unranked) {

        public Stored {
            candidates = List.copyOf(candidates);
            unranked = List.copyOf(unranked);
        }
    }

    /** A ranked candidate as a stored ranking lists it: its login and where its reports are. */
    public record StoredCandidate(String login, String jsonFile, String reportFile) {}

    @Override
    public void render(Ranking ranking, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", ranking.source());
        root.put("shard", shard.toString());
        root.put("generatedAt", ranking.generatedAt().toString());
        root.put("complete", ranking.complete());
        ArrayNode entries = root.putArray("ranked");
        int rank = 0;
        for (RankingEntry entry : ranking.entries()) {
            ObjectNode node = entries.addObject();
            node.put("rank", ++rank);
            node.put("login", entry.login());
            node.put("standardMet", entry.standardMet());
            node.put("score", entry.score());
            node.put("verdict", entry.verdict());
            ObjectNode slots = node.putObject("slots");
            for (Archetype slot : Archetype.SLOTS) {
                ObjectNode slotNode = slots.putObject(slot.id());
                entry.slot(slot).ifPresentOrElse(repo -> slotNode.put("repo", repo), () -> slotNode.putNull("repo"));
                slotNode.put("met", entry.meets(slot));
            }
            entry.redFlags().forEach(node.putArray("redFlags")::add);
            node.put("repos", entry.repos());
            node.put("reposNotAudited", entry.notAudited());
            node.put("json", entry.jsonFile());
            node.put("report", entry.reportFile());
        }
        ArrayNode unranked = root.putArray("unranked");
        for (Ranking.Unranked entry : ranking.unranked()) {
            unranked.addObject()
                    .put("candidate", entry.candidate())
                    .put("line", entry.line())
                    .put("reason", entry.reason());
        }
        out.write(JSON.writeValueAsString(root));
        out.write('\n');
        out.flush();
    }

    @Override
    public String extension() {
        return "json";
    }

    /** Reads a ranking this renderer wrote; empty when the JSON is not one. */
    public static Optional<Stored> read(JsonNode root) {
        if (root == null
                || !root.path("source").isTextual()
                || !root.path("ranked").isArray()
                || !root.path("unranked").isArray()) {
            return Optional.empty();
        }
        Shard shard;
        try {
            shard = Shard.parse(root.path("shard").asText("1/1"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<StoredCandidate> candidates = new ArrayList<>();
        for (JsonNode entry : root.path("ranked")) {
            if (!entry.path("login").isTextual() || !entry.path("json").isTextual()) {
                return Optional.empty();
            }
            candidates.add(new StoredCandidate(
                    entry.path("login").asText(),
                    entry.path("json").asText(),
                    entry.path("report").asText(entry.path("json").asText())));
        }
        List<Ranking.Unranked> unranked = new ArrayList<>();
        for (JsonNode entry : root.path("unranked")) {
            unranked.add(new Ranking.Unranked(
                    entry.path("candidate").asText(""),
                    entry.path("line").asInt(0),
                    entry.path("reason").asText("")));
        }
        return Optional.of(new Stored(
                root.path("source").asText(), shard, root.path("complete").asBoolean(false), candidates, unranked));
    }
}

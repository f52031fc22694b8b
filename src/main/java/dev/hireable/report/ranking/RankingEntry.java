package dev.hireable.report.ranking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.Archetype;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One audited candidate in a ranking, read from the candidate's JSON report (schemaVersion 1), so that a batch
 * resumed from stored reports ranks exactly like one audited in a single run.
 *
 * @param slots       for each slot, the repository that fills it, if any
 * @param titles      for each slot, its title as the report gives it
 * @param met         for each slot, whether its repository meets the standard
 * @param notAudited  repositories of the candidate that could not be audited (a partial report)
 * @param jsonFile    the candidate's JSON report, relative to the ranking
 * @param reportFile  the candidate's report in the chosen format, relative to the ranking
 */
public record RankingEntry(
        String login,
        int standardMet,
        int score,
        String verdict,
        Map<Archetype, Optional<String>> slots,
        Map<Archetype, String> titles,
        Map<Archetype, Boolean> met,
        List<String> redFlags,
        int repos,
        int notAudited,
        String jsonFile,
        String reportFile) {

    public RankingEntry {
        slots = Collections.unmodifiableMap(new EnumMap<>(slots));
        titles = titles.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(titles));
        met = Collections.unmodifiableMap(new EnumMap<>(met));
        redFlags = List.copyOf(redFlags);
    }

    public static RankingEntry fromReportJson(String login, JsonNode report, String jsonFile, String reportFile) {
        JsonNode portfolio = report.path("portfolio");
        Map<Archetype, Optional<String>> slots = new EnumMap<>(Archetype.class);
        Map<Archetype, String> titles = new EnumMap<>(Archetype.class);
        Map<Archetype, Boolean> met = new EnumMap<>(Archetype.class);
        for (Archetype slot : Archetype.SLOTS) {
            JsonNode node = portfolio.path("slots").path(slot.id());
            slots.put(
                    slot,
                    node.path("repo").isTextual()
                            ? Optional.of(node.path("repo").asText())
                            : Optional.empty());
            if (node.path("title").isTextual()) {
                titles.put(slot, node.path("title").asText());
            }
            met.put(slot, node.path("met").asBoolean(false));
        }
        List<String> flags = new ArrayList<>();
        portfolio
                .path("redFlags")
                .forEach(flag -> flags.add(flag.path("message").asText()));
        return new RankingEntry(
                login,
                portfolio.path("standardMet").asInt(0),
                portfolio.path("score").asInt(0),
                portfolio.path("verdict").asText(""),
                slots,
                titles,
                met,
                flags,
                report.path("repos").size(),
                report.path("errors").size(),
                jsonFile,
                reportFile);
    }

    public boolean partial() {
        return notAudited > 0;
    }

    public Optional<String> slot(Archetype slot) {
        return slots.getOrDefault(slot, Optional.empty());
    }

    public boolean meets(Archetype slot) {
        return met.getOrDefault(slot, false);
    }
}

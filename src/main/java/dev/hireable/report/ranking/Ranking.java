package dev.hireable.report.ranking;

import dev.hireable.rules.Archetype;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Candidates ranked by slots met, then score, then login; with the candidates that could not be ranked and why.
 *
 * @param source   the candidate list the ranking was made from, as named on the command line
 * @param complete false while some candidates are still to be audited (a stopped or interrupted batch)
 */
public record Ranking(
        String source, Instant generatedAt, List<RankingEntry> entries, List<Unranked> unranked, boolean complete) {

    private static final Comparator<RankingEntry> ORDER = Comparator.comparingInt(RankingEntry::standardMet)
            .reversed()
            .thenComparing(Comparator.comparingInt(RankingEntry::score).reversed())
            .thenComparing(RankingEntry::login, String.CASE_INSENSITIVE_ORDER);

    /** A candidate, or a line of the list, that has no place in the ranking, and why. */
    public record Unranked(String candidate, int line, String reason) {}

    public Ranking {
        entries = entries.stream().sorted(ORDER).toList();
        unranked = List.copyOf(unranked);
    }

    /** A slot's title as the candidates' reports give it, or its id when no report names it. */
    public String slotTitle(Archetype slot) {
        return entries.stream()
                .map(e -> e.titles().get(slot))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(slot.id());
    }
}

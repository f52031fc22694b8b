package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.batch.CandidateList;
import dev.hireable.report.ranking.RankingEntry;
import dev.hireable.rules.Archetype;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchProgressPrinterTest {

    private final StringWriter out = new StringWriter();
    private final BatchProgressPrinter printer = new BatchProgressPrinter(new PrintWriter(out, true));

    @Test
    void oneRepositoryNotAuditedIsSaidInTheSingular() {
        printer.audited(new CandidateList.Candidate("jdoe", 1), entry(1), 1, 2);
        printer.audited(new CandidateList.Candidate("asmith", 2), entry(3), 2, 2);

        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "[1/2] jdoe: standard met 1/3, score 40, 1 repository not audited",
                        "[2/2] asmith: standard met 1/3, score 40, 3 repositories not audited");
    }

    private static RankingEntry entry(int notAudited) {
        Map<Archetype, Optional<String>> slots = new EnumMap<>(Archetype.class);
        Map<Archetype, Boolean> met = new EnumMap<>(Archetype.class);
        Archetype.SLOTS.forEach(slot -> {
            slots.put(slot, Optional.empty());
            met.put(slot, false);
        });
        return new RankingEntry(
                "x", 1, 40, "verdict", slots, Map.of(), met, List.of(), 4, notAudited, "x.json", "x.md");
    }
}

package dev.hireable.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalValue;
import dev.hireable.snapshot.Forge;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.RepoEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One stored entry read back: only for the same tool, rules and repository state, and never a broken one. */
class ResultCacheEntryTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    @Test
    void anEntryReadsBackForTheSameToolRulesAndStateOnly() {
        RepoMetadata state = state("f514b97b95c2eb21e513b8ec1665b969b8b6f026");
        List<RepoEvidence> evidence = List.of(evidence(state));
        cache("rules-a").write(state, evidence);

        Optional<List<RepoEvidence>> read = cache("rules-a").read(state);

        assertThat(read).isPresent();
        assertThat(read.get())
                .extracting(EvidenceJson::write)
                .containsExactlyElementsOf(
                        evidence.stream().map(EvidenceJson::write).toList());
        assertThat(cache("rules-a").read(state("0000000000000000000000000000000000000000")))
                .isEmpty();
        assertThat(notes).isEmpty();
        assertThat(cache("rules-b").read(state)).isEmpty();
        assertThat(notes).singleElement().asString().contains("cached results of other rules");
    }

    @Test
    void anEntryOfOtherRulesIsNotReadPastItsHeader() throws IOException {
        RepoMetadata state = state("f514b97b95c2eb21e513b8ec1665b969b8b6f026");
        cache("rules-a").write(state, List.of(evidence(state)));
        rewrite(state, entry -> entry.put("evidence", "a format of later rules"));

        assertThat(cache("rules-b").read(state)).isEmpty();

        assertThat(notes).singleElement().asString().contains("cached results of other rules");
    }

    @Test
    void aBrokenEntryForTheseRulesIsUnreadableAndIgnored() throws IOException {
        RepoMetadata state = state("f514b97b95c2eb21e513b8ec1665b969b8b6f026");
        cache("rules-a").write(state, List.of(evidence(state)));
        rewrite(state, entry -> entry.withArray("evidence").add("not an assessment"));

        assertThat(cache("rules-a").read(state)).isEmpty();
        assertThat(notes).singleElement().asString().contains("is unreadable").contains("audited again");

        notes.clear();
        rewrite(state, entry -> entry.putArray("evidence"));
        assertThat(cache("rules-a").read(state)).isEmpty();
        assertThat(notes).singleElement().asString().contains("is unreadable");
    }

    private ResultCache cache(String rules) {
        return new ResultCache(Optional.of(folder), "0.2.0", rules, notes::add);
    }

    private void rewrite(RepoMetadata state, java.util.function.Consumer<ObjectNode> change) throws IOException {
        Path file = cache("rules-a").fileFor(state.id());
        ObjectNode entry = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(entry);
        Files.writeString(file, entry.toString());
    }

    private static RepoMetadata state(String commit) {
        return new RepoMetadata(
                "jdoe/churn",
                Forge.gitHub("https://github.com/jdoe/churn"),
                Optional.of(commit),
                Optional.empty(),
                Optional.empty(),
                List.of("mlops"),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.of("main"),
                Optional.empty());
    }

    private static RepoEvidence evidence(RepoMetadata state) {
        SignalSet signals = SignalSet.builder()
                .set("tracking.used", SignalValue.Flag.of(true), List.of())
                .build();
        return new RepoEvidence(new RepoAssessment(state, signals, List.of()), List.of(), Optional.empty());
    }
}

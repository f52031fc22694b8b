package dev.hireable.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.hireable.rules.RuleId;
import dev.hireable.rules.SignalId;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.Phrases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a rule file's vocabulary is bound to records: every kind of value, and what a wrong one is told. */
class VocabularyBindingTest {

    record Kinds(
            int count,
            double share,
            boolean enabled,
            long size,
            Integer boxed,
            Double boxedShare,
            Boolean boxedFlag,
            String label,
            List<String> names,
            Map<String, List<String>> groups,
            Map<SignalId, Integer> weights,
            List<SignalId> signals,
            List<RuleId> rules,
            List<RulePattern> patterns,
            List<Inner> inners,
            CodeCue cue,
            Phrases phrases,
            @JsonAlias("hint") List<String> hints) {}

    record Inner(String label, int rank) {
        Inner {
            if ("bad".equals(label)) {
                throw new IllegalArgumentException("the label 'bad' is not allowed");
            }
        }
    }

    private static final String KINDS = """
            rules:
              kinds.seen:
                title: Kinds are seen
                why: Because.
                fix: See them.
            signals:
              kinds.seen: {type: flag, label: kinds, decided_by: kinds.seen, column: Kinds}
            vocabulary:
              count: 3
              share: 0.5
              enabled: true
              size: 12345678901
              boxed: 7
              boxed_share: 1.5
              boxed_flag: false
              label: a label
              names: [a, b]
              groups: {one: [x], two: y}
              weights: {kinds.seen: 2}
              signals: kinds.seen
              rules: [kinds.seen]
              patterns: ['^import kinds\\b']
              inners:
                - {label: first, rank: 1}
                - label: second
                  rank: 2
              cue: 'kinds\\.fit\\('
              phrases: {greeting: hello}
              hint: [kinds]
            """;

    @Test
    void everyKindOfValueIsBound() {
        Kinds kinds =
                catalog().book("kinds.yaml", Kinds.class, List.of("kinds.seen")).vocabulary();

        assertThat(kinds.count()).isEqualTo(3);
        assertThat(kinds.share()).isEqualTo(0.5);
        assertThat(kinds.enabled()).isTrue();
        assertThat(kinds.size()).isEqualTo(12345678901L);
        assertThat(kinds.boxed()).isEqualTo(7);
        assertThat(kinds.boxedShare()).isEqualTo(1.5);
        assertThat(kinds.boxedFlag()).isFalse();
        assertThat(kinds.label()).isEqualTo("a label");
        assertThat(kinds.names()).containsExactly("a", "b");
        assertThat(kinds.groups()).containsExactly(Map.entry("one", List.of("x")), Map.entry("two", List.of("y")));
        assertThat(kinds.weights()).containsExactly(Map.entry(new SignalId("kinds.seen"), 2));
        assertThat(kinds.signals()).containsExactly(new SignalId("kinds.seen"));
        assertThat(kinds.rules()).containsExactly(new RuleId("kinds.seen"));
        assertThat(kinds.patterns()).singleElement().satisfies(pattern -> {
            assertThat(pattern.matcher("import kinds").find()).isTrue();
            assertThat(pattern.origin()).isEqualTo("rules/kinds.yaml:22");
        });
        assertThat(kinds.inners()).containsExactly(new Inner("first", 1), new Inner("second", 2));
        assertThat(kinds.cue().regex()).isEqualTo("kinds\\.fit\\(");
        assertThat(kinds.phrases().texts()).containsExactly(Map.entry("greeting", "hello"));
        assertThat(kinds.hints()).containsExactly("kinds");
    }

    @Test
    void anAbsentValueIsNull() {
        Kinds kinds = catalog(overlay("vocabulary: {boxed: null, names: null, inners: null, cue: null}\n"))
                .book("kinds.yaml", Kinds.class, List.of())
                .vocabulary();

        assertThat(kinds.boxed()).isNull();
        assertThat(kinds.names()).isNull();
        assertThat(kinds.inners()).isNull();
        assertThat(kinds.cue()).isNull();
        assertThat(kinds.count()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown key        | {nmes: [a]}                   | unknown key 'nmes' (known keys: boxed, boxed_flag, boxed_share, count, cue, enabled, groups, hints, inners, label, names, patterns, phrases, rules, share, signals, size, weights)
            text for a number  | {count: many}                 | 'count' cannot be many (want a whole number)
            too large a number | {count: 12345678901}          | 'count' cannot be 12345678901 (want a whole number)
            list for a number  | {count: [1]}                  | 'count' has the wrong shape (want a whole number)
            absent number      | {count: null}                 | 'count' is missing (want a whole number)
            text for a double  | {share: half}                 | 'share' cannot be half (want a number)
            text for a flag    | {enabled: maybe}              | 'enabled' cannot be maybe (want true or false)
            mapping for text   | {label: {a: b}}               | 'label' has the wrong shape (want text)
            mapping for a list | {names: {a: b}}               | 'names' has the wrong shape (want a list)
            list for a mapping | {groups: [a]}                 | 'groups' has the wrong shape (want a mapping)
            text for a record  | {inners: [x]}                 | 'inners' has the wrong shape (want a mapping)
            unknown inner key  | {inners: [{label: a, rnk: 1}]} | unknown key 'rnk' (known keys: label, rank)
            absent inner value | {inners: [{label: a}]}        | 'rank' is missing (want a whole number)
            record's own check | {inners: [{label: bad, rank: 1}]} | the label 'bad' is not allowed
            unknown signal     | {signals: [kinds.sen]}        | unknown signal 'kinds.sen'; did you mean 'kinds.seen'? ('hireable rules signals' lists them all)
            unknown signal key | {weights: {kinds.sen: 1}}     | unknown signal 'kinds.sen'; did you mean 'kinds.seen'? ('hireable rules signals' lists them all)
            list for a signal  | {signals: [[a]]}              | a signal id must be text, e.g. readme.problem
            unknown rule       | {rules: [kinds.sen]}          | unknown rule 'kinds.sen'; did you mean 'kinds.seen'? ('hireable rules list' shows them all)
            bad pattern        | {patterns: ['a((']}           | 'a((' is not a valid regular expression: Unclosed group
            list for a pattern | {patterns: [[a]]}             | a pattern must be text, a regular expression
            bad cue            | {cue: 'a(('}                  | 'a((' is not a valid regular expression: Unclosed group
            """)
    void aWrongValueIsToldWhatIsWrong(String name, String vocabulary, String problem) {
        assertThatThrownBy(() ->
                        catalog(overlay("vocabulary: " + vocabulary + "\n")).book("kinds.yaml", Kinds.class, List.of()))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).endsWith("kinds.yaml");
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a wrong value                  | count: many| 3
            an unknown key                 | nmes: [a]| 3
            a value a record's check names | inners: [{label: good, rank: 1}, {label: bad, rank: 2}] | 3
            an absent inner value          | inners: [{label: a, rank: 1}, {label: b}] | 3
            a pattern in a list            | patterns: [ok, 'a((']| 3
            """)
    void aWrongValueIsNamedWithTheLineItIsWrittenOn(String name, String entry, int line) {
        String text = "# my overlay\nvocabulary:\n  " + entry + "\n";
        assertThatThrownBy(() -> catalog(overlay(text)).book("kinds.yaml", Kinds.class, List.of()))
                .isInstanceOfSatisfying(
                        RuleFileException.class, e -> assertThat(e.line()).contains(line));
    }

    @Test
    void aRecordsOwnCheckPointsAtTheValueItNames() {
        String text = """
                vocabulary:
                  inners:
                    - label: good
                      rank: 1
                    - rank: 2
                      label: bad
                """;
        assertThatThrownBy(() -> catalog(overlay(text)).book("kinds.yaml", Kinds.class, List.of()))
                .isInstanceOfSatisfying(
                        RuleFileException.class, e -> assertThat(e.line()).contains(6));
    }

    record Unsupported(java.util.Set<String> names) {}

    @Test
    void aVocabularyTypeOfAKindItCannotBindIsRefusedByName() {
        assertThatThrownBy(() -> catalog().book("kinds.yaml", Unsupported.class, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.util.Set");
    }

    private static RuleSources.RuleFile overlay(String text) {
        return new RuleSources.RuleFile("kinds.yaml", "my-rules/kinds.yaml", text);
    }

    private static RuleCatalog catalog(RuleSources.RuleFile... overlays) {
        return RuleCatalog.load(new RuleSources(
                List.of(new RuleSources.RuleFile("kinds.yaml", "rules/kinds.yaml", KINDS)), List.of(overlays)));
    }
}

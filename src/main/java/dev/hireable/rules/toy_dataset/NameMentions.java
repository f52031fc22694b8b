package dev.hireable.rules.toy_dataset;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.HintIndex;
import dev.hireable.rules.context.HintNumbers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which toy datasets one line of prose names (a README line, the repository name). When one dataset's name holds
 * another's ("Fashion-MNIST" holds "MNIST"), only the longer name counts; a mention preceded in its sentence by a
 * negation ("unlike Titanic", "instead of MNIST") does not count.
 */
final class NameMentions {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]\\s");

    /** A dataset named in a line, at {@code start..end}. */
    private record Mention(String dataset, int start, int end) {
        boolean inside(Mention other) {
            return other.start <= start && end <= other.end && other.end - other.start > end - start;
        }
    }

    /** A dataset's phrase and the numbers of its literal hints: it can match only a line that holds one of them. */
    private record Phrase(String dataset, RulePattern pattern, int[] hints) {}

    /** Every dataset's phrases, in the order of the rule file. */
    private final List<Phrase> phrases = new ArrayList<>();
    /** Most lines hold no hint of any phrase, and the rest one or two: one pass over a line tells which to run. */
    private final HintIndex hints;

    private final List<RulePattern> negations;

    NameMentions(Map<String, ToyDataset> datasets, List<RulePattern> negations) {
        HintNumbers numbers = new HintNumbers();
        datasets.forEach((id, dataset) -> dataset.readmePatterns()
                .forEach(pattern -> phrases.add(new Phrase(
                        id, pattern, numbers.register(CodeCue.of(pattern).hints())))));
        this.hints = numbers.index();
        this.negations = List.copyOf(negations);
    }

    /** The datasets the line names, each once, in the order of the rule file. */
    List<String> in(String line) {
        BitSet present = hints.present(line);
        List<Mention> mentions = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (!HintNumbers.anyPresent(phrase.hints(), present)) {
                continue;
            }
            Matcher matcher = phrase.pattern().matcher(line);
            while (matcher.find()) {
                if (!negated(line, matcher.start())) {
                    mentions.add(new Mention(phrase.dataset(), matcher.start(), matcher.end()));
                }
                if (matcher.end() == matcher.start()) {
                    break;
                }
            }
        }
        if (mentions.isEmpty()) {
            return List.of();
        }
        return mentions.stream()
                .filter(m -> mentions.stream().noneMatch(other -> !other.dataset.equals(m.dataset) && m.inside(other)))
                .map(Mention::dataset)
                .distinct()
                .toList();
    }

    /** Whether a negation comes earlier in the sentence that holds the mention. */
    private boolean negated(String line, int mentionStart) {
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(line);
        while (end.find() && end.end() <= mentionStart) {
            sentenceStart = end.end();
        }
        String before = line.substring(sentenceStart, mentionStart);
        return negations.stream().anyMatch(n -> n.matcher(before).find());
    }
}

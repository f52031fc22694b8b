package dev.hireable.rules.toy_dataset;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.LiteralPrefilter;
import java.util.ArrayList;
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

    /** Each dataset's phrases, compiled once. */
    private final Map<String, List<RulePattern>> phrases = new java.util.LinkedHashMap<>();
    /** All phrases in one expression: most lines name no dataset, and one search tells. */
    private final java.util.Optional<RulePattern> anyPhrase;
    /** Most lines hold no literal text of any phrase either, which one pass over the line tells sooner. */
    private final LiteralPrefilter prefilter;

    private final List<RulePattern> negations;

    NameMentions(Map<String, ToyDataset> datasets, List<RulePattern> negations) {
        datasets.forEach((id, dataset) -> phrases.put(id, dataset.readmePatterns()));
        List<RulePattern> all = phrases.values().stream().flatMap(List::stream).toList();
        this.anyPhrase = RulePattern.anyOf(all);
        this.prefilter = LiteralPrefilter.of(all);
        this.negations = List.copyOf(negations);
    }

    /** The datasets the line names, each once, in the order of the rule file. */
    List<String> in(String line) {
        if (anyPhrase.isEmpty() || !prefilter.mayMatch(line) || !anyPhrase.get().find(line)) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        phrases.forEach((id, patterns) -> {
            for (RulePattern phrase : patterns) {
                Matcher matcher = phrase.matcher(line);
                while (matcher.find()) {
                    if (!negated(line, matcher.start())) {
                        mentions.add(new Mention(id, matcher.start(), matcher.end()));
                    }
                    if (matcher.end() == matcher.start()) {
                        break;
                    }
                }
            }
        });
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

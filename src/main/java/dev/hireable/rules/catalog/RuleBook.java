package dev.hireable.rules.catalog;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalSpec;
import java.util.List;
import java.util.Map;

/**
 * One rule file as a module reads it: its checked vocabulary, the documentation of its rules, from which it builds
 * findings so that every message and remediation comes from the data, and the signals it declares.
 */
public final class RuleBook<V> {

    private final String file;
    private final V vocabulary;
    private final Map<String, RuleDoc> docs;
    private final Map<String, SignalSpec> signals;

    RuleBook(String file, V vocabulary, Map<String, RuleDoc> docs, Map<String, SignalSpec> signals) {
        this.file = file;
        this.vocabulary = vocabulary;
        this.docs = Map.copyOf(docs);
        this.signals = signals;
    }

    public V vocabulary() {
        return vocabulary;
    }

    public String file() {
        return file;
    }

    public RuleDoc doc(String ruleId) {
        RuleDoc doc = docs.get(ruleId);
        if (doc == null) {
            throw new IllegalArgumentException("rule " + ruleId + " is not documented in " + file);
        }
        return doc;
    }

    /** The signals this file declares, in the order written. */
    public Map<String, SignalSpec> signals() {
        return signals;
    }

    /** A builder that takes exactly this file's signals. */
    public SignalSet.Builder signalBuilder() {
        return SignalSet.builder(signals);
    }

    /** A finding whose message is the rule's message for the outcome, with placeholders filled from {@code values}. */
    public Finding finding(String ruleId, Outcome outcome, List<Evidence> evidence, Map<String, String> values) {
        RuleDoc doc = doc(ruleId);
        return new Finding(ruleId, outcome, doc.message(outcome, values), evidence, doc.remediation(outcome));
    }

    public Finding finding(String ruleId, Outcome outcome, List<Evidence> evidence) {
        return finding(ruleId, outcome, evidence, Map.of());
    }

    /** A finding with a message of the rule's own making, e.g. naming a file that could not be read. */
    public Finding findingWithMessage(String ruleId, Outcome outcome, String message, List<Evidence> evidence) {
        return new Finding(ruleId, outcome, message, evidence, doc(ruleId).remediation(outcome));
    }
}

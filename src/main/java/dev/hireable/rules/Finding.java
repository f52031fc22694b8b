package dev.hireable.rules;

import java.util.List;
import java.util.Optional;

/**
 * One rule's verdict on one repository, with the evidence that backs it.
 *
 * @param rule        a stable id such as {@code readme.results}
 * @param message     one sentence; cut at {@value #MAX_MESSAGE} characters, since it may quote what a repository holds
 * @param remediation what to do about it; empty on a pass
 */
public record Finding(
        String rule, Outcome outcome, String message, List<Evidence> evidence, Optional<String> remediation) {

    public static final int MAX_MESSAGE = 1_000;

    public Finding {
        evidence = List.copyOf(evidence);
        if (rule == null || rule.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule id and a message");
        }
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
    }

    public boolean is(Outcome other) {
        return outcome == other;
    }
}

package dev.hireable.rules.ignores;

/**
 * One ignore from .hireable.yml: a rule id ({@code endpoint.live_url}) or a module name ({@code docker}, which
 * covers every {@code docker.*} rule), and the candidate's reason.
 */
public record Ignore(String rule, String reason) {

    public boolean covers(String ruleId) {
        return ruleId.equals(rule) || ruleId.startsWith(rule + ".");
    }
}

package dev.hireable.snapshot;

import java.util.Optional;

/**
 * Whose repository this is, when it is audited as part of a candidate's portfolio: a profile may showcase someone
 * else's repository, which shows the candidate's work only if they contributed to it.
 *
 * @param owner       the account that owns the repository
 * @param candidate   the account whose portfolio is audited
 * @param contributed whether the candidate has commits in it; empty when the forge could not say (or was not asked,
 *                    for the candidate's own repository)
 */
public record Ownership(String owner, String candidate, Optional<Boolean> contributed) {

    /** The candidate's own repository. */
    public static Ownership own(String candidate) {
        return new Ownership(candidate, candidate, Optional.empty());
    }

    /** Owned by another account than the candidate's. */
    public boolean foreign() {
        return !owner.equalsIgnoreCase(candidate);
    }

    /** Whether the repository shows the candidate's work: their own, or another's they have commits in. */
    public boolean candidatesWork() {
        return !foreign() || contributed.orElse(false);
    }
}

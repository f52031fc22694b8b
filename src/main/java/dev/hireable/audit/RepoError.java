package dev.hireable.audit;

/** A repository that could not be audited, and why, in one sentence. */
public record RepoError(String repo, String message) {}

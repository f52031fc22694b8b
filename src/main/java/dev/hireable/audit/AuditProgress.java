package dev.hireable.audit;

/** Hears about an audit as it goes; the CLI prints it on standard error. */
public interface AuditProgress {

    AuditProgress SILENT = new AuditProgress() {};

    default void started(int repositories) {}

    default void repoDone(String repo, int done, int total) {}

    default void repoFailed(String repo, String message, int done, int total) {}
}

package dev.hireable.source;

/**
 * A source could not give what was asked. The kind says whether the whole audit must stop, and with which
 * exit code the CLI answers; the message is one sentence a user can act on, never a stack trace or a token.
 */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The user, repository or directory does not exist or is not usable input (exit 2). */
        NOT_FOUND,
        /** GitHub cannot be used at all: bad credentials, network down, rate limit before anything was audited (exit 3). */
        UNAVAILABLE,
        /** This one repository failed; the others go on (listed in the report's errors, exit 4). */
        REPOSITORY_FAILED
    }

    private final Kind kind;

    public SourceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SourceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

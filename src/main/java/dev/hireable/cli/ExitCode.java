package dev.hireable.cli;

/** The exit codes of ../CONTRACT.md. */
public final class ExitCode {

    /** The audit ran, whatever the verdict. */
    public static final int OK = 0;
    /** The portfolio score is below --fail-under. */
    public static final int BELOW_THRESHOLD = 1;
    /** Bad input: usage, unknown user or repository, not a directory, invalid rule file. */
    public static final int BAD_INPUT = 2;
    /** GitHub could not be used: bad credentials, rate limit with nothing audited, network failure. */
    public static final int GITHUB_UNAVAILABLE = 3;
    /** Some repositories could not be audited; the report says which and why. */
    public static final int PARTIAL = 4;

    private ExitCode() {}
}

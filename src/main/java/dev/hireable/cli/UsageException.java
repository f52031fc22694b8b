package dev.hireable.cli;

/** Bad input found after parsing (a value that parses but makes no sense); exit 2 with the message. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

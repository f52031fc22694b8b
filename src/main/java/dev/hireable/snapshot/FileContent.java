package dev.hireable.snapshot;

/**
 * What reading one file of a snapshot gave. Rules switch over it: only {@link Text} can be parsed, every other
 * case is a reason a signal may be undecidable.
 */
public sealed interface FileContent {

    String path();

    /** Decoded text. {@code lossy} is true when the bytes were not valid in their encoding and were replaced. */
    record Text(String path, String text, boolean lossy) implements FileContent {}

    /** The file holds binary data (a NUL byte and no UTF-16 byte-order mark). */
    record Binary(String path) implements FileContent {}

    /** The file is larger than a snapshot reads; it is listed, not read. */
    record TooLarge(String path, long size, long limit) implements FileContent {}

    /** The snapshot's read budget for this repository is spent. */
    record OverBudget(String path) implements FileContent {}

    /** The file could not be read (permissions, a broken link, a network failure, a body that was not kept). */
    record Unreadable(String path, String reason) implements FileContent {}

    /** No such file in the tree. */
    record Missing(String path) implements FileContent {}

    /** One clear sentence saying why there is no text, or {@code ""} for text. */
    default String explanation() {
        if (this instanceof Binary) {
            return path() + " is a binary file";
        } else if (this instanceof TooLarge t) {
            return path() + " is " + t.size() + " bytes, over the " + t.limit() + "-byte read limit";
        } else if (this instanceof OverBudget) {
            return path() + " was not read: the read budget for this repository is spent";
        } else if (this instanceof Unreadable u) {
            return path() + " could not be read: " + u.reason();
        } else if (this instanceof Missing) {
            return path() + " does not exist";
        }
        return "";
    }
}

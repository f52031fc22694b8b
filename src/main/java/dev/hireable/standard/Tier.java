package dev.hireable.standard;

import java.util.Locale;

/** How strongly a requirement is evidenced, each tier worth more than the last. */
public enum Tier {
    /** No evidence at all. */
    NONE,
    /** Said in the README or declared as a dependency, not shown. */
    CLAIMED,
    /** Shown in code or config. */
    PRESENT,
    /** A live probe answered. */
    VERIFIED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Tier other) {
        return compareTo(other) >= 0;
    }
}

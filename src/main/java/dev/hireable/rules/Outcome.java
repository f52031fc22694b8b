package dev.hireable.rules;

import java.util.Locale;

/** How a rule came out on one repository. {@link #UNKNOWN} is kept out of every score. */
public enum Outcome {
    PASS,
    FAIL,
    NOT_APPLICABLE,
    UNKNOWN;

    /** Made once: asked for every finding of every repository written or scored. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id the JSON report and rules/*.yaml use: {@code pass}, {@code fail}, {@code not_applicable}, {@code unknown}. */
    public String id() {
        return id;
    }

    public static Outcome fromId(String id) {
        for (Outcome outcome : values()) {
            if (outcome.id().equals(id)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + id + "' (want pass, fail, not_applicable or unknown)");
    }
}

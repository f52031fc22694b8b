package dev.hireable.rules;

import java.util.Locale;

/** The kinds of value a signal holds: a yes/no flag, a list of names, or an optional text. */
public enum SignalType {
    FLAG,
    LIST,
    TEXT;

    /** The id rule files use: {@code flag}, {@code list}, {@code text}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SignalType fromId(String id) {
        for (SignalType type : values()) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown signal type '" + id + "' (want flag, list or text)");
    }

    /** The value a signal of this type has when nothing was found. */
    public SignalValue absent() {
        return switch (this) {
            case FLAG -> SignalValue.Flag.NO;
            case LIST -> SignalValue.Names.NONE;
            case TEXT -> SignalValue.Text.NONE;
        };
    }
}

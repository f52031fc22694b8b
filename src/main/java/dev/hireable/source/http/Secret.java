package dev.hireable.source.http;

import java.util.Objects;

/** A token. Its {@code toString} never shows it, so no log line, exception or record dump can leak it. */
public final class Secret {

    private final String value;

    public Secret(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a token must not be empty");
        }
        this.value = value.strip();
    }

    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}

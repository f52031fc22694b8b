package dev.hireable.audit;

import java.util.Locale;

/** What was audited: local directories, chosen repositories, or a user. */
public record Subject(Kind kind, String id) {

    public enum Kind {
        DIR,
        REPO,
        USER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

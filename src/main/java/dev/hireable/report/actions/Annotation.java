package dev.hireable.report.actions;

import java.util.Locale;

/** One GitHub Actions workflow command that annotates a file and line: {@code ::warning file=...,line=...::message}. */
public record Annotation(Level level, String file, int line, String title, String message) {

    public enum Level {
        ERROR,
        WARNING,
        NOTICE;

        String command() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The workflow command line, with GitHub's escaping of properties and data. */
    public String command() {
        StringBuilder command = new StringBuilder("::").append(level.command());
        if (!file.isEmpty()) {
            command.append(" file=").append(escapeProperty(file));
            if (line > 0) {
                command.append(",line=").append(line);
            }
            command.append(",title=").append(escapeProperty(title));
        } else {
            command.append(" title=").append(escapeProperty(title));
        }
        return command.append("::").append(escapeData(message)).toString();
    }

    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}

package dev.hireable.snapshot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A file glob over repository paths, matched case-insensitively. {@code **} crosses folders, {@code *} and
 * {@code ?} stay inside one, {@code {a,b}} is a choice. A glob without a slash matches the file name in any
 * folder ({@code Dockerfile} matches {@code deploy/Dockerfile}), as in .gitignore.
 */
public final class Glob {

    private static final String WILDCARDS = "*?{}[]";
    /** Globs come from rule files, a few hundred at most: each is compiled once per run, not once per lookup. */
    private static final Map<String, Glob> COMPILED = new ConcurrentHashMap<>();

    private static final int MAX_COMPILED = 10_000;

    private final String source;
    private final Pattern pattern;
    /** For the common plain shapes a string comparison replaces the regex: a tree of 20,000 files is matched often. */
    private final Shortcut shortcut;

    /** Several plain shapes: a choice such as {@code *.{png,jpg}} is matched as its alternatives, with no regex. */
    private final List<Glob> anyOf;

    private enum Kind {
        NAME,
        PATH,
        SUFFIX,
        ANY_OF,
        REGEX
    }

    private record Shortcut(Kind kind, String text) {}

    private Glob(String source, Pattern pattern, Shortcut shortcut, List<Glob> anyOf) {
        this.source = source;
        this.pattern = pattern;
        this.shortcut = shortcut;
        this.anyOf = anyOf;
    }

    public static Glob of(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("a glob must not be empty");
        }
        Glob known = COMPILED.get(glob);
        if (known != null) {
            return known;
        }
        Glob compiled = compile(glob);
        if (COMPILED.size() < MAX_COMPILED) {
            COMPILED.putIfAbsent(glob, compiled);
        }
        return compiled;
    }

    private static Glob compile(String glob) {
        String body = glob.startsWith("/") ? glob.substring(1) : glob;
        boolean anyFolder = !glob.contains("/");
        String regex = (anyFolder ? "(?:.*/)?" : "") + toRegex(body);
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        Shortcut shortcut = shortcut(body, anyFolder);
        List<String> alternatives = alternatives(glob);
        if (shortcut.kind() == Kind.REGEX && alternatives.size() > 1) {
            List<Glob> plain = alternatives.stream().map(Glob::compile).toList();
            if (plain.stream().allMatch(g -> g.shortcut.kind() != Kind.REGEX)) {
                return new Glob(glob, pattern, new Shortcut(Kind.ANY_OF, ""), plain);
            }
        }
        return new Glob(glob, pattern, shortcut, List.of());
    }

    /**
     * The globs a glob with one choice stands for: {@code *.{yml,yaml}} is {@code *.yml} and {@code *.yaml}; any
     * other glob (no choice, several, nested, or a choice holding a slash) is itself alone. Matching a path against
     * the alternatives is the same as against the glob.
     */
    public static List<String> alternatives(String glob) {
        int open = glob.indexOf('{');
        int close = glob.indexOf('}');
        boolean single =
                open >= 0 && close > open && glob.indexOf('{', open + 1) < 0 && glob.indexOf('}', close + 1) < 0;
        if (!single || glob.substring(open, close).contains("/")) {
            return List.of(glob);
        }
        String head = glob.substring(0, open);
        String tail = glob.substring(close + 1);
        return java.util.Arrays.stream(glob.substring(open + 1, close).split(",", -1))
                .map(choice -> head + choice + tail)
                .filter(alternative -> !alternative.isBlank())
                .toList();
    }

    private static Shortcut shortcut(String body, boolean anyFolder) {
        boolean plain = body.chars().noneMatch(c -> WILDCARDS.indexOf(c) >= 0);
        if (plain) {
            return new Shortcut(anyFolder ? Kind.NAME : Kind.PATH, body);
        }
        String rest = body.startsWith("*") ? body.substring(1) : "";
        if (anyFolder && !rest.isEmpty() && rest.chars().noneMatch(c -> WILDCARDS.indexOf(c) >= 0)) {
            return new Shortcut(Kind.SUFFIX, rest);
        }
        return new Shortcut(Kind.REGEX, "");
    }

    public boolean matches(String path) {
        String text = shortcut.text();
        switch (shortcut.kind()) {
            case PATH:
                return path.equalsIgnoreCase(text);
            case NAME: {
                int start = path.length() - text.length();
                return start >= 0
                        && (start == 0 || path.charAt(start - 1) == '/')
                        && path.regionMatches(true, start, text, 0, text.length());
            }
            case SUFFIX: {
                int start = path.length() - text.length();
                return start >= 0
                        && path.lastIndexOf('/') < start
                        && path.regionMatches(true, start, text, 0, text.length());
            }
            case ANY_OF: {
                for (Glob alternative : anyOf) {
                    if (alternative.matches(path)) {
                        return true;
                    }
                }
                return false;
            }
            default:
                return pattern.matcher(path).matches();
        }
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    if (doubleStar) {
                        boolean folderPrefix = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        regex.append(folderPrefix ? "(?:.*/)?" : ".*");
                        i += folderPrefix ? 2 : 1;
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("unbalanced '}' in glob " + glob);
                    }
                    braces--;
                    regex.append(')');
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            throw new IllegalArgumentException("unbalanced '{' in glob " + glob);
        }
        return regex.toString();
    }
}

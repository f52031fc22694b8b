package dev.hireable.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The pairs of characters every path this glob matches holds (see {@link #sketch}); 0 when unknown. */
    private final long requiredSketch;

    private enum Kind {
        NAME,
        PATH,
        SUFFIX,
        NAME_STARS,
        SEGMENTS,
        ANY_OF,
        REGEX
    }

    /**
     * How a glob is matched without its regex: {@code text} is what is compared; for {@link Kind#SEGMENTS}, folders of
     * literal text and single stars, which start at any depth ({@code **}{@code /} before them) or at the root, and
     * have files under them ({@code /**} after them) or end the path.
     */
    private record Shortcut(Kind kind, String text, boolean anyDepth, boolean anyBelow) {
        Shortcut(Kind kind, String text) {
            this(kind, text, false, false);
        }
    }

    private Glob(String source, Pattern pattern, Shortcut shortcut, List<Glob> anyOf) {
        this.source = source;
        this.pattern = pattern;
        this.shortcut = shortcut;
        this.anyOf = anyOf;
        this.requiredSketch = requiredSketch(shortcut);
    }

    /**
     * The text every name this glob matches starts with, before its first wildcard ("README" of "README{-,_}*"), as
     * written (compare it ignoring case); empty when the glob starts with a wildcard or spans folders.
     */
    public String nameLiteralStart() {
        String body = source.startsWith("/") ? source.substring(1) : source;
        if (body.contains("/")) {
            return "";
        }
        int end = 0;
        while (end < body.length() && WILDCARDS.indexOf(body.charAt(end)) < 0) {
            end++;
        }
        return body.substring(0, end);
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
        if (anyFolder && onlySingleStars(body)) {
            return new Shortcut(Kind.NAME_STARS, body);
        }
        boolean anyDepth = body.startsWith("**/");
        boolean anyBelow = body.endsWith("/**");
        String folders =
                body.substring(anyDepth ? 3 : 0, Math.max(anyDepth ? 3 : 0, body.length() - (anyBelow ? 3 : 0)));
        if (!anyFolder && !folders.isEmpty() && onlySingleStars(folders)) {
            return new Shortcut(Kind.SEGMENTS, folders, anyDepth, anyBelow);
        }
        return new Shortcut(Kind.REGEX, "");
    }

    /** Literal text and stars that stay inside one folder (no {@code **}, {@code ?}, choice or class). */
    private static boolean onlySingleStars(String text) {
        return !text.contains("**") && text.chars().noneMatch(c -> c != '*' && WILDCARDS.indexOf(c) >= 0);
    }

    public boolean matches(String path) {
        return matches(path, path.lastIndexOf('/') + 1);
    }

    /**
     * Whether the path matches, its file name starting at {@code nameStart} (after the last slash): a caller that
     * matches many globs against the same files finds where each name starts once.
     */
    public boolean matches(String path, int nameStart) {
        String text = shortcut.text();
        switch (shortcut.kind()) {
            case PATH:
                return path.length() == text.length() && endsWith(path, text);
            case NAME:
                return path.length() - nameStart == text.length() && endsWith(path, text);
            case SUFFIX:
                return path.length() - nameStart >= text.length() && endsWith(path, text);
            case NAME_STARS:
                return starsMatch(shortcut.text(), 0, shortcut.text().length(), path, nameStart, path.length());
            case SEGMENTS:
                return segmentsMatch(path);
            case ANY_OF: {
                for (Glob alternative : anyOf) {
                    if (alternative.matches(path, nameStart)) {
                        return true;
                    }
                }
                return false;
            }
            default:
                return pattern.matcher(path).matches();
        }
    }

    /**
     * Each folder of the glob against the same folder of the path (a star never crosses a slash), from the root or,
     * for {@code **}{@code /}, from the start of any folder.
     */
    private boolean segmentsMatch(String path) {
        if (!shortcut.anyDepth()) {
            return segmentsMatchAt(path, 0);
        }
        for (int start = 0; start >= 0; start = nextFolder(path, start)) {
            if (segmentsMatchAt(path, start)) {
                return true;
            }
        }
        return false;
    }

    private static int nextFolder(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? -1 : slash + 1;
    }

    /** Whether the glob's folders match the path's from {@code pathFrom}, then end it or, for {@code /**}, hold files. */
    private boolean segmentsMatchAt(String path, int pathFrom) {
        String glob = shortcut.text();
        int globFrom = 0;
        int at = pathFrom;
        while (true) {
            int globEnd = glob.indexOf('/', globFrom);
            int pathEnd = path.indexOf('/', at);
            if (globEnd < 0) {
                boolean lastFolder = shortcut.anyBelow() ? pathEnd >= 0 : pathEnd < 0;
                return lastFolder
                        && starsMatch(glob, globFrom, glob.length(), path, at, pathEnd < 0 ? path.length() : pathEnd);
            }
            if (pathEnd < 0 || !starsMatch(glob, globFrom, globEnd, path, at, pathEnd)) {
                return false;
            }
            globFrom = globEnd + 1;
            at = pathEnd + 1;
        }
    }

    /**
     * Whether {@code glob[globFrom, globTo)}, literal text and stars, matches the whole of {@code text[from, to)}, which
     * holds no slash. Greedy with one point to back up to (the last star), so it takes linear time in practice.
     */
    private static boolean starsMatch(String glob, int globFrom, int globTo, String text, int from, int to) {
        int g = globFrom;
        int t = from;
        int star = -1;
        int starText = from;
        while (t < to) {
            if (g < globTo && glob.charAt(g) == '*') {
                star = g++;
                starText = t;
            } else if (g < globTo && sameIgnoringAsciiCase(glob.charAt(g), text.charAt(t))) {
                g++;
                t++;
            } else if (star >= 0) {
                g = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (g < globTo && glob.charAt(g) == '*') {
            g++;
        }
        return g == globTo;
    }

    /** Whether the path ends with the text, case ignored (as the regular expression does). */
    private static boolean endsWith(String path, String text) {
        int start = path.length() - text.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!sameIgnoringAsciiCase(text.charAt(i), path.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    /** Case is ignored as the regular expression does (CASE_INSENSITIVE without UNICODE_CASE): for ASCII only. */
    private static boolean sameIgnoringAsciiCase(char a, char b) {
        return lowerAscii(a) == lowerAscii(b);
    }

    /** A character lower-cased if it is an ASCII capital, left as it is otherwise. */
    public static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * The pairs of adjacent characters in {@code text[from, to)}, case ignored as ASCII, hashed into the bits of a
     * long: a path that lacks a pair a glob requires (see {@link #mayMatch(long)}) cannot match it, which one
     * {@code &} tells for each of 200,000 files.
     */
    public static long sketch(String text, int from, int to) {
        long sketch = 0;
        for (int i = from + 1; i < to; i++) {
            sketch |= pairBit(lowerAscii(text.charAt(i - 1)), lowerAscii(text.charAt(i)));
        }
        return sketch;
    }

    /** False when a path with this {@link #sketch} cannot match the glob; true when it may. */
    public boolean mayMatch(long pathSketch) {
        return (requiredSketch & ~pathSketch) == 0;
    }

    private static long pairBit(char a, char b) {
        int h = a * 0x9E3779B1 ^ b * 0x85EBCA77;
        return 1L << ((h ^ (h >>> 16)) & 63);
    }

    /** The pairs of the literal text a matching path must hold: each part between stars, as written. */
    private static long requiredSketch(Shortcut shortcut) {
        long required = 0;
        if (shortcut.kind() != Kind.ANY_OF && shortcut.kind() != Kind.REGEX) {
            for (String part : shortcut.text().split("\\*")) {
                required |= sketch(part, 0, part.length());
            }
        }
        return required;
    }

    /** The file name a glob without wildcards or folders stands for, lower-cased as ASCII (as it is matched). */
    Optional<String> literalName() {
        return shortcut.kind() == Kind.NAME ? Optional.of(lowerAscii(shortcut.text())) : Optional.empty();
    }

    /**
     * The extension a glob {@code *.ext} stands for (any file whose name ends in {@code .ext}, {@code ext} without a
     * dot), lower-cased as ASCII.
     */
    Optional<String> literalExtension() {
        String text = shortcut.text();
        boolean extension = shortcut.kind() == Kind.SUFFIX && text.length() > 1 && text.lastIndexOf('.') == 0;
        return extension ? Optional.of(lowerAscii(text.substring(1))) : Optional.empty();
    }

    /** Lower case for ASCII letters only, as globs compare names; other characters are kept as they are. */
    public static String lowerAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = lowerAscii(chars[i]);
        }
        return new String(chars);
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

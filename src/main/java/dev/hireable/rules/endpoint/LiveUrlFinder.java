package dev.hireable.rules.endpoint;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.ReadmeFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the live URLs a README and a homepage give: every http(s) URL in the text (Markdown links, autolinks and
 * bare URLs alike, so plain-text and reStructuredText READMEs work too), kept when it is on a deploy host and is not a
 * placeholder. The scan is linear in the text (every pattern is bounded, a snippet is a window around its URL) and
 * keeps at most {@value #MAX_FOUND} live URLs and placeholders, whatever a README holds.
 */
final class LiveUrlFinder {

    /** Where an http(s) URL starts; {@link #urlEnd} finds where it ends. */
    private static final Pattern SCHEME_START = Pattern.compile("https?://", Pattern.CASE_INSENSITIVE);
    /** Characters that end a URL in running text; whitespace ends it too. */
    private static final String URL_STOPS = "<>()[]{}\"'`|\\";
    /** The longest template part in brackets ({@code <your-app>}) kept inside a URL. */
    private static final int MAX_TEMPLATE = 100;
    /**
     * Where an image's URL starts: Markdown {@code ![alt](url)} or HTML {@code <img src="url">}. Badges are images.
     * The alt text and the attributes before {@code src} are bounded, so openers without an end cost no rescans.
     */
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[[^\\]]{0,300}]\\(\\s*<?|<img\\b[^>]{0,300}?\\bsrc\\s*=\\s*[\"']?", Pattern.CASE_INSENSITIVE);

    private static final String TRAILING_PUNCTUATION = ".,;:!?*_~";
    /** The most live URLs and the most placeholders kept; a README listing more is scanned no further. */
    static final int MAX_FOUND = 20;

    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("^[^@]*@");
    private static final Pattern PORT = Pattern.compile(":\\d*$");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern WWW = Pattern.compile("^www\\.");
    /** Characters of the line shown before a URL in its evidence. */
    private static final int SNIPPET_LEAD = 60;

    private static final int SNIPPET_LENGTH = 200;

    /** What the README and homepage give. */
    record Result(List<LiveUrl> live, List<Evidence> placeholders) {
        Result {
            live = List.copyOf(live);
            placeholders = List.copyOf(placeholders);
        }
    }

    private final LiveUrlVocabulary vocabulary;
    private final LiveUrlVocabulary.HostPatterns patterns;
    /** A README repeats its URLs (badges, the same link in every section): each is classified once. */
    private final Map<String, Kind> classified = new HashMap<>();

    LiveUrlFinder(LiveUrlVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.patterns = vocabulary.compile();
    }

    Result find(Optional<ReadmeFile> readme, Optional<String> homepage) {
        List<LiveUrl> live = new ArrayList<>();
        List<Evidence> placeholders = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        homepage.map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(LiveUrlFinder::withScheme)
                .ifPresent(
                        url -> keep(url, () -> Evidence.link(url), () -> Evidence.link(url), live, placeholders, seen));
        readme.filter(ReadmeFile::readable).ifPresent(file -> scan(file, live, placeholders, seen));
        return new Result(live, placeholders);
    }

    private void scan(ReadmeFile readme, List<LiveUrl> live, List<Evidence> placeholders, Set<String> seen) {
        String[] lines = readme.text().split("\\R", -1);
        for (int i = 0; i < lines.length && !full(live, placeholders); i++) {
            String line = lines[i];
            Set<Integer> images = imageStarts(line);
            Matcher matcher = SCHEME_START.matcher(line);
            int from = 0;
            while (!full(live, placeholders) && matcher.find(from)) {
                int start = matcher.start();
                int end = urlEnd(line, matcher.end());
                from = Math.max(end, matcher.end());
                if (end == matcher.end() || images.contains(start)) {
                    continue;
                }
                String url = trimTrailing(line.substring(start, end));
                int number = i + 1;
                keep(
                        url,
                        () -> new Evidence(
                                Optional.of(readme.path()),
                                number,
                                Optional.of(around(line, start)),
                                Optional.of(url),
                                false),
                        () -> Evidence.line(readme.path(), number, url),
                        live,
                        placeholders,
                        seen);
            }
            for (RulePattern text : vocabulary.placeholderText()) {
                Matcher placeholder = text.matcher(line);
                if (placeholder.find() && placeholders.size() < MAX_FOUND) {
                    placeholders.add(Evidence.line(readme.path(), i + 1, placeholder.group()));
                    break;
                }
            }
        }
    }

    /**
     * Where a URL that starts before {@code from} ends: a run of URL characters, where template parts in angle,
     * square or curly brackets are kept whole so that {@code https://<your-app>.onrender.com} stays one URL and can
     * be recognised as a placeholder. A loop, not a regex: a repeated alternation recurses once per character in
     * java.util.regex, and a URL of 100,000 characters overflowed the stack.
     */
    private static int urlEnd(String line, int from) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            int close = c == '<' ? '>' : c == '[' ? ']' : c == '{' ? '}' : -1;
            if (close >= 0) {
                int limit = Math.min(line.length(), i + MAX_TEMPLATE + 2);
                int j = i + 1;
                while (j < limit && line.charAt(j) != close && !whitespace(line.charAt(j))) {
                    j++;
                }
                if (j >= limit || line.charAt(j) != close) {
                    return i;
                }
                i = j + 1;
            } else if (whitespace(c) || URL_STOPS.indexOf(c) >= 0) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /** Whitespace as {@code \\s} in a regex means it. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static boolean full(List<LiveUrl> live, List<Evidence> placeholders) {
        return live.size() >= MAX_FOUND && placeholders.size() >= MAX_FOUND;
    }

    /** The part of a line a snippet shows: from a little before the URL, at most a snippet long. */
    private static String around(String line, int urlStart) {
        if (line.length() <= SNIPPET_LENGTH) {
            return line;
        }
        int from = Math.max(0, urlStart - SNIPPET_LEAD);
        return line.substring(from, Math.min(line.length(), from + SNIPPET_LENGTH));
    }

    /**
     * Keeps a URL that is live or a placeholder; evidence is only made for what is kept.
     *
     * @param link   evidence that links the URL itself, for a live URL
     * @param source evidence of where the text stands, for a placeholder (which must not be shown as a link)
     */
    private void keep(
            String url,
            Supplier<Evidence> link,
            Supplier<Evidence> source,
            List<LiveUrl> live,
            List<Evidence> placeholders,
            Set<String> seen) {
        Kind kind = classified.computeIfAbsent(url, this::classify);
        if (kind instanceof Kind.Placeholder && placeholders.size() < MAX_FOUND) {
            placeholders.add(source.get());
        } else if (kind instanceof Kind.Live host && live.size() < MAX_FOUND && seen.add(normalise(url))) {
            live.add(new LiveUrl(url, host.deployHost(), link.get()));
        }
    }

    /** What a URL is, by its host and path. */
    private sealed interface Kind {
        record Live(String deployHost) implements Kind {}

        record Placeholder() implements Kind {}

        record Other() implements Kind {}
    }

    private Kind classify(String url) {
        String rest = SCHEME.matcher(url).replaceFirst("");
        int pathStart = indexOfAny(rest, "/?#");
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String host = PORT.matcher(USER_INFO.matcher(authority).replaceFirst(""))
                .replaceFirst("")
                .toLowerCase(Locale.ROOT);
        String path =
                pathStart < 0 ? "" : QUERY.matcher(rest.substring(pathStart)).replaceFirst("");
        String hostAndPath = TRAILING_SLASHES.matcher(host + path).replaceFirst("");
        if (patterns.notAnApp(host)) {
            return new Kind.Other();
        }
        if (patterns.temporary(host)) {
            return new Kind.Placeholder();
        }
        Optional<String> deployHost = patterns.deployHost(host, hostAndPath);
        if (deployHost.isEmpty()) {
            return new Kind.Other();
        }
        return patterns.placeholder(url) ? new Kind.Placeholder() : new Kind.Live(deployHost.get());
    }

    private static Set<Integer> imageStarts(String line) {
        Set<Integer> starts = new java.util.HashSet<>();
        Matcher image = IMAGE.matcher(line);
        while (image.find()) {
            starts.add(image.end());
        }
        return starts;
    }

    private static String withScheme(String url) {
        return url.matches("(?i)^https?://.*") ? url : "https://" + url;
    }

    private static String normalise(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return TRAILING_SLASHES
                .matcher(WWW.matcher(SCHEME.matcher(lower).replaceFirst("")).replaceFirst(""))
                .replaceFirst("");
    }

    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

package dev.hireable.batch;

import dev.hireable.report.ranking.Shard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The candidates of a batch file: one GitHub login a line, {@code #} starts a comment, blank lines are ignored.
 * A profile URL ({@code https://github.com/login}) or {@code @login} is accepted for the login. A line that holds
 * no valid login is kept as a problem with its line number, and the other lines still count.
 */
public record CandidateList(List<Candidate> candidates, List<Problem> problems) {

    /** GitHub's rule: 1-39 letters, digits or single hyphens, neither first nor last. */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

    private static final Pattern PROFILE_URL =
            Pattern.compile("(?i)(?:https?://)?(?:www\\.)?github\\.com/([^/?#\\s]+)/?");

    /** A login to audit and the line it came from. */
    public record Candidate(String login, int line) {

        /** The login in lower case: GitHub logins are case-insensitive, and so are some file systems. */
        public String key() {
            return login.toLowerCase(Locale.ROOT);
        }
    }

    /** A line that is not a candidate: not a login, or a login already listed. */
    public record Problem(int line, String text, String reason) {}

    public CandidateList {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }

    public static CandidateList parse(String text) {
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String raw = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            int hash = raw.indexOf('#');
            String value = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (value.isEmpty()) {
                continue;
            }
            String login = loginOf(value);
            if (!LOGIN.matcher(login).matches()) {
                problems.add(new Problem(
                        number,
                        value,
                        "'" + shorten(value) + "' is not a GitHub login (letters, digits and single "
                                + "hyphens, at most 39, e.g. octocat)"));
                continue;
            }
            Integer first = seen.putIfAbsent(login.toLowerCase(Locale.ROOT), number);
            if (first != null) {
                problems.add(new Problem(number, value, "'" + login + "' is already listed on line " + first));
                continue;
            }
            candidates.add(new Candidate(login, number));
        }
        return new CandidateList(candidates, problems);
    }

    /**
     * The candidates of one shard: those whose lower-case login's CRC-32 (of its UTF-8 bytes), modulo the shard count,
     * is the shard's index minus one. A candidate's shard depends on its login alone, so every machine splits the
     * list the same way, and adding or moving lines moves no other candidate to another shard. The lines that are
     * not candidates go with shard 1, so that merged shards report each of them once.
     */
    public CandidateList shard(Shard shard) {
        if (shard.whole()) {
            return this;
        }
        return new CandidateList(
                candidates.stream()
                        .filter(c -> shardIndex(c, shard.count()) == shard.index())
                        .toList(),
                shard.index() == 1 ? problems : List.of());
    }

    private static int shardIndex(Candidate candidate, int count) {
        CRC32 crc = new CRC32();
        crc.update(candidate.key().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count) + 1;
    }

    private static String loginOf(String value) {
        Matcher url = PROFILE_URL.matcher(value);
        if (url.matches()) {
            return url.group(1);
        }
        return value.startsWith("@") ? value.substring(1) : value;
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 59) + "…";
    }
}

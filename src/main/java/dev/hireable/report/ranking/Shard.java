package dev.hireable.report.ranking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} parts a candidate list is split into, so that several machines (each with its own token)
 * audit a long list in parallel; {@code index} counts from 1. Which candidates a shard holds is decided by the batch
 * from each login alone, so the split is the same on every machine and for every rerun.
 */
public record Shard(int index, int count) {

    /** The whole list, in one part. */
    public static final Shard WHOLE = new Shard(1, 1);

    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, not " + index + "/" + count);
        }
    }

    /** Reads {@code I/N}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "a shard is I/N, e.g. 2/4 for the second of four parts, not '" + text + "'");
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

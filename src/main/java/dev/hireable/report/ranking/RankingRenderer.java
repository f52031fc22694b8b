package dev.hireable.report.ranking;

import java.io.IOException;
import java.io.Writer;

/** Writes a ranking of candidates in one format. */
public interface RankingRenderer {

    void render(Ranking ranking, Writer out) throws IOException;

    /** The file name extension of this format, without the dot. */
    String extension();
}

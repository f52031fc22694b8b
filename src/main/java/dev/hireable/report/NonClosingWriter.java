package dev.hireable.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a library write to a stream it must not close (standard output, a writer the caller owns). */
final class NonClosingWriter extends FilterWriter {

    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}

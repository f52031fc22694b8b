package dev.hireable.rules.readme;

import org.junit.jupiter.api.Test;
import java.nio.file.*;
import java.util.stream.*;

class TmpDumpTest {
    @Test
    void dump() throws Exception {
        {
            for (var repo : dev.hireable.testing.Corpus.repos()) {
                var r = ReadmeAudit.of(repo.open());
                System.out.println("== " + repo.name() + " " + r.signal());
                r.findings().forEach(f -> System.out.println("   " + f.rule() + " " + f.outcome() + " " + f.message() + "\n      " + f.evidence().stream().map(e -> e.path().orElse("") + ":" + e.line() + " " + e.snippet().orElse("") + (e.supporting() ? " [supporting]" : "")).collect(Collectors.joining("\n      "))));
            }
        }
    }
}

package dev.hireable.rules.readme;

import org.junit.jupiter.api.Test;
import java.nio.file.*;
import java.util.stream.*;

class TmpDumpTest {
    @Test
    void dump() throws Exception {
        Path corpus = Path.of(System.getProperty("hireable.shared.dir"), "corpus");
        try (Stream<Path> dirs = Files.list(corpus)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                var r = ReadmeAudit.of(dir.resolve("files"));
                System.out.println("== " + dir.getFileName() + " " + r.signal());
                r.findings().forEach(f -> System.out.println("   " + f.rule() + " " + f.outcome() + " " + f.message() + "\n      " + f.evidence().stream().map(e -> e.path().orElse("") + ":" + e.line() + " " + e.snippet().orElse("") + (e.supporting() ? " [supporting]" : "")).collect(Collectors.joining("\n      "))));
            }
        }
    }
}

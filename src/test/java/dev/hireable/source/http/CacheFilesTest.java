package dev.hireable.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFileIsWrittenThroughAnOwnerOnlyTemporaryFileBesideIt() throws IOException {
        Path file = folder.resolve("entries").resolve("repo.json");
        List<Path> whileWriting = new ArrayList<>();
        List<String> permissions = new ArrayList<>();
        CacheFiles.writeAtomically(file, out -> {
            whileWriting.addAll(list(file.getParent()));
            if (posix()) {
                permissions.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(whileWriting.get(0))));
            }
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(file).hasContent("{}");
        assertThat(list(file.getParent())).containsExactly(file);
        assertThat(whileWriting)
                .singleElement()
                .satisfies(temporary -> assertThat(temporary.getFileName().toString())
                        .startsWith(".repo.json.")
                        .endsWith(".tmp"));
        if (posix()) {
            assertThat(permissions).containsExactly("rw-------");
        }
    }

    @Test
    void aWriteThatFailsLeavesTheFileAsItWasAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("report.md");
        Files.writeString(file, "the last report");

        assertThatThrownBy(() -> CacheFiles.writeAtomically(file, out -> {
                    out.write("half a rep".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(file).hasContent("the last report");
        assertThat(list(folder)).containsExactly(file);
    }

    @Test
    void everyWriteHasATemporaryFileOfItsOwn() throws IOException {
        Path file = folder.resolve("index.json");
        List<Path> temporaries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int round = i;
            CacheFiles.writeAtomically(file, out -> {
                temporaries.addAll(list(folder));
                out.write(("v" + round).getBytes(StandardCharsets.UTF_8));
            });
        }
        assertThat(file).hasContent("v2");
        // the second and third rounds also list the file itself
        assertThat(temporaries.stream().filter(p -> !p.equals(file)).distinct()).hasSize(3);
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

package dev.hireable.rules.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Where rule files come from: the built-in ones on the classpath under rules/, then each {@code --rules} folder. */
public record RuleSources(List<RuleFile> builtIn, List<RuleFile> overlays) {

    /** The names of the built-in rule files, one a line, written by the build beside them (see ParsedRules). */
    static final String INDEX_NAME = "index.txt";

    static final String INDEX = "rules/" + INDEX_NAME;

    /** One YAML file: its name (e.g. {@code tracking.yaml}), a label for messages and its text. */
    public static final class RuleFile {
        private final String name;
        private final String label;
        private byte[] utf8;
        private String text;

        public RuleFile(String name, String label, String text) {
            this.name = name;
            this.label = label;
            this.text = text;
        }

        /**
         * A file read as bytes, decoded when its text is first asked for: a built-in file parsed when the jar was
         * built is recognised by the checksum of its bytes, and decoding a quarter of a megabyte of text that is
         * not ASCII took a start 10 ms.
         */
        static RuleFile ofUtf8(String name, String label, byte[] utf8) {
            RuleFile file = new RuleFile(name, label, null);
            file.utf8 = utf8;
            return file;
        }

        public String name() {
            return name;
        }

        public String label() {
            return label;
        }

        public synchronized String text() {
            if (text == null) {
                text = new String(utf8, StandardCharsets.UTF_8);
            }
            return text;
        }

        synchronized byte[] utf8() {
            if (utf8 == null) {
                utf8 = text.getBytes(StandardCharsets.UTF_8);
            }
            return utf8;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RuleFile file
                    && name.equals(file.name)
                    && label.equals(file.label)
                    && text().equals(file.text());
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, label, text());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public RuleSources {
        builtIn = List.copyOf(builtIn);
        overlays = List.copyOf(overlays);
    }

    /**
     * The built-in files, read once per process (the jar does not change under a running JVM): a batch of candidates,
     * or a warm re-audit in one process, reads them once.
     */
    private static volatile List<RuleFile> builtInFiles;

    public static RuleSources builtInOnly() {
        return new RuleSources(builtInFiles(), List.of());
    }

    /** Whether these are the built-in files as this process read them, not stand-ins (a test's). */
    boolean hasTheBuiltInFiles() {
        return builtIn == builtInFiles;
    }

    /**
     * A digest of every rule file in effect, by name and content: a changed overlay gives another (the key of
     * stored results).
     */
    public String fingerprint() {
        if (overlays.isEmpty() && hasTheBuiltInFiles()) {
            String digest = builtInFingerprint;
            if (digest == null) {
                digest = digestOfFiles();
                builtInFingerprint = digest;
            }
            return digest;
        }
        return digestOfFiles();
    }

    /** The digest of the built-in files alone, once per process as they are read once. */
    private static volatile String builtInFingerprint;

    private String digestOfFiles() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
        builtIn.forEach(file -> digest.update(("built-in " + file.name() + "\n").getBytes(StandardCharsets.UTF_8)));
        overlays.forEach(file -> digest.update(("overlay " + file.name() + "\n").getBytes(StandardCharsets.UTF_8)));
        for (List<RuleFile> files : List.of(builtIn, overlays)) {
            for (RuleFile file : files) {
                digest.update(file.utf8());
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<RuleFile> builtInFiles() {
        List<RuleFile> files = builtInFiles;
        if (files == null) {
            files = List.copyOf(readBuiltIn());
            builtInFiles = files;
        }
        return files;
    }

    /**
     * The built-in files overlaid by every YAML file in {@code folders}, in order.
     *
     * @throws RuleFileException when a folder does not exist or cannot be read
     */
    public static RuleSources withOverlays(List<Path> folders) {
        List<RuleFile> overlays = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new RuleFileException(folder.toString(), 0, "is not a folder of rule files");
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(RuleSources::isYamlName).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new RuleFileException(folder.toString(), 0, "could not be read: " + e.getMessage());
            }
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new RuleFileException(
                            file.toString(),
                            0,
                            "is not a file: a rule file must be a YAML file, " + "not a folder or a device");
                }
                String name = file.getFileName().toString().replaceFirst("\\.yml$", ".yaml");
                overlays.add(new RuleFile(name, file.toString(), readUtf8(file)));
            }
        }
        return new RuleSources(builtInFiles(), overlays);
    }

    private static boolean isYamlName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The file's text; text that is not UTF-8 is a problem named with the line it is on. */
    private static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RuleFileException(file.toString(), 0, "could not be read: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < input.position() && i < bytes.length; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new RuleFileException(file.toString(), line, "is not valid UTF-8 text (save the file as UTF-8)");
        }
    }

    private static List<RuleFile> readBuiltIn() {
        URL folder = RuleSources.class.getClassLoader().getResource("rules");
        if (folder == null) {
            throw new RuleFileException("rules/", 0, "the built-in rules are missing from the build");
        }
        try {
            if (folder.openConnection() instanceof JarURLConnection connection) {
                return readJar(connection.getJarFile());
            }
            return readFolder(Path.of(folder.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new RuleFileException("rules/", 0, "the built-in rules could not be read: " + e.getMessage());
        }
    }

    /**
     * The rules/*.yaml entries of the jar the classes run from, read through the JDK's shared copy of it: no file
     * system is opened over the jar, which would read its whole directory again on every start. Their names come
     * from the {@value #INDEX} the build writes (the jar holds 5,000 entries); a jar without one is searched.
     */
    private static List<RuleFile> readJar(JarFile jar) throws IOException {
        JarEntry index = jar.getJarEntry(INDEX);
        List<JarEntry> entries = index == null
                ? jar.stream()
                        .filter(entry -> entry.getName().startsWith("rules/")
                                && entry.getName().endsWith(".yaml")
                                && entry.getName().indexOf('/', "rules/".length()) < 0)
                        .toList()
                : indexed(jar, index);
        entries =
                entries.stream().sorted(Comparator.comparing(JarEntry::getName)).toList();
        List<RuleFile> files = new ArrayList<>();
        for (JarEntry entry : entries) {
            try (InputStream in = jar.getInputStream(entry)) {
                files.add(RuleFile.ofUtf8(
                        entry.getName().substring("rules/".length()), entry.getName(), in.readAllBytes()));
            }
        }
        return files;
    }

    private static List<JarEntry> indexed(JarFile jar, JarEntry index) throws IOException {
        List<JarEntry> entries = new ArrayList<>();
        try (InputStream in = jar.getInputStream(index)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = "rules/" + line.strip();
                if (line.isBlank()) {
                    continue;
                }
                JarEntry entry = jar.getJarEntry(name);
                if (entry == null) {
                    throw new IOException("the index names " + name + ", which the jar does not hold");
                }
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<RuleFile> readFolder(Path folder) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        files.add(new RuleFile(
                                name, "rules/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return files;
    }
}

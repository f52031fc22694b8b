package dev.hireable.rules.context;

import dev.hireable.rules.Evidence;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file that shows a tool, as a rule file describes it: file globs, and patterns that must all match somewhere in
 * the file's text (none: the file being there is enough). Use {@code (?m)} in a pattern to anchor at line starts.
 */
public record FileSign(List<String> files, List<Pattern> contains) {

    public FileSign {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("'files' needs at least one glob");
        }
        files.forEach(Glob::of);
        files = List.copyOf(files);
        contains = contains == null ? List.of() : List.copyOf(contains);
    }

    /**
     * What the sign found: one piece of evidence per matching file (the line of the first pattern's match), and
     * the files that would have been checked but could not be read, one sentence each.
     */
    public record Sighting(List<Evidence> evidence, List<String> unreadable) {

        public Sighting {
            evidence = List.copyOf(evidence);
            unreadable = List.copyOf(unreadable);
        }

        public boolean found() {
            return !evidence.isEmpty();
        }
    }

    public Sighting look(RepoContext context) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (FileEntry file : GlobSet.of(files).files(context)) {
            if (contains.isEmpty()) {
                evidence.add(Evidence.file(file.path()));
                continue;
            }
            FileContent content = context.snapshot().read(file.path());
            if (content instanceof FileContent.Text text) {
                matchAll(file.path(), text.text()).ifPresent(evidence::add);
            } else {
                unreadable.add(content.explanation());
            }
        }
        return new Sighting(evidence, unreadable);
    }

    private Optional<Evidence> matchAll(String path, String text) {
        Evidence first = null;
        for (Pattern pattern : contains) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return Optional.empty();
            }
            if (first == null) {
                first = Evidence.line(path, lineOf(text, matcher.start()), lineText(text, matcher.start()));
            }
        }
        return Optional.ofNullable(first);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String lineText(String text, int offset) {
        int start = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}

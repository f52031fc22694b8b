package dev.hireable.rules.context.usage;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.LiteralPrefilter;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The files that match a {@link FileSignature}, and the ones that might but could not be read.
 *
 * @param undecided candidate files whose text was needed but could not be read
 */
public record FileSearch(List<Evidence> hits, List<String> undecided) {

    public FileSearch {
        hits = List.copyOf(hits);
        undecided = List.copyOf(undecided);
    }

    public static FileSearch of(RepoContext context, FileIndex index, FileSignature signature) {
        List<Evidence> hits = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        for (FileEntry file : index.matching(signature.files())) {
            if (signature.byNameOnly()) {
                hits.add(Evidence.file(file.path()));
                continue;
            }
            FileContent content = context.snapshot().read(file.path());
            if (content instanceof FileContent.Text text) {
                matchText(file.path(), text.text(), signature.contains())
                        .filter(hit -> signature.lacks().stream()
                                .noneMatch(p -> p.matcher(text.text()).find()))
                        .ifPresent(hits::add);
            } else if (content instanceof FileContent.Unreadable || content instanceof FileContent.OverBudget) {
                // binary files and files over the size limit are never configs; these might have been
                undecided.add(file.path());
            }
        }
        return new FileSearch(hits, undecided);
    }

    /** Where the last of the patterns matches, when all do; a pattern whose literal hints are absent is not run. */
    private static Optional<Evidence> matchText(String path, String text, List<RulePattern> patterns) {
        int end = -1;
        for (RulePattern pattern : patterns) {
            if (!LiteralPrefilter.mayMatch(pattern, text)) {
                return Optional.empty();
            }
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return Optional.empty();
            }
            end = Math.max(matcher.end() - 1, matcher.start());
        }
        int offset = Math.max(end, 0);
        int number = 1
                + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return Optional.of(Evidence.line(path, number, lineAt(text, offset)));
    }

    private static String lineAt(String text, int offset) {
        int start = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}

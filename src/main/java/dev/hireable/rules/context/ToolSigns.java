package dev.hireable.rules.context;

import dev.hireable.rules.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How one tool shows itself at work, as a rule file describes it: code lines matching {@code calls} (with the
 * {@code keywords} prefilter of {@link CodeSigns}) and {@code files} (see {@link FileSign}).
 */
public record ToolSigns(List<String> keywords, List<Pattern> calls, List<FileSign> files) {

    public ToolSigns {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        calls = calls == null ? List.of() : List.copyOf(calls);
        files = files == null ? List.of() : List.copyOf(files);
        if (calls.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("a tool needs 'calls' or 'files'");
        }
    }

    /** Code lines first, then files; at most {@code limit} pieces of evidence, plus the files that could not be read. */
    public FileSign.Sighting look(RepoContext context, int limit) {
        List<Evidence> evidence = new ArrayList<>();
        new CodeSigns(keywords, calls).find(context.code(), limit).stream().map(CodeLine::evidence).forEach(evidence::add);
        List<String> unreadable = new ArrayList<>();
        for (FileSign file : files) {
            if (evidence.size() >= limit) {
                break;
            }
            FileSign.Sighting seen = file.look(context);
            seen.evidence().stream().limit(Math.max(0, limit - evidence.size())).forEach(evidence::add);
            unreadable.addAll(seen.unreadable());
        }
        return new FileSign.Sighting(evidence, unreadable);
    }
}

package dev.hireable.rules.stubs;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.CodeStatement;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training and serving code that does nothing: functions whose body holds only stub statements, and training,
 * serving or deploy files with no code at all. Reads only the .py files that define such a function.
 */
final class StubCode {

    /** A stubbed function or an empty file: its name as a list shows it, and where it is. */
    record Stub(String name, Evidence evidence) {}

    /** A statement that is only a string: a docstring, or a note left in place of code. */
    private static final Pattern STRING_STATEMENT =
            Pattern.compile("^[rRuUbBfF]{0,2}(?:\"\"\"[\\s\\S]*\"\"\"|'''[\\s\\S]*'''|\"[^\"]*\"|'[^']*')$");

    private static final Pattern DEF_NAME = Pattern.compile("^(?:async\\s+)?def\\s+(\\w+)");
    private static final Pattern CLASS_LINE = Pattern.compile("^class\\s");
    private static final int MAX_STUBS = 10;

    private final StubsModule.Vocabulary vocabulary;
    private final List<Glob> notStubFiles;

    StubCode(StubsModule.Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.notStubFiles = vocabulary.notStubFiles().stream().map(Glob::of).toList();
    }

    List<Stub> find(RepoContext context) {
        List<Stub> stubs = new ArrayList<>(emptyFiles(context));
        stubs.addAll(simulated(context));
        Map<String, Set<Integer>> defLines = new LinkedHashMap<>();
        for (RulePattern function : vocabulary.functions()) {
            for (CodeLine def : context.code().find(vocabulary.functionHint(), function)) {
                if (!def.inNotebook() && !excluded(def.path())) {
                    defLines.computeIfAbsent(def.path(), p -> new LinkedHashSet<>())
                            .add(def.line());
                }
            }
        }
        defLines.forEach((path, lines) -> {
            List<CodeStatement> statements = CodeStatement.of(context.code().lines(path));
            for (int i = 0; i < statements.size() && stubs.size() < MAX_STUBS; i++) {
                CodeStatement statement = statements.get(i);
                Matcher def = DEF_NAME.matcher(statement.text());
                if (lines.contains(statement.first().line()) && def.find() && isStub(statements, i)) {
                    stubs.add(new Stub(def.group(1), statement.first().evidence()));
                }
            }
        });
        return stubs;
    }

    /** Functions and classes named as simulations of training or serving, outside tests. */
    private List<Stub> simulated(RepoContext context) {
        List<Stub> simulated = new ArrayList<>();
        for (CodeCue cue : vocabulary.simulated()) {
            for (CodeLine line : cue.find(context.code())) {
                Matcher name = cue.pattern().matcher(line.text());
                if (!excluded(line.path()) && name.find()) {
                    simulated.add(new Stub(name.group(1), line.evidence()));
                }
            }
        }
        return simulated;
    }

    private boolean excluded(String path) {
        return notStubFiles.stream().anyMatch(glob -> glob.matches(path));
    }

    /**
     * Training, serving or deploy files with nothing in them but blank lines, comments or a docstring, when no other
     * file of the same part of the project holds code.
     */
    private List<Stub> emptyFiles(RepoContext context) {
        List<Stub> empty = new ArrayList<>();
        for (List<String> part : vocabulary.emptyFiles().values()) {
            List<FileEntry> files = context.fileIndex().matching(part).stream()
                    .filter(file -> !excluded(file.path()))
                    .toList();
            List<FileEntry> emptyOfPart =
                    files.stream().filter(file -> isEmpty(context, file)).toList();
            if (emptyOfPart.size() == files.size()) {
                emptyOfPart.stream()
                        .filter(file -> empty.stream().noneMatch(s -> s.name().equals(file.path())))
                        .forEach(file -> empty.add(new Stub(file.path(), Evidence.file(file.path()))));
            }
        }
        empty.sort(java.util.Comparator.comparing(Stub::name));
        return empty;
    }

    private boolean isEmpty(RepoContext context, FileEntry file) {
        if (file.size() < 0 || file.size() > vocabulary.emptyFilesMaxBytes()) {
            return false;
        }
        return file.size() == 0
                || context.text(file.path()).map(StubCode::holdsNothing).orElse(false);
    }

    private static boolean holdsNothing(String text) {
        List<CodeLine> lines = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String stripped = raw[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                lines.add(new CodeLine("", i + 1, raw[i], 0));
            }
        }
        return CodeStatement.of(lines).stream()
                .allMatch(s -> STRING_STATEMENT.matcher(s.text()).matches());
    }

    /** Whether the function defined by statement {@code at} is a stub. */
    private boolean isStub(List<CodeStatement> statements, int at) {
        CodeStatement def = statements.get(at);
        if (abstractByDecorator(statements, at)) {
            return false;
        }
        Optional<String> enclosingClass = enclosingClass(statements, at);
        if (enclosingClass.isPresent() && matchesAny(vocabulary.abstractClasses(), enclosingClass.get())) {
            return false;
        }
        List<String> body = new ArrayList<>();
        inlineBody(def.text()).ifPresent(body::add);
        for (int i = at + 1; i < statements.size() && statements.get(i).indent() > def.indent(); i++) {
            body.add(statements.get(i).text());
        }
        body.removeIf(statement -> STRING_STATEMENT.matcher(statement).matches());
        if (enclosingClass.isPresent()
                && body.stream()
                        .anyMatch(s -> vocabulary.abstractRaise().matcher(s).find())) {
            return false;
        }
        return body.stream().allMatch(statement -> matchesAny(vocabulary.stubStatements(), statement));
    }

    private boolean abstractByDecorator(List<CodeStatement> statements, int at) {
        for (int i = at - 1; i >= 0 && statements.get(i).text().startsWith("@"); i--) {
            if (matchesAny(vocabulary.abstractDecorators(), statements.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The statement of the class a method sits in, if it sits in one. */
    private static Optional<String> enclosingClass(List<CodeStatement> statements, int at) {
        int indent = statements.get(at).indent();
        for (int i = at - 1; i >= 0 && indent > 0; i--) {
            if (statements.get(i).indent() < indent) {
                String text = statements.get(i).text();
                return CLASS_LINE.matcher(text).find() ? Optional.of(text) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The statement after the signature's colon on the same line ({@code def f(): pass}), if there is one. */
    private static Optional<String> inlineBody(String def) {
        int close = def.lastIndexOf(')');
        int colon = def.indexOf(':', Math.max(close, 0));
        String rest = colon < 0 ? "" : def.substring(colon + 1).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    private static boolean matchesAny(List<RulePattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }
}

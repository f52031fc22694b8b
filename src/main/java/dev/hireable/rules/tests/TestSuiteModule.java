package dev.hireable.rules.tests;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real tests: test files (by the globs of rules/tests.yaml) that define test functions and assert something. Test
 * files that cannot be read make the finding unknown; conventionally named ones still count in the signal.
 */
public final class TestSuiteModule implements RuleModule {

    static final String PRESENT = "tests.present";

    private static final int MAX_EVIDENCE = 5;

    /**
     * The vocabulary of rules/tests.yaml.
     *
     * @param testFiles      files that may hold tests (read)
     * @param namedTestFiles files counted as tests by name alone when they cannot be read
     * @param testFunctionHint a lower-case literal every test function line contains; other files are not searched
     */
    public record Vocabulary(
            List<String> testFiles,
            List<String> namedTestFiles,
            String testFunctionHint,
            List<RulePattern> testFunctions,
            List<RulePattern> assertions) {
        public Vocabulary {
            if (testFiles == null
                    || testFiles.isEmpty()
                    || testFunctions == null
                    || testFunctions.isEmpty()
                    || assertions == null
                    || assertions.isEmpty()) {
                throw new IllegalArgumentException(
                        "'test_files', 'test_functions' and 'assertions' each need an entry");
            }
            testFunctionHint = testFunctionHint == null ? "" : testFunctionHint;
            testFiles = List.copyOf(testFiles);
            testFiles.forEach(Glob::of);
            namedTestFiles = namedTestFiles == null ? List.of() : List.copyOf(namedTestFiles);
            namedTestFiles.forEach(Glob::of);
            testFunctions = List.copyOf(testFunctions);
            assertions = List.copyOf(assertions);
        }
    }

    /** One readable test file: its test functions and whether it asserts anything. */
    private record TestFile(String path, List<CodeLine> testFunctions, boolean asserts) {
        boolean real() {
            return !testFunctions.isEmpty() && asserts;
        }
    }

    private final RuleBook<Vocabulary> book;

    public TestSuiteModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "tests";
    }

    static List<String> ruleIds() {
        return List.of(PRESENT);
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Vocabulary vocabulary = book.vocabulary();
        List<Glob> testGlobs = vocabulary.testFiles().stream().map(Glob::of).toList();
        List<Glob> namedGlobs =
                vocabulary.namedTestFiles().stream().map(Glob::of).toList();
        CodeIndex code = context.code();

        List<String> unreadable = new ArrayList<>();
        Map<String, List<CodeLine>> readable = new LinkedHashMap<>();
        for (CodeIndex.CodeFile file : code.files()) {
            if (file.notebook() || testGlobs.stream().noneMatch(g -> g.matches(file.path()))) {
                continue;
            }
            if (file.problem().isPresent()) {
                unreadable.add(file.path());
            } else {
                readable.put(file.path(), new ArrayList<>());
            }
        }
        for (RulePattern function : vocabulary.testFunctions()) {
            code.find(vocabulary.testFunctionHint(), function).stream()
                    .filter(l -> readable.containsKey(l.path()))
                    .forEach(l -> readable.get(l.path()).add(l));
        }
        List<TestFile> real = readable.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new TestFile(e.getKey(), sorted(e.getValue()), asserts(context, e.getKey(), vocabulary)))
                .filter(TestFile::real)
                .toList();

        if (!real.isEmpty()) {
            int count = real.stream().mapToInt(f -> f.testFunctions().size()).sum();
            List<Evidence> evidence = real.stream()
                    .map(f -> f.testFunctions().get(0).evidence())
                    .limit(MAX_EVIDENCE)
                    .toList();
            return new ModuleResult(
                    present(true, evidence),
                    book.finding(
                            PRESENT,
                            Outcome.PASS,
                            evidence,
                            Map.of(
                                    "count",
                                    String.valueOf(count),
                                    "files",
                                    String.valueOf(real.size()),
                                    "path",
                                    real.get(0).path())));
        }
        if (!unreadable.isEmpty() || context.snapshot().tree().truncated()) {
            long named = unreadable.stream()
                    .filter(p -> namedGlobs.stream().anyMatch(g -> g.matches(p)))
                    .count();
            List<Evidence> evidence =
                    unreadable.stream().map(Evidence::file).limit(MAX_EVIDENCE).toList();
            // test files named like tests whose bodies could not be read: probably tests, not decided
            return new ModuleResult(
                    present(named > 0, List.of()),
                    book.finding(
                            PRESENT,
                            Outcome.UNKNOWN,
                            evidence,
                            Map.of("unreadable", String.valueOf(unreadable.size()), "named", String.valueOf(named))));
        }
        List<Evidence> checked = readable.keySet().stream()
                .map(Evidence::file)
                .limit(MAX_EVIDENCE)
                .toList();
        return new ModuleResult(
                present(false, List.of()),
                book.finding(PRESENT, Outcome.FAIL, checked, Map.of("candidates", String.valueOf(readable.size()))));
    }

    private SignalSet present(boolean present, List<Evidence> evidence) {
        return book.signalBuilder()
                .flag(PRESENT, present, evidence.stream().limit(1).toList())
                .build();
    }

    /** Whether a test file asserts anything; only files with test functions are read again (reads are memoised). */
    private static boolean asserts(RepoContext context, String path, Vocabulary vocabulary) {
        return context.text(path).stream()
                .flatMap(text -> text.lines())
                .filter(line -> !line.strip().startsWith("#"))
                .anyMatch(line -> vocabulary.assertions().stream()
                        .anyMatch(p -> p.matcher(line).find()));
    }

    private static List<CodeLine> sorted(List<CodeLine> lines) {
        return lines.stream()
                .distinct()
                .sorted(Comparator.comparingInt(CodeLine::line))
                .toList();
    }
}

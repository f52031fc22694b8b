package dev.hireable.rules.readme;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.ReadmeFile;
import dev.hireable.rules.context.ReadmeLocator;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The README: whether there is one, whether it covers the problem, the approach, the results and a retrospective
 * (from heading synonyms and content cues in rules/readme.yaml), and whether it says anything of its own. Documents
 * the README links to are read as supporting evidence only: a section found there alone still fails, with the
 * document named so the candidate can bring it into the README.
 */
public final class ReadmeModule implements RuleModule {

    static final String PRESENT = "readme.present";
    static final String SUBSTANCE = "readme.substance";
    static final String READABLE = "readme.readable";
    static final String PATH = "readme.path";
    static final String MISSING = "readme.missing";
    private static final int MAX_EVIDENCE = 3;

    private final RuleBook<ReadmeVocabulary> book;
    private final ReadmePatterns patterns;
    private final SectionDetector detector;
    private final LinkedDocuments linkedDocuments;
    private final ReadmeLocator locator;
    private final DocumentReader reader = new DocumentReader();

    public ReadmeModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", ReadmeVocabulary.class, ruleIds());
        this.patterns = new ReadmePatterns(book.vocabulary());
        this.detector = new SectionDetector(patterns, book.vocabulary().maxHeadingWords());
        this.locator = new ReadmeLocator(book.vocabulary().location());
        this.linkedDocuments = new LinkedDocuments(book.vocabulary().linkedDocs());
    }

    /** Where this module looks for the README (rules/readme.yaml {@code location}), for the repository context. */
    public ReadmeLocator locator() {
        return locator;
    }

    /** The README locator of the README module among these modules, or one made from the catalog without it. */
    public static ReadmeLocator locatorAmong(List<RuleModule> modules, RuleCatalog catalog) {
        return modules.stream()
                .filter(ReadmeModule.class::isInstance)
                .map(m -> ((ReadmeModule) m).locator())
                .findFirst()
                .orElseGet(() -> new ReadmeModule(catalog).locator());
    }

    @Override
    public String name() {
        return "readme";
    }

    static List<String> ruleIds() {
        return Stream.concat(
                        Stream.of(PRESENT),
                        Stream.concat(Stream.of(Section.values()).map(Section::ruleId), Stream.of(SUBSTANCE, READABLE)))
                .toList();
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Optional<ReadmeFile> found = context.readme();
        if (found.isEmpty()) {
            Outcome outcome = context.snapshot().tree().truncated() ? Outcome.UNKNOWN : Outcome.FAIL;
            return new ModuleResult(signals(Optional.empty(), Map.of()), book.finding(PRESENT, outcome, List.of()));
        }
        ReadmeFile readme = found.get();
        List<Finding> findings = new ArrayList<>();
        findings.add(book.finding(
                PRESENT, Outcome.PASS, List.of(Evidence.file(readme.path())), Map.of("path", readme.path())));
        if (!readme.readable()) {
            return unreadable(readme, findings);
        }
        if (context.snapshot().read(readme.path()) instanceof FileContent.Text text && text.lossy()) {
            String problem = book.vocabulary().invalidUtf8Note().replace("{path}", readme.path());
            findings.add(book.finding(
                    READABLE, Outcome.FAIL, List.of(Evidence.file(readme.path())), Map.of("problem", problem)));
        }
        AuthoredText text = new AuthoredText(reader.read(readme.path(), readme.text()), patterns);
        Map<Section, List<Evidence>> covered = new EnumMap<>(Section.class);
        SupportingDocuments supporting = new SupportingDocuments(context.snapshot(), readme, text.document());
        for (Section section : Section.values()) {
            Optional<SectionDetector.Hit> hit = detector.detect(section, text);
            Finding finding = hit.map(h -> passed(section, readme.path(), text.document(), h))
                    .orElseGet(() -> failed(section, readme.path(), supporting));
            if (hit.isPresent()) {
                covered.put(section, finding.evidence().stream().limit(1).toList());
            }
            findings.add(finding);
        }
        findings.add(substance(readme, text));
        return new ModuleResult(signals(Optional.of(readme.path()), covered), findings);
    }

    /** The README's path and the sections it covers, each with the line that showed it. */
    private SignalSet signals(Optional<String> path, Map<Section, List<Evidence>> covered) {
        SignalSet.Builder signals = book.signalBuilder().text(PATH, path).flag(MISSING, path.isEmpty());
        for (Section section : Section.values()) {
            signals.flag(section.ruleId(), covered.containsKey(section), covered.getOrDefault(section, List.of()));
        }
        return signals.build();
    }

    /** A README that is binary, too large or unreadable: what it covers is unknown, and the fix is to make it text. */
    private ModuleResult unreadable(ReadmeFile readme, List<Finding> findings) {
        Map<String, String> values =
                Map.of("path", readme.path(), "problem", readme.problem().orElse(readme.path()));
        List<Evidence> evidence = List.of(Evidence.file(readme.path()));
        findings.add(book.finding(READABLE, readme.readFailed() ? Outcome.UNKNOWN : Outcome.FAIL, evidence, values));
        // a failed read is fixed by reading again, not by changing the README
        Optional<String> makeReadable =
                readme.readFailed() ? Optional.empty() : book.doc(READABLE).remediation(Outcome.FAIL);
        Stream.concat(Stream.of(Section.values()).map(Section::ruleId), Stream.of(SUBSTANCE))
                .forEach(rule -> {
                    Finding unknown = book.finding(rule, Outcome.UNKNOWN, evidence, values);
                    findings.add(new Finding(rule, Outcome.UNKNOWN, unknown.message(), evidence, makeReadable));
                });
        return new ModuleResult(signals(Optional.of(readme.path()), Map.of()), findings);
    }

    private Finding passed(Section section, String path, TextDocument document, SectionDetector.Hit hit) {
        List<Evidence> evidence = hit.lines().stream()
                .distinct()
                .limit(MAX_EVIDENCE)
                .map(line -> Evidence.line(path, line, document.sourceLine(line)))
                .toList();
        return book.finding(
                section.ruleId(), Outcome.PASS, evidence, Map.of("path", path, "line", String.valueOf(hit.line())));
    }

    private Finding failed(Section section, String path, SupportingDocuments supporting) {
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.file(path)));
        String linked = "";
        Optional<Evidence> elsewhere = supporting.find(section);
        if (elsewhere.isPresent()) {
            evidence.add(elsewhere.get());
            linked = book.vocabulary()
                    .linkedDocNote()
                    .replace("{doc}", elsewhere.get().path().orElse(""));
        }
        return book.finding(section.ruleId(), Outcome.FAIL, evidence, Map.of("path", path, "linked", linked));
    }

    private Finding substance(ReadmeFile readme, AuthoredText text) {
        ReadmeVocabulary vocabulary = book.vocabulary();
        List<Evidence> evidence = List.of(Evidence.file(readme.path()));
        String words = String.valueOf(text.words());
        if (text.words() >= vocabulary.minReadmeWords()) {
            return book.finding(SUBSTANCE, Outcome.PASS, evidence, Map.of("path", readme.path(), "words", words));
        }
        String reason;
        if (text.template().isPresent()) {
            reason = vocabulary
                    .substanceReasons()
                    .get("template")
                    .replace("{template}", text.template().get());
        } else if (text.placeholder().isPresent()) {
            reason = vocabulary
                    .substanceReasons()
                    .get("placeholder")
                    .replace("{placeholder}", text.placeholder().get());
        } else if (readme.text().isBlank()) {
            reason = vocabulary.substanceReasons().get("empty");
        } else {
            reason = vocabulary.substanceReasons().get("thin").replace("{words}", words);
        }
        return book.finding(SUBSTANCE, Outcome.FAIL, evidence, Map.of("path", readme.path(), "reason", reason));
    }

    /** The documents the README links to, read and parsed only when a section is missing from the README. */
    private final class SupportingDocuments {
        private final Snapshot snapshot;
        private final ReadmeFile readme;
        private final TextDocument readmeDocument;
        private List<AuthoredDoc> documents;

        SupportingDocuments(Snapshot snapshot, ReadmeFile readme, TextDocument readmeDocument) {
            this.snapshot = snapshot;
            this.readme = readme;
            this.readmeDocument = readmeDocument;
        }

        Optional<Evidence> find(Section section) {
            for (AuthoredDoc doc : documents()) {
                Optional<SectionDetector.Hit> hit = detector.detect(section, doc.text());
                if (hit.isPresent()) {
                    int line = hit.get().line();
                    return Optional.of(Evidence.line(
                                    doc.path(), line, doc.text().document().sourceLine(line))
                            .asSupporting());
                }
            }
            return Optional.empty();
        }

        private List<AuthoredDoc> documents() {
            if (documents == null) {
                documents = new ArrayList<>();
                for (String path : linkedDocuments.paths(
                        readmeDocument,
                        readme.path(),
                        snapshot.tree(),
                        snapshot.metadata().webUrl())) {
                    if (snapshot.read(path) instanceof FileContent.Text content) {
                        documents.add(
                                new AuthoredDoc(path, new AuthoredText(reader.read(path, content.text()), patterns)));
                    }
                }
            }
            return documents;
        }
    }

    private record AuthoredDoc(String path, AuthoredText text) {}
}

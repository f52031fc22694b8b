package dev.hireable.rules.toy_dataset;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.Phrases;
import dev.hireable.rules.context.ReadmeFile;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Toy datasets (Titanic, Iris, MNIST, ...) found in code, data file names, CSV column signatures, Kaggle slugs, the
 * repository name and the README, each kind of evidence weighed as rules/toy_dataset.yaml says. The signal is the
 * id of the best-supported dataset over the threshold.
 */
public final class ToyDatasetModule implements RuleModule {

    static final String USED = "toy_dataset.used";
    static final String NAME = "toy_dataset.name";
    private static final int PER_KIND = 2;
    private static final int EVIDENCE_LIMIT = 6;
    private static final Pattern HEADER_SEPARATOR = Pattern.compile("[,;\\t|]");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*)$");

    /** The vocabulary of rules/toy_dataset.yaml. */
    public record Vocabulary(
            Map<String, Integer> weights,
            int threshold,
            List<String> headerFiles,
            int maxHeaders,
            List<String> fieldFiles,
            int maxFieldFiles,
            List<String> notTheAuthors,
            List<String> kaggleFiles,
            List<RulePattern> kagglePatterns,
            List<String> kaggleHints,
            List<RulePattern> readmeNegations,
            GeneratedData generatedData,
            Phrases phrases,
            Map<String, String> kinds,
            Map<String, ToyDataset> datasets) {

        public Vocabulary {
            Set<String> kindIds =
                    Arrays.stream(EvidenceKind.values()).map(EvidenceKind::id).collect(Collectors.toSet());
            if (weights == null || !weights.keySet().equals(kindIds)) {
                throw new IllegalArgumentException("'weights' must weigh exactly "
                        + String.join(", ", kindIds.stream().sorted().toList()));
            }
            if (kinds == null || !kinds.keySet().equals(kindIds)) {
                throw new IllegalArgumentException("'kinds' must name exactly "
                        + String.join(", ", kindIds.stream().sorted().toList()));
            }
            if (threshold <= 0) {
                throw new IllegalArgumentException("'threshold' must be positive");
            }
            if (datasets == null || datasets.isEmpty()) {
                throw new IllegalArgumentException("'datasets' needs at least one toy dataset");
            }
            weights = Map.copyOf(weights);
            kinds = Map.copyOf(kinds);
            headerFiles = List.copyOf(headerFiles == null ? List.of() : headerFiles);
            headerFiles.forEach(Glob::of);
            fieldFiles = List.copyOf(fieldFiles == null ? List.of() : fieldFiles);
            fieldFiles.forEach(Glob::of);
            notTheAuthors = List.copyOf(notTheAuthors == null ? List.of() : notTheAuthors);
            notTheAuthors.forEach(Glob::of);
            kaggleFiles = List.copyOf(kaggleFiles == null ? List.of() : kaggleFiles);
            kaggleFiles.forEach(Glob::of);
            kagglePatterns = List.copyOf(kagglePatterns == null ? List.of() : kagglePatterns);
            for (RulePattern pattern : kagglePatterns) {
                if (pattern.matcher("").groupCount() < 1) {
                    throw new IllegalArgumentException(
                            "the Kaggle pattern '" + pattern + "' must capture the slug in group 1");
                }
            }
            kaggleHints = List.copyOf(kaggleHints == null ? List.of() : kaggleHints);
            if (!kagglePatterns.isEmpty() && kaggleHints.isEmpty()) {
                throw new IllegalArgumentException(
                        "'kaggle_hints' needs the literals that every Kaggle pattern match contains");
            }
            readmeNegations = List.copyOf(readmeNegations == null ? List.of() : readmeNegations);
            phrases = (phrases == null ? new Phrases(Map.of()) : phrases)
                    .require(
                            Map.of(
                                    "others",
                                    Set.of("datasets"),
                                    "weak",
                                    Set.of("dataset"),
                                    "truncated",
                                    Set.of(),
                                    "unread",
                                    Set.of("count")),
                            "phrases");
            // the order of the rule file decides ties
            datasets = Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
            if (generatedData != null && !datasets.containsKey(generatedData.dataset())) {
                throw new IllegalArgumentException("'generated_data' names the dataset '" + generatedData.dataset()
                        + "', which 'datasets' does not declare");
            }
        }

        java.util.Optional<RulePattern> anyKagglePattern() {
            return RulePattern.anyOf(kagglePatterns);
        }

        /** Every word of a column signature: the only words of a file that can complete one. */
        Set<String> columnWords() {
            Set<String> words = new java.util.HashSet<>();
            datasets.values().forEach(dataset -> dataset.columns().forEach(words::addAll));
            return words;
        }

        /** Which signal of another module stands for training data generated in code, if any. */
        Optional<GeneratedData> generated() {
            return Optional.ofNullable(generatedData);
        }

        int weight(EvidenceKind kind) {
            return weights.get(kind.id());
        }

        List<RulePattern> negations() {
            return readmeNegations.stream().map(ToyDataset::phrase).toList();
        }

        /** Whether a file is someone else's sample rather than the author's data (Colab's sample_data/, ...). */
        java.util.function.Predicate<FileEntry> authors() {
            List<Glob> others = notTheAuthors.stream().map(Glob::of).toList();
            return file -> others.stream().noneMatch(glob -> glob.matches(file.path()));
        }
    }

    /**
     * Training data generated in code (a signal of another module) counts as this toy dataset: a reviewer reads a
     * model fitted on random numbers as a tutorial exercise, whatever the README says.
     */
    public record GeneratedData(String signal, String dataset) {
        public GeneratedData {
            if (signal == null || dataset == null) {
                throw new IllegalArgumentException("'generated_data' needs 'signal' and 'dataset'");
            }
        }
    }

    private final RuleBook<Vocabulary> book;
    private final NameMentions mentions;

    public ToyDatasetModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, ruleIds());
        this.mentions =
                new NameMentions(book.vocabulary().datasets(), book.vocabulary().negations());
    }

    @Override
    public String name() {
        return "toy_dataset";
    }

    static List<String> ruleIds() {
        return List.of(USED);
    }

    @Override
    public Set<String> requires() {
        return book.vocabulary()
                .generated()
                .map(generated -> Set.of(generated.signal()))
                .orElse(Set.of());
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Vocabulary vocabulary = book.vocabulary();
        Sightings sightings = new Sightings(vocabulary.datasets().keySet());
        FileIndex files = FileIndex.of(context);
        findInCode(context, vocabulary, sightings);
        findDataFiles(files, vocabulary, sightings);
        findHeaders(context, files, vocabulary, sightings);
        findFields(context, files, vocabulary, sightings);
        findKaggleSlugs(context, files, vocabulary, sightings);
        findInNames(context, mentions, sightings);
        vocabulary
                .generated()
                .ifPresent(generated -> required.evidence(generated.signal())
                        .forEach(evidence -> sightings.add(generated.dataset(), EvidenceKind.GENERATED, evidence)));

        List<String> flagged = sightings.ranked(vocabulary).stream()
                .filter(id -> sightings.score(id, vocabulary) >= vocabulary.threshold())
                .toList();
        if (!flagged.isEmpty()) {
            Finding failure = failure(flagged, sightings, vocabulary);
            return new ModuleResult(
                    book.signalBuilder().text(NAME, Optional.of(flagged.get(0))).build(), failure);
        }
        return new ModuleResult(
                book.signalBuilder().text(NAME, Optional.empty()).build(),
                noToyDataset(context, sightings, vocabulary));
    }

    private Finding failure(List<String> flagged, Sightings sightings, Vocabulary vocabulary) {
        String best = flagged.get(0);
        Map<EvidenceKind, List<Evidence>> seen = sightings.of(best);
        String kinds =
                seen.keySet().stream().map(k -> vocabulary.kinds().get(k.id())).collect(Collectors.joining(", "));
        String others = flagged.size() == 1
                ? ""
                : vocabulary
                        .phrases()
                        .fill("others", Map.of("datasets", String.join(", ", flagged.subList(1, flagged.size()))));
        List<Evidence> evidence = seen.values().stream()
                .flatMap(List::stream)
                .distinct()
                .limit(EVIDENCE_LIMIT)
                .toList();
        return book.finding(USED, Outcome.FAIL, evidence, Map.of("dataset", best, "kinds", kinds, "others", others));
    }

    private Finding noToyDataset(RepoContext context, Sightings sightings, Vocabulary vocabulary) {
        Phrases phrases = vocabulary.phrases();
        int codeFiles = context.code().files().size();
        int unreadable = context.code().problems().size();
        if (context.snapshot().tree().truncated()) {
            return book.finding(
                    USED, Outcome.UNKNOWN, List.of(Evidence.file(".")), Map.of("reason", phrases.get("truncated")));
        }
        if (codeFiles > 0 && unreadable == codeFiles) {
            return book.finding(
                    USED,
                    Outcome.UNKNOWN,
                    List.of(Evidence.file(".")),
                    Map.of("reason", phrases.fill("unread", Map.of("count", String.valueOf(unreadable)))));
        }
        Optional<String> weak = sightings.ranked(vocabulary).stream().findFirst();
        String note =
                weak.map(id -> phrases.fill("weak", Map.of("dataset", id))).orElse("");
        List<Evidence> evidence = weak.map(id -> sightings.of(id).values().stream()
                        .flatMap(List::stream)
                        .distinct()
                        .limit(EVIDENCE_LIMIT)
                        .toList())
                .orElse(List.of());
        return book.finding(USED, Outcome.PASS, evidence, Map.of("note", note));
    }

    private static void findInCode(RepoContext context, Vocabulary vocabulary, Sightings sightings) {
        Map<String, List<CodeCue>> cues = new LinkedHashMap<>();
        vocabulary.datasets().forEach((id, dataset) -> cues.put(id, dataset.code()));
        CodeCue.scan(context.code(), cues, line -> true, PER_KIND)
                .forEach((id, lines) -> lines.forEach(line -> sightings.add(id, EvidenceKind.CODE, line.evidence())));
    }

    private static void findDataFiles(FileIndex files, Vocabulary vocabulary, Sightings sightings) {
        java.util.function.Predicate<FileEntry> authors = vocabulary.authors();
        vocabulary
                .datasets()
                .forEach((id, dataset) -> files.matching(dataset.dataFiles()).stream()
                        .filter(authors)
                        .limit(PER_KIND)
                        .forEach(file -> sightings.add(id, EvidenceKind.DATA_FILE, Evidence.file(file.path()))));
    }

    /** The first line of each CSV/TSV, split at its separator: a header holding a column signature. */
    private static void findHeaders(RepoContext context, FileIndex files, Vocabulary vocabulary, Sightings sightings) {
        List<FileEntry> tables = files.matching(vocabulary.headerFiles()).stream()
                .filter(f -> f.size() > 0)
                .filter(vocabulary.authors())
                .limit(vocabulary.maxHeaders())
                .toList();
        for (FileEntry table : tables) {
            Optional<String> firstLine = context.text(table.path()).map(ToyDatasetModule::firstLine);
            if (firstLine.isEmpty()) {
                continue;
            }
            Set<String> header = Arrays.stream(HEADER_SEPARATOR.split(firstLine.get()))
                    .map(ToyDataset::normalise)
                    .collect(Collectors.toSet());
            vocabulary.datasets().forEach((id, dataset) -> {
                if (dataset.matchesWords(header)) {
                    sightings.add(id, EvidenceKind.COLUMNS, Evidence.line(table.path(), 1, firstLine.get()));
                }
            });
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
    }

    /**
     * A dataset's columns all named in one code file or template: the input form of a Titanic app, the request model
     * of an Iris API, a notebook selecting Boston's features.
     */
    private static void findFields(RepoContext context, FileIndex files, Vocabulary vocabulary, Sightings sightings) {
        Words columnWords = new Words(vocabulary.columnWords());
        Map<String, Set<String>> wordsByPath = new LinkedHashMap<>();
        context.code()
                .forEachText((path, text) ->
                        columnWords.addTo(wordsByPath.computeIfAbsent(path, p -> new java.util.HashSet<>()), text));
        files.matching(vocabulary.fieldFiles()).stream()
                .limit(vocabulary.maxFieldFiles())
                .forEach(file -> context.text(file.path())
                        .ifPresent(text -> wordsByPath.put(file.path(), columnWords.of(text))));
        wordsByPath.forEach((path, words) -> vocabulary.datasets().forEach((id, dataset) -> {
            if (dataset.matchesWords(words)) {
                sightings.add(id, EvidenceKind.FIELDS, Evidence.file(path));
            }
        }));
    }

    private static void findKaggleSlugs(
            RepoContext context, FileIndex files, Vocabulary vocabulary, Sightings sightings) {
        List<CodeLine> lines = new ArrayList<>();
        Optional<ReadmeFile> readme = context.readme().filter(ReadmeFile::readable);
        readme.ifPresent(file -> lines.addAll(numbered(file.path(), file.text())));
        for (FileEntry file : files.matching(vocabulary.kaggleFiles())) {
            if (readme.isEmpty() || !readme.get().path().equals(file.path())) {
                context.text(file.path()).ifPresent(text -> lines.addAll(numbered(file.path(), text)));
            }
        }
        // one search of the code lines holding a Kaggle hint (the API module, a CLI call) for any slug pattern
        Set<CodeLine> inCode = new java.util.LinkedHashSet<>();
        vocabulary
                .anyKagglePattern()
                .ifPresent(anyKaggle -> vocabulary
                        .kaggleHints()
                        .forEach(hint -> inCode.addAll(context.code().find(hint, anyKaggle))));
        lines.addAll(inCode);
        for (CodeLine line : lines) {
            for (RulePattern pattern : vocabulary.kagglePatterns()) {
                Matcher matcher = pattern.matcher(line.text());
                while (matcher.find()) {
                    String slug = matcher.group(1);
                    vocabulary.datasets().forEach((id, dataset) -> {
                        if (dataset.matchesSlug(slug)) {
                            sightings.add(id, EvidenceKind.KAGGLE, line.evidence());
                        }
                    });
                }
            }
        }
    }

    /** The repository name, the README title and the README text. */
    private static void findInNames(RepoContext context, NameMentions mentions, Sightings sightings) {
        String id = context.snapshot().metadata().id();
        // the name without the owner, so a local folder and its GitHub repository give the same evidence
        String name = id.substring(id.lastIndexOf('/') + 1);
        mentions.in(name.replaceAll("[-_.]+", " "))
                .forEach(dataset -> sightings.add(dataset, EvidenceKind.REPO_NAME, Evidence.line(".", 0, name)));
        Optional<ReadmeFile> readme = context.readme().filter(ReadmeFile::readable);
        List<CodeLine> lines =
                readme.map(file -> numbered(file.path(), file.text())).orElse(List.of());
        Optional<CodeLine> title = lines.stream()
                .filter(l -> HEADING.matcher(l.text()).matches())
                .findFirst()
                .or(() -> lines.stream().filter(l -> !l.text().isBlank()).findFirst());
        for (CodeLine line : lines) {
            EvidenceKind kind =
                    title.isPresent() && line.equals(title.get()) ? EvidenceKind.README_TITLE : EvidenceKind.README;
            mentions.in(line.text()).forEach(dataset -> sightings.add(dataset, kind, line.evidence()));
        }
    }

    private static List<CodeLine> numbered(String path, String text) {
        List<CodeLine> lines = new ArrayList<>();
        String[] split = text.split("\\R", -1);
        for (int i = 0; i < split.length; i++) {
            lines.add(new CodeLine(path, i + 1, split[i], 0));
        }
        return lines;
    }

    /** Evidence per dataset and kind, a few of each. */
    private static final class Sightings {
        private final Map<String, Map<EvidenceKind, List<Evidence>>> byDataset = new LinkedHashMap<>();

        Sightings(Set<String> datasets) {
            datasets.forEach(id -> byDataset.put(id, new EnumMap<>(EvidenceKind.class)));
        }

        void add(String dataset, EvidenceKind kind, Evidence evidence) {
            List<Evidence> list = byDataset.get(dataset).computeIfAbsent(kind, k -> new ArrayList<>());
            if (list.size() < PER_KIND && !list.contains(evidence)) {
                list.add(evidence);
            }
        }

        Map<EvidenceKind, List<Evidence>> of(String dataset) {
            return byDataset.get(dataset);
        }

        int score(String dataset, Vocabulary vocabulary) {
            return byDataset.get(dataset).keySet().stream()
                    .mapToInt(vocabulary::weight)
                    .sum();
        }

        /** Datasets with any evidence, best supported first; ties keep the rule file's order. */
        List<String> ranked(Vocabulary vocabulary) {
            return byDataset.keySet().stream()
                    .filter(id -> !byDataset.get(id).isEmpty())
                    .sorted((a, b) -> Integer.compare(score(b, vocabulary), score(a, vocabulary)))
                    .toList();
        }
    }
}

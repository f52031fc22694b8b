package dev.hireable.rules.claims;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalId;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalSpec;
import dev.hireable.rules.SignalType;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.Phrases;
import dev.hireable.rules.context.ReadmeFile;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.rules.context.usage.FileSearch;
import dev.hireable.rules.context.usage.FileSignature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Claimed, not built: the tools, deployment, tests and monitoring the README claims, each checked against the other
 * modules' signals and the files and code that would show it, as rules/claims.yaml describes. A claim nothing backs
 * is listed in {@code claims.unbuilt}; a signal that could not be decided backs a claim, so undecided is never an
 * accusation.
 */
public final class ClaimsModule implements RuleModule {

    static final String BACKED = "claims.backed";
    static final String UNBUILT = "claims.unbuilt";
    private static final int SHOWN_PER_CLAIM = 1;

    /** The vocabulary of rules/claims.yaml. */
    public record Vocabulary(NotClaims notClaims, Map<String, Topic> topics, Phrases phrases) {
        private static final Map<String, Set<String>> PHRASES = Map.of(
                "backed",
                Set.of("topic", "shown_by"),
                "backed_unshown",
                Set.of("topic"),
                "unbuilt",
                Set.of("topic", "line", "looked_for"),
                "separator",
                Set.of());

        public Vocabulary {
            if (notClaims == null) {
                notClaims = new NotClaims(List.of(), List.of(), List.of());
            }
            if (topics == null || topics.isEmpty()) {
                throw new IllegalArgumentException("'topics' needs at least one topic");
            }
            topics = new LinkedHashMap<>(topics);
            phrases = (phrases == null ? new Phrases(Map.of()) : phrases).require(PHRASES, "phrases");
        }
    }

    /**
     * What is not a claim: sections ({@code headings}) and lines that plan, hedge or deny, and parts of a line
     * ({@code spans}, e.g. the URL of a profile's skill icons) that are read as if they were not there.
     */
    public record NotClaims(List<RulePattern> headings, List<RulePattern> lines, List<RulePattern> spans) {
        public NotClaims {
            headings = headings == null ? List.of() : List.copyOf(headings);
            lines = lines == null ? List.of() : List.copyOf(lines);
            spans = spans == null ? List.of() : List.copyOf(spans);
        }
    }

    /**
     * Something a README may claim.
     *
     * @param signal the flag of this file set when the README claims it, if the standard names the topic (or null)
     * @param unless a line matching one of these does not claim the topic (e.g. "deployed on localhost")
     */
    public record Topic(
            String label,
            SignalId signal,
            List<CodeCue> phrases,
            List<RulePattern> unless,
            Backing backedBy,
            String lookedFor) {
        public Topic {
            if (label == null || label.isBlank() || lookedFor == null || lookedFor.isBlank()) {
                throw new IllegalArgumentException("a topic needs a 'label' and 'looked_for'");
            }
            if (phrases == null || phrases.isEmpty()) {
                throw new IllegalArgumentException("topic '" + label + "' needs at least one phrase");
            }
            if (backedBy == null) {
                throw new IllegalArgumentException("topic '" + label + "' needs 'backed_by'");
            }
            phrases = List.copyOf(phrases);
            unless = unless == null ? List.of() : List.copyOf(unless);
        }

        /** Whether the line (given also in lower case) claims this topic. */
        boolean claimedBy(String line, String lowerCaseLine) {
            return phrases.stream().anyMatch(phrase -> phrase.matches(line, lowerCaseLine))
                    && unless.stream().noneMatch(p -> p.matcher(line).find());
        }

        Optional<SignalId> flag() {
            return Optional.ofNullable(signal);
        }
    }

    /** What shows a topic is built: other modules' signals, files, code lines, or a link on the claim's own line. */
    public record Backing(
            List<SignalId> signals, List<FileSignature> files, List<CodeCue> code, List<RulePattern> claimLinks) {
        public Backing {
            signals = signals == null ? List.of() : List.copyOf(signals);
            files = files == null ? List.of() : List.copyOf(files);
            code = code == null ? List.of() : List.copyOf(code);
            claimLinks = claimLinks == null ? List.of() : List.copyOf(claimLinks);
            if (signals.isEmpty() && files.isEmpty() && code.isEmpty()) {
                throw new IllegalArgumentException("'backed_by' needs signals, files or code");
            }
        }
    }

    /** Whether a claim is backed, and the evidence that backs it (none when an undecided signal does). */
    private record Support(boolean backed, List<Evidence> shownBy) {
        static final Support NONE = new Support(false, List.of());
        static final Support UNDECIDED = new Support(true, List.of());
    }

    private final RuleBook<Vocabulary> book;
    private final Set<String> requires;
    private final ClaimReader reader;

    public ClaimsModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, List.of(BACKED));
        Vocabulary vocabulary = book.vocabulary();
        checkTopicSignals(catalog, vocabulary);
        this.requires = vocabulary.topics().values().stream()
                .flatMap(topic -> topic.backedBy().signals().stream())
                .map(SignalId::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.reader = new ClaimReader(vocabulary.notClaims(), vocabulary.topics());
    }

    /** Every flag this file declares belongs to one topic, and a topic's signal is a flag of this file. */
    private void checkTopicSignals(RuleCatalog catalog, Vocabulary vocabulary) {
        Map<String, SignalSpec> own = book.signals();
        Map<String, String> topicOfFlag = new LinkedHashMap<>();
        vocabulary
                .topics()
                .forEach((id, topic) -> topic.flag().ifPresent(signal -> {
                    SignalSpec spec = own.get(signal.id());
                    if (spec == null || spec.type() != SignalType.FLAG || topicOfFlag.put(signal.id(), id) != null) {
                        throw catalog.problem(
                                book.file(),
                                "/vocabulary/topics/" + id + "/signal",
                                "'signal' of topic " + id + " must name a flag of this file that no other topic names");
                    }
                }));
        own.values().stream()
                .filter(spec -> spec.type() == SignalType.FLAG && !topicOfFlag.containsKey(spec.id()))
                .findFirst()
                .ifPresent(spec -> {
                    throw catalog.problem(book.file(), "/signals/" + spec.id(), "no topic sets the flag " + spec.id());
                });
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<String> requires() {
        return requires;
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Optional<ReadmeFile> readme = context.readme();
        if (readme.isEmpty() || !readme.get().readable()) {
            Outcome outcome = readme.isEmpty() ? Outcome.NOT_APPLICABLE : Outcome.UNKNOWN;
            List<Evidence> evidence =
                    readme.map(r -> List.of(Evidence.file(r.path()))).orElse(List.of());
            return new ModuleResult(signals(Set.of(), List.of(), List.of()), book.finding(BACKED, outcome, evidence));
        }
        String path = readme.get().path();
        Map<String, List<ClaimReader.Claim>> claims = reader.read(readme.get().text());
        if (claims.isEmpty()) {
            return new ModuleResult(
                    signals(Set.of(), List.of(), List.of()), book.finding(BACKED, Outcome.NOT_APPLICABLE, List.of()));
        }
        Vocabulary vocabulary = book.vocabulary();
        List<String> unbuilt = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> backed = new ArrayList<>();
        List<Evidence> failing = new ArrayList<>();
        List<Evidence> passing = new ArrayList<>();
        claims.forEach((id, lines) -> {
            Topic topic = vocabulary.topics().get(id);
            List<Evidence> said = lines.stream()
                    .map(c -> Evidence.line(path, c.line(), c.text()))
                    .toList();
            Support support =
                    linked(topic.backedBy(), lines, path).orElseGet(() -> support(topic.backedBy(), context, required));
            if (support.backed()) {
                backed.add(
                        support.shownBy().isEmpty()
                                ? vocabulary.phrases().fill("backed_unshown", Map.of("topic", topic.label()))
                                : vocabulary
                                        .phrases()
                                        .fill(
                                                "backed",
                                                Map.of(
                                                        "topic",
                                                        topic.label(),
                                                        "shown_by",
                                                        support.shownBy()
                                                                .get(0)
                                                                .path()
                                                                .orElse(path))));
                passing.add(said.get(0));
                passing.addAll(support.shownBy().stream().limit(SHOWN_PER_CLAIM).toList());
            } else {
                unbuilt.add(id);
                details.add(vocabulary
                        .phrases()
                        .fill(
                                "unbuilt",
                                Map.of(
                                        "topic",
                                        topic.label(),
                                        "line",
                                        String.valueOf(lines.get(0).line()),
                                        "looked_for",
                                        topic.lookedFor())));
                said.stream().filter(e -> !failing.contains(e)).forEach(failing::add);
            }
        });
        String separator = vocabulary.phrases().get("separator");
        Finding finding = unbuilt.isEmpty()
                ? book.finding(BACKED, Outcome.PASS, passing, Map.of("claims", String.join(separator, backed)))
                : book.finding(BACKED, Outcome.FAIL, failing, Map.of("details", String.join(separator, details)));
        return new ModuleResult(signals(claims.keySet(), unbuilt, failing), finding);
    }

    private SignalSet signals(Set<String> claimed, List<String> unbuilt, List<Evidence> unbuiltEvidence) {
        SignalSet.Builder signals = book.signalBuilder().names(UNBUILT, unbuilt, unbuiltEvidence);
        book.vocabulary()
                .topics()
                .forEach((id, topic) ->
                        topic.flag().ifPresent(signal -> signals.flag(signal.id(), claimed.contains(id))));
        return signals.build();
    }

    /** A claim line that links what it claims backs itself. */
    private static Optional<Support> linked(Backing backing, List<ClaimReader.Claim> claims, String readme) {
        return claims.stream()
                .filter(claim -> backing.claimLinks().stream()
                        .anyMatch(link -> link.matcher(claim.text()).find()))
                .findFirst()
                .map(claim -> new Support(true, List.of(Evidence.line(readme, claim.line(), claim.text()))));
    }

    /** What backs a topic: a signal that holds (or could not be decided), a matching file, a code line. */
    private static Support support(Backing backing, RepoContext context, SignalSet required) {
        for (SignalId signal : backing.signals()) {
            if (required.holds(signal.id())) {
                return new Support(true, required.evidence(signal.id()));
            }
            if (required.isUnknown(signal.id())) {
                return Support.UNDECIDED;
            }
        }
        for (FileSignature signature : backing.files()) {
            FileSearch search = FileSearch.of(context, FileIndex.of(context), signature);
            if (!search.hits().isEmpty()) {
                return new Support(true, search.hits());
            }
            if (!search.undecided().isEmpty()) {
                return Support.UNDECIDED;
            }
        }
        if (!backing.code().isEmpty()) {
            List<CodeLine> lines = CodeCue.scan(context.code(), backing.code(), 1);
            if (!lines.isEmpty()) {
                return new Support(true, List.of(lines.get(0).evidence()));
            }
            if (!context.code().problems().isEmpty()) {
                return Support.UNDECIDED;
            }
        }
        return Support.NONE;
    }
}

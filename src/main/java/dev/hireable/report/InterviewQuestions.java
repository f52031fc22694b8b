package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.SignalId;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleDoc;
import dev.hireable.rules.catalog.Template;
import dev.hireable.standard.ScoredRepo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Interview questions for the reviewer, asked from what the audit found in each repository, by the templates of
 * rules/questions.yaml. They are for the person interviewing the candidate and are kept apart from the
 * candidate-facing next steps.
 */
public final class InterviewQuestions {

    public static final String FILE = "questions.yaml";
    /** The placeholders every question may use besides the signals of its {@code when}. */
    private static final Set<String> PLACEHOLDERS = Set.of("repo", "slot");

    /** The vocabulary of rules/questions.yaml. */
    public record Vocabulary(
            int perRepository,
            int total,
            String listSeparator,
            String listLastSeparator,
            String otherProject,
            List<Question> questions) {
        public Vocabulary {
            if (perRepository < 1 || total < 1) {
                throw new IllegalArgumentException("'per_repository' and 'total' must be at least 1");
            }
            if (listSeparator == null || listLastSeparator == null || otherProject == null) {
                throw new IllegalArgumentException(
                        "'list_separator', 'list_last_separator' and 'other_project' are required");
            }
            if (questions == null || questions.isEmpty()) {
                throw new IllegalArgumentException("'questions' needs at least one question template");
            }
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question template: asked about a repository where every {@code when} signal holds and no {@code unless}
     * one does. Its text may use {repo}, {slot} and the value of any {@code when} signal by its id, e.g.
     * {tracking.tools}. {@code evidence} names the modules whose first passing finding is cited with the question.
     */
    public record Question(List<SignalId> when, List<SignalId> unless, String ask, List<String> evidence) {
        public Question {
            when = when == null ? List.of() : List.copyOf(when);
            unless = unless == null ? List.of() : List.copyOf(unless);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            if (when.isEmpty()) {
                throw new IllegalArgumentException("a question needs 'when': the signals under which it is asked");
            }
            if (ask == null || ask.isBlank()) {
                throw new IllegalArgumentException("a question needs 'ask': the question text");
            }
            Set<String> allowed = new HashSet<>(PLACEHOLDERS);
            when.forEach(id -> allowed.add(id.id()));
            Template.parse(ask, allowed);
        }

        boolean applies(SignalSet signals) {
            return when.stream().allMatch(id -> signals.holds(id.id()))
                    && unless.stream().noneMatch(id -> signals.holds(id.id()));
        }
    }

    /** A question about one repository, with the evidence it was asked from when there is some. */
    public record Asked(String repo, String text, Optional<Evidence> evidence) {}

    private final Vocabulary vocabulary;

    public InterviewQuestions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The questions of the catalog's rules/questions.yaml; {@code evidence} must name modules with rules. */
    public static InterviewQuestions from(RuleCatalog catalog) {
        Vocabulary vocabulary = catalog.section(FILE, "vocabulary", Vocabulary.class);
        Set<String> modules = catalog.docs().stream()
                .map(RuleDoc::id)
                .map(id -> id.substring(0, id.indexOf('.')))
                .collect(Collectors.toSet());
        for (int i = 0; i < vocabulary.questions().size(); i++) {
            for (String module : vocabulary.questions().get(i).evidence()) {
                if (!modules.contains(module)) {
                    throw catalog.problem(
                            FILE,
                            "/vocabulary/questions/" + i + "/evidence",
                            "'" + module + "' is not a module with rules (modules: "
                                    + String.join(
                                            ", ", modules.stream().sorted().toList()) + ")");
                }
            }
        }
        return new InterviewQuestions(vocabulary);
    }

    /** Questions for the repositories that fill a slot first, then the others by score; within the set limits. */
    public List<Asked> ask(AuditReport report) {
        List<ScoredRepo> order = new ArrayList<>();
        Map<String, String> slotOf = new HashMap<>();
        for (SlotView slot : SlotView.of(report)) {
            slot.repo().ifPresent(repo -> {
                order.add(repo);
                slotOf.put(repo.id(), slot.title());
            });
        }
        report.repos().stream()
                .filter(r -> !slotOf.containsKey(r.id()))
                .sorted((a, b) -> Integer.compare(b.score(), a.score()))
                .forEach(order::add);
        List<Asked> questions = new ArrayList<>();
        Map<Question, Integer> asked = new HashMap<>();
        for (ScoredRepo repo : new LinkedHashSet<>(order)) {
            SignalSet signals = repo.assessment().signals();
            List<Question> fitting = vocabulary.questions().stream()
                    .filter(q -> q.applies(signals))
                    .sorted((a, b) -> Integer.compare(asked.getOrDefault(a, 0), asked.getOrDefault(b, 0)))
                    .toList();
            for (Question question : fitting.subList(0, Math.min(fitting.size(), vocabulary.perRepository()))) {
                if (questions.size() == vocabulary.total()) {
                    return List.copyOf(questions);
                }
                asked.merge(question, 1, Integer::sum);
                String slot = slotOf.getOrDefault(repo.id(), vocabulary.otherProject())
                        .toLowerCase(Locale.ROOT);
                questions.add(new Asked(repo.id(), fill(question, repo, slot), evidence(repo, question)));
            }
        }
        return List.copyOf(questions);
    }

    private String fill(Question question, ScoredRepo repo, String slot) {
        Template template = Template.parse(question.ask(), Template.placeholdersOf(question.ask()));
        Map<String, String> values = new HashMap<>();
        for (SignalId id : question.when()) {
            List<String> words = repo.assessment()
                    .signals()
                    .value(id.id())
                    .map(v -> v.words())
                    .orElse(List.of());
            values.put(id.id(), Template.list(words, vocabulary.listSeparator(), vocabulary.listLastSeparator()));
        }
        values.put("repo", repo.id());
        values.put("slot", slot);
        return template.fill(values);
    }

    private static Optional<Evidence> evidence(ScoredRepo repo, Question question) {
        for (String module : question.evidence()) {
            for (Finding finding : repo.assessment().findings(module)) {
                if (finding.is(Outcome.PASS) && !finding.evidence().isEmpty()) {
                    return Optional.of(finding.evidence().get(0));
                }
            }
        }
        return Optional.empty();
    }
}

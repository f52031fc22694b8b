package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.Signals;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.standard.ScoredRepo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interview questions for the reviewer, asked from what the audit found in each repository, by the templates of
 * rules/questions.yaml. They are for the person interviewing the candidate and are kept apart from the
 * candidate-facing next steps.
 */
public final class InterviewQuestions {

    public static final String FILE = "questions.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Set<String> PLACEHOLDERS = Set.of("repo", "tracking", "serving", "orchestrator", "live_url",
            "toy_dataset", "dockerfile", "slot");

    /** The vocabulary of rules/questions.yaml. */
    public record Vocabulary(int perRepository, int total, List<Template> questions) {
        public Vocabulary {
            if (perRepository < 1 || total < 1) {
                throw new IllegalArgumentException("'per_repository' and 'total' must be at least 1");
            }
            if (questions == null || questions.isEmpty()) {
                throw new IllegalArgumentException("'questions' needs at least one question template");
            }
            questions = List.copyOf(questions);
        }
    }

    /**
     * One template: asked about a repository where every {@code when} condition holds and no {@code unless} one
     * does; {@code evidence} names the rule-id prefixes whose passing finding is cited with the question.
     */
    public record Template(List<String> when, List<String> unless, String ask, List<String> evidence) {
        public Template {
            when = when == null ? List.of() : List.copyOf(when);
            unless = unless == null ? List.of() : List.copyOf(unless);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            if (when.isEmpty()) {
                throw new IllegalArgumentException("a question needs 'when': the conditions under which it is asked");
            }
            when.forEach(QuestionTrigger::fromId);
            unless.forEach(QuestionTrigger::fromId);
            if (ask == null || ask.isBlank()) {
                throw new IllegalArgumentException("a question needs 'ask': the question text");
            }
            Matcher matcher = PLACEHOLDER.matcher(ask);
            while (matcher.find()) {
                if (!PLACEHOLDERS.contains(matcher.group(1))) {
                    throw new IllegalArgumentException("unknown placeholder {" + matcher.group(1) + "} in '" + ask
                            + "' (use " + String.join(", ", PLACEHOLDERS.stream().sorted().toList()) + ")");
                }
            }
        }

        boolean applies(ScoredRepo repo) {
            return when.stream().map(QuestionTrigger::fromId).allMatch(t -> t.holds(repo))
                    && unless.stream().map(QuestionTrigger::fromId).noneMatch(t -> t.holds(repo));
        }
    }

    /** A question about one repository, with the evidence it was asked from when there is some. */
    public record Question(String repo, String text, Optional<Evidence> evidence) {
    }

    private final Vocabulary vocabulary;

    public InterviewQuestions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static InterviewQuestions from(RuleCatalog catalog) {
        return new InterviewQuestions(catalog.section(FILE, "vocabulary", Vocabulary.class));
    }

    /** Questions for the repositories that fill a slot first, then the others by score; within the set limits. */
    public List<Question> ask(AuditReport report) {
        List<ScoredRepo> order = new ArrayList<>();
        Map<String, String> slotOf = new HashMap<>();
        for (SlotView slot : SlotView.of(report)) {
            slot.repo().ifPresent(repo -> {
                order.add(repo);
                slotOf.put(repo.id(), slot.title());
            });
        }
        report.repos().stream().filter(r -> !slotOf.containsKey(r.id()))
                .sorted((a, b) -> Integer.compare(b.score(), a.score())).forEach(order::add);
        List<Question> questions = new ArrayList<>();
        Map<Template, Integer> asked = new HashMap<>();
        for (ScoredRepo repo : new LinkedHashSet<>(order)) {
            List<Template> fitting = vocabulary.questions().stream().filter(t -> t.applies(repo))
                    .sorted((a, b) -> Integer.compare(asked.getOrDefault(a, 0), asked.getOrDefault(b, 0))).toList();
            for (Template template : fitting.subList(0, Math.min(fitting.size(), vocabulary.perRepository()))) {
                if (questions.size() == vocabulary.total()) {
                    return List.copyOf(questions);
                }
                asked.merge(template, 1, Integer::sum);
                questions.add(new Question(repo.id(), fill(template.ask(), values(repo, slotOf)), evidence(repo, template)));
            }
        }
        return List.copyOf(questions);
    }

    private static Map<String, String> values(ScoredRepo repo, Map<String, String> slotOf) {
        Signals s = repo.assessment().signals();
        Map<String, String> values = new HashMap<>();
        values.put("repo", repo.id());
        values.put("tracking", or(String.join(" and ", s.experimentTracking().tools()), "an experiment tracker"));
        values.put("serving", or(String.join(" and ", s.endpoint().serving()), "a serving framework"));
        values.put("orchestrator", or(String.join(" and ", s.orchestration()), "an orchestrator"));
        values.put("live_url", s.endpoint().liveUrls().stream().findFirst().orElse("the deployment"));
        values.put("toy_dataset", s.toyDataset().orElse("a toy dataset"));
        values.put("dockerfile", s.dockerfile().paths().stream().findFirst().orElse("the Dockerfile"));
        values.put("slot", slotOf.getOrDefault(repo.id(), "a portfolio project").toLowerCase(java.util.Locale.ROOT));
        return values;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), matcher.group(0))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Optional<Evidence> evidence(ScoredRepo repo, Template template) {
        for (String prefix : template.evidence()) {
            for (Finding finding : repo.assessment().findings(prefix)) {
                if (finding.is(Outcome.PASS) && !finding.evidence().isEmpty()) {
                    return Optional.of(finding.evidence().get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static String or(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }
}

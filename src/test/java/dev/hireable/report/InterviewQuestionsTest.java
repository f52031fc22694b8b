package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.rules.SignalId;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleFileException;
import dev.hireable.rules.catalog.RuleSources;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewQuestionsTest {

    @Test
    void registeredModelAsksHowTheRunWasPromotedCitingTheRegistration() {
        // fraud-radar fills the first slot, so it is asked about first
        List<InterviewQuestions.Asked> questions =
                InterviewQuestions.from(RuleCatalog.builtIn()).ask(SampleReports.rich());

        assertThat(questions).anySatisfy(q -> {
            assertThat(q.repo()).isEqualTo("jdoe-ml/fraud-radar");
            assertThat(q.text())
                    .startsWith(
                            "You register trained models in jdoe-ml/fraud-radar: how did you choose which version to promote");
            assertThat(q.evidence())
                    .hasValueSatisfying(e -> assertThat(e.path()).hasValue("src/churn_guard/promote.py"));
        });
    }

    @Test
    void slotRepositoriesAreAskedAboutFirstWithinTheLimits() {
        List<InterviewQuestions.Asked> questions =
                InterviewQuestions.from(RuleCatalog.builtIn()).ask(SampleReports.large(40));

        assertThat(questions).hasSize(12);
        assertThat(questions.get(0).repo()).isEqualTo("big-user/project-0");
        assertThat(questions.stream().collect(java.util.stream.Collectors.groupingBy(InterviewQuestions.Asked::repo)))
                .allSatisfy((repo, asked) -> assertThat(asked).hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void templateAlreadyAskedGivesWayToOneNotYetAsked() {
        List<InterviewQuestions.Asked> questions =
                InterviewQuestions.from(RuleCatalog.builtIn()).ask(SampleReports.rich());

        assertThat(questions)
                .filteredOn(q -> q.repo().equals("jdoe-ml/churn-guard"))
                .extracting(InterviewQuestions.Asked::text)
                .noneMatch(t -> t.startsWith("You register trained models"))
                .anyMatch(t -> t.startsWith("Walk me through Dockerfile in jdoe-ml/churn-guard"));
    }

    @Test
    void toyDatasetAndNotebookRaiseTheirQuestions() {
        List<InterviewQuestions.Asked> questions =
                InterviewQuestions.from(RuleCatalog.builtIn()).ask(SampleReports.rich());

        assertThat(questions)
                .extracting(InterviewQuestions.Asked::text)
                .anyMatch(t -> t.startsWith("jdoe-ml/titanic-notebook uses titanic: what would change"));
    }

    @Test
    void unknownConditionInAQuestionFileNamesTheFileAndLine() {
        String overlay = """
                vocabulary:
                  questions:
                    - when: [registry.usd]
                      ask: "Why?"
                """;
        RuleCatalog catalog = RuleCatalog.load(new RuleSources(
                RuleSources.builtInOnly().builtIn(),
                List.of(new RuleSources.RuleFile("questions.yaml", "my-rules/questions.yaml", overlay))));

        assertThatThrownBy(() -> InterviewQuestions.from(catalog))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("questions.yaml:3")
                .hasMessageContaining("unknown signal 'registry.usd'; did you mean 'registry.used'?");
    }

    @Test
    void unknownPlaceholderIsRefused() {
        assertThatThrownBy(() -> new InterviewQuestions.Question(
                        List.of(new SignalId("ci.present")), List.of(), "Why {repository}?", List.of()))
                .hasMessageContaining("unknown placeholder {repository}");
    }
}

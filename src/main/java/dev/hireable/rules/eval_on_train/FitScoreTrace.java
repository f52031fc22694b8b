package dev.hireable.rules.eval_on_train;

import dev.hireable.rules.context.Assignment;
import dev.hireable.rules.context.CodeStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one file's statements, a model fitted on some variables and then scored on the very same ones and on
 * nothing else, with no split, refit or reassignment in between.
 */
final class FitScoreTrace {

    /** A fit and the statement that scores the model on the same data. */
    record Hit(CodeStatement fit, CodeStatement score) {}

    /** One argument: no commas or parentheses (a name, an attribute, a subscript with one key). */
    private static final String ARGUMENT = "([^,()=]+?)";

    private final EvalOnTrainModule.Vocabulary vocabulary;
    private final Pattern fit;
    private final Pattern metric;

    FitScoreTrace(EvalOnTrainModule.Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.fit = Pattern.compile("\\b([A-Za-z_][\\w.]*)\\.(?:" + alternatives(vocabulary.fitMethods())
                + ")\\s*\\(\\s*" + ARGUMENT + "\\s*,\\s*" + ARGUMENT + "\\s*[,)]");
        this.metric = Pattern.compile("\\b(?:" + alternatives(vocabulary.metrics()) + ")\\s*\\(");
    }

    Optional<Hit> find(List<CodeStatement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Matcher fitted = fit.matcher(statements.get(i).text());
            if (fitted.find() && !splits(statements.get(i).text())) {
                Optional<Hit> hit = scoredOnSameData(
                        statements,
                        i,
                        fitted.group(1),
                        same(fitted.group(2)),
                        fitted.group(3).strip());
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Hit> scoredOnSameData(
            List<CodeStatement> statements, int at, String model, String features, String target) {
        Pattern predict = call(model, vocabulary.predictMethods());
        Pattern score = call(model, vocabulary.scoreMethods());
        Pattern refit = call(model, vocabulary.fitMethods());
        Set<String> reassigned = Set.of(model.substring(model.lastIndexOf('.') + 1), features, target);
        Set<String> predictions = new HashSet<>();
        CodeStatement scored = null;
        for (int j = at + 1; j < statements.size(); j++) {
            CodeStatement statement = statements.get(j);
            String text = statement.text();
            Optional<Assignment> assignment = Assignment.of(text);
            if (splits(text)
                    || refit.matcher(text).find()
                    || assignment
                            .map(a -> a.targets().stream().anyMatch(reassigned::contains))
                            .orElse(false)) {
                break;
            }
            boolean isMetric = metric.matcher(text).find();
            Matcher predicted = predict.matcher(text);
            while (predicted.find()) {
                if (!same(predicted.group(1)).equals(features)) {
                    return Optional.empty();
                }
                if (isMetric) {
                    scored = scored == null ? statement : scored;
                } else {
                    assignment.ifPresent(a -> predictions.addAll(a.targets()));
                }
            }
            Matcher scoredBy = score.matcher(text);
            while (scoredBy.find()) {
                if (!same(scoredBy.group(1)).equals(features)) {
                    return Optional.empty();
                }
                scored = scored == null ? statement : scored;
            }
            if (isMetric && Assignment.names(text).stream().anyMatch(predictions::contains)) {
                scored = scored == null ? statement : scored;
            }
        }
        return Optional.ofNullable(scored).map(statement -> new Hit(statements.get(at), statement));
    }

    private boolean splits(String text) {
        return vocabulary.splits().stream()
                .anyMatch(split -> split.matcher(text).find());
    }

    /** A call of one of the methods on the model, capturing its first argument. */
    private static Pattern call(String model, List<String> methods) {
        return Pattern.compile("(?:^|[^\\w.])" + Pattern.quote(model) + "\\.(?:" + alternatives(methods)
                + ")\\s*\\(\\s*" + ARGUMENT + "\\s*[,)]");
    }

    /** The names as alternatives; they are Python identifiers (checked when bound), so they need no quoting. */
    private static String alternatives(List<String> names) {
        return String.join("|", names);
    }

    private static String same(String argument) {
        return argument.replaceAll("\\s+", "");
    }
}

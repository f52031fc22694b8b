package dev.hireable.rules.synthetic_data;

import dev.hireable.rules.context.Assignment;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.CodeStatement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows generated data through one file's statements, in order: a statement that generates data marks the names it
 * assigns; an assignment or a function result built from marked names is marked; an assignment from data that is read
 * holds real data and is not. The first training call given a marked name is the finding.
 */
final class DataTrace {

    /** Generated data reaching a training call: where it was generated, with what, and where it trains. */
    record Hit(CodeStatement generated, String generator, CodeStatement trains) {}

    private static final Pattern DEF = Pattern.compile("^(?:async\\s+)?def\\s+(\\w+)\\s*\\(");
    private static final Pattern RETURN = Pattern.compile("^(?:return|yield)\\b");

    private final SyntheticDataModule.Vocabulary vocabulary;

    DataTrace(SyntheticDataModule.Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Optional<Hit> follow(List<CodeStatement> statements) {
        Set<String> trainingFunctions = trainingFunctions(statements);
        Map<String, CodeStatement> marked = new HashMap<>();
        Map<String, String> generators = new HashMap<>();
        Set<String> real = new HashSet<>();
        Deque<CodeStatement> functions = new ArrayDeque<>();
        for (CodeStatement statement : statements) {
            while (!functions.isEmpty()
                    && statement.indent() <= functions.peek().indent()) {
                functions.pop();
            }
            String text = statement.text();
            Matcher def = DEF.matcher(text);
            if (def.find()) {
                functions.push(statement);
                continue;
            }
            Optional<String> generator = firstMatch(vocabulary.generators(), text);
            Optional<Hit> hit = trainsOnMarked(text, trainingFunctions, marked, generators, generator, statement);
            if (hit.isPresent()) {
                return hit;
            }
            Optional<Assignment> assignment = Assignment.of(text);
            String value = assignment.map(Assignment::value).orElse(text);
            Set<String> used = Assignment.names(value);
            Optional<String> source = used.stream().filter(marked::containsKey).findFirst();
            boolean fromReal = firstMatch(vocabulary.reads(), value).isPresent()
                    || used.stream().anyMatch(real::contains);
            if (assignment.isPresent()) {
                for (String target : assignment.get().targets()) {
                    if (fromReal) {
                        real.add(target);
                        marked.remove(target);
                    } else if (!marked.containsKey(target) && (generator.isPresent() || source.isPresent())) {
                        marked.put(target, generator.isPresent() ? statement : marked.get(source.get()));
                        generators.put(target, generator.orElseGet(() -> generators.get(source.get())));
                    }
                }
            } else if (RETURN.matcher(text).find()
                    && !functions.isEmpty()
                    && !fromReal
                    && (generator.isPresent() || source.isPresent())) {
                String function = functionName(functions.peek());
                marked.put(function, generator.isPresent() ? statement : marked.get(source.get()));
                generators.put(function, generator.orElseGet(() -> generators.get(source.get())));
            }
        }
        return Optional.empty();
    }

    /** A training call, or a call of a function of this file that trains, given generated data. */
    private Optional<Hit> trainsOnMarked(
            String text,
            Set<String> trainingFunctions,
            Map<String, CodeStatement> marked,
            Map<String, String> generators,
            Optional<String> generator,
            CodeStatement at) {
        for (String input : inputsOfTraining(text, trainingFunctions)) {
            if (generator.isPresent()
                    && firstMatch(vocabulary.generators(), input).isPresent()) {
                return Optional.of(new Hit(at, generator.get(), at));
            }
            Optional<String> name =
                    Assignment.names(input).stream().filter(marked::containsKey).findFirst();
            if (name.isPresent()) {
                return Optional.of(new Hit(marked.get(name.get()), generators.get(name.get()), at));
            }
        }
        return Optional.empty();
    }

    /** What follows the opening of each training call in the statement: its inputs. */
    private List<String> inputsOfTraining(String text, Set<String> trainingFunctions) {
        List<String> inputs = new java.util.ArrayList<>();
        for (CodeCue cue : vocabulary.trainingCalls()) {
            Matcher call = cue.pattern().matcher(text);
            if (call.find()) {
                inputs.add(text.substring(call.end()));
            }
        }
        for (String function : trainingFunctions) {
            Matcher call =
                    Pattern.compile("\\b" + Pattern.quote(function) + "\\s*\\(").matcher(text);
            if (call.find()) {
                inputs.add(text.substring(call.end()));
            }
        }
        return inputs;
    }

    /** The functions of the file whose body makes a training call. */
    private Set<String> trainingFunctions(List<CodeStatement> statements) {
        Set<String> trains = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            CodeStatement def = statements.get(i);
            if (!DEF.matcher(def.text()).find()) {
                continue;
            }
            for (int j = i + 1; j < statements.size() && statements.get(j).indent() > def.indent(); j++) {
                if (firstMatch(vocabulary.trainingCalls(), statements.get(j).text())
                        .isPresent()) {
                    trains.add(functionName(def));
                    break;
                }
            }
        }
        return trains;
    }

    private static String functionName(CodeStatement def) {
        Matcher name = DEF.matcher(def.text());
        return name.find() ? name.group(1) : "";
    }

    /** The text of the first cue that matches, without its opening bracket, e.g. {@code np.random.rand}. */
    private static Optional<String> firstMatch(List<CodeCue> cues, String text) {
        for (CodeCue cue : cues) {
            Matcher matcher = cue.pattern().matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group().replaceAll("[\\s(]+$", ""));
            }
        }
        return Optional.empty();
    }
}

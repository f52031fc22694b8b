package dev.hireable.rules.readme;

import dev.hireable.concurrent.SideBySide;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.HintIndex;
import dev.hireable.rules.context.HintNumbers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of rules/readme.yaml compiled once: what the section checks match headings and text against. The
 * headings of every language are tried on every heading; the cues of a language only in a document its markers show
 * it is written in. Every pattern carries literal hints (see {@link HintIndex}) and is run only on a text that holds
 * one, so the cost of a README grows with its length, not with the number of languages and cues. No pattern built
 * here uses lookaround or backreferences.
 */
final class ReadmePatterns {

    /** One part's compiled headings, and its cues by language. */
    record SectionPatterns(
            List<Cue> headings,
            List<Cue> weakHeadings,
            Map<String, List<Cue>> cues,
            ReadmeVocabulary.SectionRule rule) {}

    /** A template: its phrases (literal, case-insensitive) and the headings of its sections. */
    record TemplatePatterns(String name, List<Cue> phrases, List<RulePattern> headings) {}

    /**
     * A compiled pattern with the numbers of its literal hints (see {@link HintIndex}): when none of them occurs in a
     * text, the pattern cannot match it and is not run. A pattern without hints is always run. {@code reach} says where
     * in a text its matches lie, so a scan looks nowhere else; {@code classRun}, for a pattern that is one character
     * class repeated, which characters a text must hold for it to match; {@code words}, for a list of whole words, the
     * words its matches are (counted without a scan).
     */
    record Cue(RulePattern pattern, int[] hints, Reach reach, Optional<ClassRun> classRun, Optional<WordList> words) {

        Cue(RulePattern pattern, int[] hints) {
            this(pattern, hints, hints.length > 0 && pattern.staysOnOneLine() ? Reach.HINT_LINE : Reach.ANYWHERE);
        }

        Cue(RulePattern pattern, int[] hints, Reach reach) {
            this(pattern, hints, reach, ClassRun.of(pattern), WordList.of(pattern));
        }

        boolean possibleIn(BitSet present) {
            return HintNumbers.anyPresent(hints, present);
        }
    }

    /**
     * Where the matches of a cue lie: anywhere ({@link #ANYWHERE}), or near its hints: on the line of one of them, or
     * there and in the run of {@code lead} characters that ends the lines before (with the one character before that
     * run), as a figure written above the metric it measures. Only a cue with hints can be near them. {@code held}, when
     * present, accepts a character every match holds (a digit of the figure): a line whose region holds none is skipped.
     */
    record Reach(boolean nearHints, IntPredicate lead, Optional<IntPredicate> held) {

        private static final IntPredicate NOTHING = c -> false;
        static final Reach ANYWHERE = new Reach(false, NOTHING, Optional.empty());
        static final Reach HINT_LINE = new Reach(true, NOTHING, Optional.empty());

        static Reach hintLineAfter(IntPredicate lead, IntPredicate held) {
            return new Reach(true, lead, Optional.of(held));
        }
    }

    private static final Pattern HEADING_NOISE = Pattern.compile("[^\\p{L}\\p{N}\\s&'/-]+");
    private static final Pattern LEADING_NUMBERING = Pattern.compile("^(?:[\\d\\s./)-]+|第?[一二三四五六七八九十]+[章节部分]?\\s+)");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    /** An unchecked task-list item: the text after "[ ]" at the start of a block or line. */
    private static final RulePattern OPEN_TASK =
            RulePattern.compile("(?:^|\\n)[ \\t]*(?:[-*+][ \\t]+)?\\[ \\][ \\t]+([^\\n]+)");
    /** A figure a results section can hold in its prose: a number with a decimal or a percent sign. */
    private static final Pattern MEASURE =
            Pattern.compile("(?:^|[^\\p{L}\\p{N}.])(?:\\d+[.,]\\d+|\\d+\\s*%)", ReadmeVocabulary.REGEX_FLAGS);

    private final HintNumbers hintNumbers = new HintNumbers();
    private final Map<Section, SectionPatterns> sections = new EnumMap<>(Section.class);
    private final Map<String, List<Cue>> markers;
    /** The first words of the word pairs the markers list ({@code para el}): a text's words are counted with them. */
    private final Set<String> wordPairStarts;

    private final int minMarkers;
    private final Cue metricValue;
    private final RulePattern metricName;
    private final Cue openTask;
    private final List<RulePattern> resultImages;
    private final List<RulePattern> ignoredImages;
    private final List<Cue> placeholders;
    private final List<Cue> instructions;
    private final List<RulePattern> ignoredTodoItems;
    private final List<TemplatePatterns> templates;
    private final int maxCaptionWords;
    private final HintIndex hintIndex;
    private final Map<RulePattern, Shape> shapes;

    ReadmePatterns(ReadmeVocabulary vocabulary) {
        this.shapes = Shape.ofEvery(everyCuePattern(vocabulary));
        for (Section section : Section.values()) {
            Map<String, List<Cue>> cues = new TreeMap<>();
            vocabulary
                    .languages()
                    .forEach((code, language) ->
                            cues.put(code, compileCues(language.section(section).cues())));
            sections.put(
                    section,
                    new SectionPatterns(
                            compileCues(vocabulary.everyLanguage(section, ReadmeVocabulary.SectionWords::headings)),
                            compileCues(vocabulary.everyLanguage(section, ReadmeVocabulary.SectionWords::weakHeadings)),
                            Map.copyOf(cues),
                            vocabulary.section(section)));
        }
        Map<String, List<Cue>> languageMarkers = new TreeMap<>();
        vocabulary.languages().forEach((code, language) -> languageMarkers.put(code, compileCues(language.markers())));
        this.markers = Map.copyOf(languageMarkers);
        this.wordPairStarts = languageMarkers.values().stream()
                .flatMap(List::stream)
                .flatMap(cue -> cue.words().stream())
                .flatMap(list -> list.pairStarts().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.minMarkers = vocabulary.minLanguageMarkers();
        List<RulePattern> metricNames = vocabulary.everyLanguage(ReadmeVocabulary.Language::metricNames);
        List<String> names = metricNames.stream().map(RulePattern::pattern).toList();
        // the metric names are written in the rule file, the way they combine with a value here
        java.util.function.Supplier<String> origin = () -> metricNames.stream()
                        .map(RulePattern::origin)
                        .map(ReadmePatterns::file)
                        .distinct()
                        .collect(java.util.stream.Collectors.joining(", "))
                + " (metric_names)";
        String name = metricNameRegex(names);
        String gap = "(?:[^\\d\\n]{0," + vocabulary.metricValueGap() + "}[^\\p{L}\\p{N}.\\n])?";
        int[] nameHints = hintsOfAll(names);
        // a match is a name and a figure: the figure after it on its line, or before it, across line breaks at most
        boolean namesStayOnOneLine = metricNames.stream().allMatch(RulePattern::staysOnOneLine);
        this.metricValue = new Cue(
                RulePattern.compile(
                        name + gap + NUMBER + "|(?:^|[^\\p{L}\\p{N}.])" + NUMBER + "\\s*%?\\+?\\s{0,3}" + name,
                        ReadmeVocabulary.REGEX_FLAGS,
                        origin),
                nameHints,
                nameHints.length > 0 && namesStayOnOneLine
                        ? Reach.hintLineAfter(ReadmePatterns::partOfAFigure, Character::isDigit)
                        : Reach.ANYWHERE);
        this.metricName = RulePattern.compile(name, ReadmeVocabulary.REGEX_FLAGS, origin);
        this.openTask = new Cue(OPEN_TASK, register(List.of("[ ]")));
        this.resultImages = vocabulary.everyLanguage(ReadmeVocabulary.Language::resultImages);
        this.ignoredImages = vocabulary.ignoredImages();
        this.placeholders = compileCues(vocabulary.everyLanguage(ReadmeVocabulary.Language::placeholders));
        this.instructions = compileCues(vocabulary.everyLanguage(ReadmeVocabulary.Language::instructions));
        this.ignoredTodoItems = vocabulary.todoItems().ignored();
        this.maxCaptionWords = vocabulary.maxCaptionWords();
        List<TemplatePatterns> compiled = new ArrayList<>();
        vocabulary.templates().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(t -> compiled.add(new TemplatePatterns(
                        t.getKey(),
                        t.getValue().phrases().stream().map(this::literal).toList(),
                        t.getValue().headings())));
        this.templates = List.copyOf(compiled);
        this.hintIndex = hintNumbers.index();
    }

    /**
     * Metric names as one alternation. A name written in ASCII letters and digits must stand apart from other ASCII
     * letters and digits ("map" is not "mapping", but "F1值" and "的F1" are F1); a name in another script needs no
     * boundary, as Chinese and Japanese write no spaces and Korean and Russian add endings to words.
     */
    private static String metricNameRegex(List<String> names) {
        List<String> ascii = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String name : names) {
            (name.chars().allMatch(c -> c < 128) ? ascii : other).add(name);
        }
        List<String> choices = new ArrayList<>();
        if (!ascii.isEmpty()) {
            choices.add("(?:^|[^A-Za-z0-9])(?:" + String.join("|", ascii) + ")(?:[^A-Za-z0-9\\n]|$)");
        }
        if (!other.isEmpty()) {
            choices.add("(?:" + String.join("|", other) + ")");
        }
        return "(?:" + String.join("|", choices) + ")";
    }

    SectionPatterns section(Section section) {
        return sections.get(section);
    }

    /** The cues of a part in the given languages, in the order of the language codes. */
    List<Cue> cues(Section section, Set<String> languages) {
        List<Cue> cues = new ArrayList<>();
        sections.get(section).cues().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(e -> languages.contains(e.getKey()))
                .forEach(e -> cues.addAll(e.getValue()));
        return cues;
    }

    /**
     * The languages a text is written in: those without markers, and those whose markers occur at least
     * {@code min_language_markers} times. Each marker stops scanning as soon as the count is reached.
     */
    Set<String> languagesOf(ProseScan text) {
        Set<String> found = new LinkedHashSet<>();
        markers.forEach((language, cues) -> {
            if (cues.isEmpty() || count(cues, text, minMarkers) >= minMarkers) {
                found.add(language);
            }
        });
        return found;
    }

    Set<String> wordPairStarts() {
        return wordPairStarts;
    }

    /** The markers of each language that has them. */
    Map<String, List<Cue>> markers() {
        return markers;
    }

    /** Matches of the cues, up to {@code enough}. */
    private static int count(List<Cue> cues, ProseScan text, int enough) {
        int count = 0;
        for (Cue cue : cues) {
            if (count >= enough) {
                break;
            }
            count += text.count(cue, enough - count);
        }
        return count;
    }

    List<TemplatePatterns> templates() {
        return templates;
    }

    List<Cue> placeholders() {
        return placeholders;
    }

    /** The numbers of the hints that occur in a text: a pattern none of whose hints occur is not run on it. */
    BitSet hintsIn(CharSequence text) {
        return hintIndex.present(text);
    }

    /** The lines (split at {@code '\n'}) of the text each hint occurs on, by hint number. */
    BitSet[] hintLines(CharSequence text) {
        BitSet[] lines = new BitSet[hintNumbers.size()];
        hintIndex.lines(text, (hint, line) -> {
            if (lines[hint] == null) {
                lines[hint] = new BitSet();
            }
            lines[hint].set(line);
        });
        return lines;
    }

    Cue metricValue() {
        return metricValue;
    }

    List<Cue> instructions() {
        return instructions;
    }

    /** Where [from, to) holds a number with a decimal or a percent sign, if it does. */
    static OptionalInt measure(String text, int from, int to) {
        return firstMatch(MEASURE, text, from, to);
    }

    /** Where blocks [from, to) hold an unchecked task-list item that is a to-do (not a rubric line), if they do. */
    OptionalInt openTodo(AuthoredText text, int from, int to) {
        String prose = text.prose();
        for (int at : text.matchesIn(openTask, from, to)) {
            int end = prose.indexOf('\n', at);
            if (!anyFinds(ignoredTodoItems, prose.substring(at, end < 0 ? prose.length() : end))) {
                return OptionalInt.of(at);
            }
        }
        return OptionalInt.empty();
    }

    /** Where a pattern first matches in [from, to) of a text (see {@link #wordStart}). */
    static OptionalInt firstMatch(Pattern pattern, String text, int from, int to) {
        Matcher matcher = pattern.matcher(text).region(from, to);
        return matcher.find() ? OptionalInt.of(wordStart(matcher, text)) : OptionalInt.empty();
    }

    /**
     * Where a match really starts: at its first letter or digit, as patterns without lookbehind match the character
     * before a word to see that the word starts there.
     */
    static int wordStart(Matcher matcher, String text) {
        int at = matcher.start();
        while (at < matcher.end() - 1 && !Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Whether a table header cell names a metric. */
    boolean metricHeader(String cell) {
        return cell.length() <= 40 && metricName.matcher(cell).find();
    }

    /** Whether the text holds a number that stands on its own (not the 1 of "F1" or "v2"). */
    static boolean hasNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.')) {
                return true;
            }
        }
        return false;
    }

    /** The name of the template a phrase belongs to. */
    String templateOf(Cue phrase) {
        return templates.stream()
                .filter(t -> t.phrases().contains(phrase))
                .map(TemplatePatterns::name)
                .findFirst()
                .orElse("");
    }

    /**
     * Whether an image is a result figure (and not a badge): its alt text, file name or caption (a short text
     * around it) names a result figure or a metric.
     */
    boolean resultImage(String alt, String target, List<String> captions) {
        if (ignoredImage(target)) {
            return false;
        }
        int slash = target.lastIndexOf('/');
        StringBuilder described = new StringBuilder(alt).append(' ').append(target.substring(slash + 1));
        captions.stream()
                .filter(c -> AuthoredText.countWords(c) <= maxCaptionWords)
                .forEach(c -> described.append(' ').append(c));
        String text = SEPARATORS.matcher(lower(described.toString())).replaceAll(" ");
        return anyFinds(resultImages, text) || metricName.matcher(text).find();
    }

    /** Whether an image is a badge or shield, never content. */
    boolean ignoredImage(String target) {
        return anyFinds(ignoredImages, target);
    }

    /** A heading as the synonyms are matched: lower case, without numbering, emoji and punctuation. */
    static String normalizeHeading(String heading) {
        String words = HEADING_NOISE
                .matcher(lower(heading))
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
        return LEADING_NUMBERING.matcher(words).replaceFirst("").strip();
    }

    /** Whether any of the cues matches a short text (a heading); only those whose hints are present in it are run. */
    static boolean anyMatches(List<Cue> cues, String text, BitSet present) {
        for (Cue cue : cues) {
            if (cue.possibleIn(present) && cue.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean anyFinds(List<RulePattern> patterns, String text) {
        for (RulePattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private Cue literal(String phrase) {
        return new Cue(
                RulePattern.compile(Pattern.quote(phrase), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                register(List.of(phrase)));
    }

    /** The patterns compiled, each with its hints registered. */
    private List<Cue> compileCues(List<RulePattern> patterns) {
        List<Cue> cues = new ArrayList<>(patterns.size());
        for (RulePattern pattern : patterns) {
            Shape shape = shapes.computeIfAbsent(pattern, Shape::of);
            int[] hints = register(shape.hints());
            Reach reach = hints.length > 0 && shape.oneLine() ? Reach.HINT_LINE : Reach.ANYWHERE;
            cues.add(new Cue(pattern, hints, reach, shape.classRun(), shape.words()));
        }
        return List.copyOf(cues);
    }

    /** Every pattern {@link #compileCues} is given (one it is not given is only shaped in turn). */
    private static List<RulePattern> everyCuePattern(ReadmeVocabulary vocabulary) {
        List<RulePattern> every = new ArrayList<>();
        for (Section section : Section.values()) {
            vocabulary
                    .languages()
                    .values()
                    .forEach(language -> every.addAll(language.section(section).cues()));
            every.addAll(vocabulary.everyLanguage(section, ReadmeVocabulary.SectionWords::headings));
            every.addAll(vocabulary.everyLanguage(section, ReadmeVocabulary.SectionWords::weakHeadings));
        }
        every.addAll(vocabulary.everyLanguage(ReadmeVocabulary.Language::markers));
        every.addAll(vocabulary.everyLanguage(ReadmeVocabulary.Language::placeholders));
        every.addAll(vocabulary.everyLanguage(ReadmeVocabulary.Language::instructions));
        return every;
    }

    /**
     * What a cue is made of besides its hint numbers: its literal hints and what its pattern is shaped like. Worked
     * out for all ~900 cue patterns side by side, before the cues are numbered in order: it is most of building the
     * README module, which the other modules are built beside.
     */
    private record Shape(List<String> hints, boolean oneLine, Optional<ClassRun> classRun, Optional<WordList> words) {

        static Shape of(RulePattern pattern) {
            return new Shape(
                    CodeCue.of(pattern).hints(), pattern.staysOnOneLine(), ClassRun.of(pattern), WordList.of(pattern));
        }

        /** By pattern, as the vocabulary holds them (by identity: a pattern has no value equality). */
        static Map<RulePattern, Shape> ofEvery(List<RulePattern> patterns) {
            Shape[] shapes = new Shape[patterns.size()];
            SideBySide.forEachIndex(shapes.length, i -> shapes[i] = of(patterns.get(i)));
            Map<RulePattern, Shape> byPattern = new IdentityHashMap<>();
            for (int i = 0; i < shapes.length; i++) {
                byPattern.put(patterns.get(i), shapes[i]);
            }
            return byPattern;
        }
    }

    /** The hints of an alternation of patterns: those of every alternative, none when one alternative has none. */
    private int[] hintsOfAll(List<String> patterns) {
        List<String> all = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> own = CodeCue.of(pattern).hints();
            if (own.contains("")) {
                return new int[0];
            }
            all.addAll(own);
        }
        return register(all);
    }

    /** A character of a figure or the space around it: what can stand between a metric value and its name. */
    private static boolean partOfAFigure(int c) {
        return Character.isDigit(c)
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u0085'
                || c == '.'
                || c == ','
                || c == '%'
                || c == '+';
    }

    /** Numbers a pattern's hints for the {@link HintIndex}. */
    private int[] register(List<String> patternHints) {
        return hintNumbers.register(patternHints);
    }

    /** The file of an origin such as {@code rules/readme.yaml:120}. */
    private static String file(String origin) {
        int colon = origin.lastIndexOf(':');
        return colon > 0 && origin.substring(colon + 1).chars().allMatch(Character::isDigit)
                ? origin.substring(0, colon)
                : origin;
    }
}

package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The vocabulary of rules/readme.yaml compiled once: what the section checks match headings and text against. */
final class ReadmePatterns {

    /** One section's compiled headings and cues. */
    record SectionPatterns(List<Pattern> headings, List<Pattern> weakHeadings, List<Pattern> cues, int minCues,
                           boolean headingNeedsFigures) {
    }

    /** A template: its phrases (literal, case-insensitive) and the headings of its sections. */
    record TemplatePatterns(String name, List<Pattern> phrases, List<Pattern> headings) {
    }

    private static final Pattern HEADING_NOISE = Pattern.compile("[^\\p{L}\\p{N}\\s&'/-]+");
    private static final Pattern LEADING_NUMBERING = Pattern.compile("^[\\d\\s./)-]+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final String NOT_WORD = "[\\p{L}\\p{N}]";

    private final Map<Section, SectionPatterns> sections = new EnumMap<>(Section.class);
    private final Pattern metricValue;
    private final Pattern metricHeader;
    private final List<Pattern> resultImages;
    private final List<Pattern> ignoredImages;
    private final List<Pattern> placeholders;
    private final List<TemplatePatterns> templates;

    ReadmePatterns(ReadmeVocabulary vocabulary) {
        for (Section section : Section.values()) {
            ReadmeVocabulary.SectionWords words = vocabulary.section(section);
            sections.put(section, new SectionPatterns(compile(words.headings()), compile(words.weakHeadings()),
                    compile(words.cues()), words.minCues(), words.headingNeedsFigures()));
        }
        String names = "(?:" + String.join("|", vocabulary.metricNames()) + ")";
        String name = "(?<!" + NOT_WORD + ")" + names + "(?!" + NOT_WORD + ")";
        String value = "(?<![\\p{L}\\p{N}.])" + NUMBER;
        this.metricValue = Pattern.compile(name + "[^\\d\\n]{0," + vocabulary.metricValueGap() + "}?" + value
                + "|" + value + "\\s*%?\\+?\\s{0,3}" + name, ReadmeVocabulary.REGEX_FLAGS);
        this.metricHeader = Pattern.compile(name, ReadmeVocabulary.REGEX_FLAGS);
        this.resultImages = compile(vocabulary.resultImages());
        this.ignoredImages = compile(vocabulary.ignoredImages());
        this.placeholders = compile(vocabulary.placeholders());
        List<TemplatePatterns> compiled = new ArrayList<>();
        vocabulary.templates().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> compiled.add(
                new TemplatePatterns(t.getKey(), t.getValue().phrases().stream().map(ReadmePatterns::literal).toList(),
                        compile(t.getValue().headings()))));
        this.templates = List.copyOf(compiled);
    }

    SectionPatterns section(Section section) {
        return sections.get(section);
    }

    List<TemplatePatterns> templates() {
        return templates;
    }

    List<Pattern> placeholders() {
        return placeholders;
    }

    /** Where the text names a metric with a value next to it ("F1: 0.88", "91% accuracy"), if it does. */
    OptionalInt metricValue(String text, int from, int to) {
        return firstMatch(metricValue, text, from, to);
    }

    /** Where a pattern first matches in [from, to) of a text. */
    static OptionalInt firstMatch(Pattern pattern, String text, int from, int to) {
        Matcher matcher = pattern.matcher(text).region(from, to);
        return matcher.find() ? OptionalInt.of(matcher.start()) : OptionalInt.empty();
    }

    /** Whether a table header cell names a metric. */
    boolean metricHeader(String cell) {
        return cell.length() <= 40 && metricHeader.matcher(cell).find();
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
    String templateOf(Pattern phrase) {
        return templates.stream().filter(t -> t.phrases().contains(phrase)).map(TemplatePatterns::name).findFirst()
                .orElse("");
    }

    /** Whether an image looks like a result figure (and is not a badge). */
    boolean resultImage(String alt, String target) {
        if (ignoredImage(target)) {
            return false;
        }
        int slash = target.lastIndexOf('/');
        String name = SEPARATORS.matcher(lower(alt + " " + target.substring(slash + 1))).replaceAll(" ");
        return resultImages.stream().anyMatch(p -> p.matcher(name).find());
    }

    /** Whether an image is a badge or shield, never content. */
    boolean ignoredImage(String target) {
        return anyFinds(ignoredImages, target);
    }

    /** A heading as the synonyms are matched: lower case, without numbering, emoji and punctuation. */
    static String normalizeHeading(String heading) {
        String words = HEADING_NOISE.matcher(lower(heading)).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return LEADING_NUMBERING.matcher(words).replaceFirst("").strip();
    }

    static boolean anyFinds(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Pattern literal(String phrase) {
        return Pattern.compile(Pattern.quote(phrase), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(p -> Pattern.compile(p, ReadmeVocabulary.REGEX_FLAGS)).toList();
    }
}

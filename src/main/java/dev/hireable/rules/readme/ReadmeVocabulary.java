package dev.hireable.rules.readme;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.ReadmeLocation;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary of rules/readme.yaml: where the README is, how each of the four parts is decided, the words of
 * each language (heading synonyms, content cues, metric names, result-figure captions, placeholders), and the
 * thresholds and message fragments the module uses. Checked when loaded.
 */
public record ReadmeVocabulary(
        ReadmeLocation location,
        Map<String, SectionRule> sections,
        Map<String, Language> languages,
        int metricValueGap,
        List<RulePattern> ignoredImages,
        TodoItems todoItems,
        Map<String, Template> templates,
        int maxHeadingWords,
        int maxCaptionWords,
        int minReadmeWords,
        int minLanguageMarkers,
        LinkedDocs linkedDocs,
        String linkedDocNote,
        String invalidUtf8Note,
        Map<String, String> substanceReasons) {

    static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    static final List<String> SUBSTANCE_REASONS = List.of("empty", "template", "placeholder", "thin");

    /**
     * How one part is decided, whatever the language.
     *
     * @param minCues             different cues anywhere in the prose that cover the part
     * @param minSectionWords     words of prose a heading's section needs (or a table, image or code block)
     * @param minPhraseWords      only paragraphs and list items of at least this many words count towards them
     * @param headingNeedsFigures whether a heading's section must also hold a figure: a metric with a value, a number
     *                            with a decimal or a percent sign, a table row with a number, or an image
     * @param notInstructions     whether a heading's section that reads as setup instructions (a code block or a
     *                            command) counts only when it also holds one of the part's cues
     */
    public record SectionRule(
            int minCues,
            int minSectionWords,
            Integer minPhraseWords,
            Boolean headingNeedsFigures,
            Boolean notInstructions) {
        public SectionRule {
            minPhraseWords = minPhraseWords == null ? 1 : minPhraseWords;
            headingNeedsFigures = Boolean.TRUE.equals(headingNeedsFigures);
            notInstructions = Boolean.TRUE.equals(notInstructions);
            if (minCues < 1 || minSectionWords < 1) {
                throw new IllegalArgumentException("'min_cues' and 'min_section_words' must be at least 1");
            }
        }
    }

    /**
     * The words of one language. Every list is optional.
     *
     * @param name         the language's name, for readers of the rule file
     * @param markers      patterns that show a README (or part of it) is written in the language; its cues are
     *                     looked for only then (a language without markers is always looked for)
     * @param metricNames  metric names; a result is a name next to a number, or a table column headed by one
     * @param resultImages words that make an image's alt text, file name or caption a result figure
     * @param placeholders text that is removed before anything is decided ({@code .*} runs to the end of the line)
     * @param instructions commands and phrases of setup instructions
     */
    public record Language(
            String name,
            List<RulePattern> markers,
            SectionWords problem,
            SectionWords approach,
            SectionWords results,
            SectionWords retrospective,
            List<RulePattern> metricNames,
            List<RulePattern> resultImages,
            List<RulePattern> placeholders,
            List<RulePattern> instructions) {
        public Language {
            markers = patterns(markers);
            problem = problem == null ? SectionWords.NONE : problem;
            approach = approach == null ? SectionWords.NONE : approach;
            results = results == null ? SectionWords.NONE : results;
            retrospective = retrospective == null ? SectionWords.NONE : retrospective;
            metricNames = patterns(metricNames);
            resultImages = patterns(resultImages);
            placeholders = patterns(placeholders);
            instructions = patterns(instructions);
        }

        SectionWords section(Section section) {
            return switch (section) {
                case PROBLEM -> problem;
                case APPROACH -> approach;
                case RESULTS -> results;
                case RETROSPECTIVE -> retrospective;
            };
        }
    }

    /**
     * How one part is recognised in one language.
     *
     * @param headings     a heading like this with real content under it covers the part
     * @param weakHeadings a heading like this covers it only when a cue appears under it
     * @param cues         patterns in the prose; {@code min_cues} different ones anywhere cover the part
     */
    public record SectionWords(List<RulePattern> headings, List<RulePattern> weakHeadings, List<RulePattern> cues) {
        static final SectionWords NONE = new SectionWords(List.of(), List.of(), List.of());

        public SectionWords {
            headings = patterns(headings);
            weakHeadings = patterns(weakHeadings);
            cues = patterns(cues);
        }
    }

    /** Unchecked task-list items ("- [ ] add monitoring") that are not a to-do list, e.g. a copied grading rubric. */
    public record TodoItems(List<RulePattern> ignored) {
        public TodoItems {
            ignored = patterns(ignored);
        }
    }

    /** A README template: phrases whose lines, and headings whose sections, are not the author's text. */
    public record Template(List<String> phrases, List<RulePattern> headings) {
        public Template {
            phrases = List.copyOf(phrases == null ? List.of() : phrases);
            headings = patterns(headings);
        }
    }

    /** Which linked documents are read as supporting evidence, and at most how many. */
    public record LinkedDocs(List<String> extensions, List<RulePattern> ignoredNames, int max) {
        public LinkedDocs {
            extensions = List.copyOf(extensions == null ? List.of() : extensions);
            ignoredNames = patterns(ignoredNames);
            if (max < 0) {
                throw new IllegalArgumentException("'max' must not be negative");
            }
        }
    }

    public ReadmeVocabulary {
        if (location == null) {
            throw new IllegalArgumentException("'location' is required");
        }
        if (sections == null) {
            throw new IllegalArgumentException("'sections' is required");
        }
        Set<String> expected =
                Arrays.stream(Section.values()).map(Section::id).collect(Collectors.toCollection(TreeSet::new));
        if (!sections.keySet().equals(expected)) {
            throw new IllegalArgumentException("'sections' must hold exactly " + String.join(", ", expected)
                    + " (found " + String.join(", ", new TreeSet<>(sections.keySet())) + ")");
        }
        sections = Map.copyOf(sections);
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("'languages' needs at least one language");
        }
        languages = new TreeMap<>(languages);
        if (languages.values().stream().allMatch(l -> l.metricNames().isEmpty())) {
            throw new IllegalArgumentException("'metric_names' needs at least one metric in some language");
        }
        if (metricValueGap < 0) {
            throw new IllegalArgumentException("'metric_value_gap' must not be negative");
        }
        ignoredImages = patterns(ignoredImages);
        todoItems = todoItems == null ? new TodoItems(List.of()) : todoItems;
        templates = templates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        if (maxHeadingWords < 1 || maxCaptionWords < 1 || minReadmeWords < 1 || minLanguageMarkers < 1) {
            throw new IllegalArgumentException("'max_heading_words', 'max_caption_words', 'min_readme_words' and "
                    + "'min_language_markers' must be at least 1");
        }
        if (linkedDocs == null) {
            linkedDocs = new LinkedDocs(List.of(), List.of(), 0);
        }
        if (linkedDocNote == null || !linkedDocNote.contains("{doc}")) {
            throw new IllegalArgumentException("'linked_doc_note' must contain {doc}");
        }
        if (invalidUtf8Note == null || invalidUtf8Note.isBlank()) {
            throw new IllegalArgumentException("'invalid_utf8_note' is required");
        }
        substanceReasons = Map.copyOf(substanceReasons == null ? Map.of() : substanceReasons);
        for (String reason : SUBSTANCE_REASONS) {
            if (!substanceReasons.containsKey(reason)) {
                throw new IllegalArgumentException("'substance_reasons' needs the reason '" + reason + "'");
            }
        }
    }

    public SectionRule section(Section section) {
        return sections.get(section.id());
    }

    /** One list of every language, in the order of the language codes. */
    <T> List<T> everyLanguage(Function<Language, List<T>> list) {
        return languages.values().stream()
                .flatMap(language -> list.apply(language).stream())
                .toList();
    }

    /** Every language's words for one part, flattened. */
    List<RulePattern> everyLanguage(Section section, Function<SectionWords, List<RulePattern>> list) {
        return languages.values().stream()
                .flatMap(language -> list.apply(language.section(section)).stream())
                .toList();
    }

    /** Patterns of prose, matched as {@link #REGEX_FLAGS} say (case-insensitive, in every script). */
    private static List<RulePattern> patterns(List<RulePattern> values) {
        return (values == null ? List.<RulePattern>of() : values)
                .stream().map(p -> p.withFlags(REGEX_FLAGS)).toList();
    }
}

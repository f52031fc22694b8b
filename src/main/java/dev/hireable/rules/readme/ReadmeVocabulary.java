package dev.hireable.rules.readme;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The vocabulary of rules/readme.yaml: heading synonyms and content cues per section, metric names, result images,
 * placeholders, templates, and the thresholds and message fragments the module uses. Checked when loaded.
 */
public record ReadmeVocabulary(
        Map<String, SectionWords> sections,
        List<String> metricNames,
        int metricValueGap,
        List<String> resultImages,
        List<String> ignoredImages,
        List<String> placeholders,
        Map<String, Template> templates,
        int maxHeadingWords,
        int minSectionWords,
        int minReadmeWords,
        LinkedDocs linkedDocs,
        String linkedDocNote,
        String invalidUtf8Note,
        Map<String, String> substanceReasons) {

    static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    static final List<String> SUBSTANCE_REASONS = List.of("empty", "template", "placeholder", "thin");

    /**
     * How one section is recognised.
     *
     * @param headings     a heading like this with real content under it covers the section
     * @param weakHeadings a heading like this covers it only when a cue appears under it
     * @param cues         patterns in the prose; {@code minCues} different ones anywhere cover the section
     * @param headingNeedsFigures whether the text under a heading must hold a number, a table or an image
     */
    public record SectionWords(List<String> headings, List<String> weakHeadings, List<String> cues, int minCues,
                               Boolean headingNeedsFigures) {
        public SectionWords {
            headingNeedsFigures = Boolean.TRUE.equals(headingNeedsFigures);
            headings = patterns(headings, "headings");
            weakHeadings = patterns(weakHeadings, "weak_headings");
            cues = patterns(cues, "cues");
            if (minCues < 1) {
                throw new IllegalArgumentException("'min_cues' must be at least 1");
            }
        }
    }

    /** A README template: phrases whose lines, and headings whose sections, are not the author's text. */
    public record Template(List<String> phrases, List<String> headings) {
        public Template {
            phrases = List.copyOf(phrases == null ? List.of() : phrases);
            headings = patterns(headings, "headings");
        }
    }

    /** Which linked documents are read as supporting evidence, and at most how many. */
    public record LinkedDocs(List<String> extensions, List<String> ignoredNames, int max) {
        public LinkedDocs {
            extensions = List.copyOf(extensions == null ? List.of() : extensions);
            ignoredNames = patterns(ignoredNames, "ignored_names");
            if (max < 0) {
                throw new IllegalArgumentException("'max' must not be negative");
            }
        }
    }

    public ReadmeVocabulary {
        if (sections == null) {
            throw new IllegalArgumentException("'sections' is required");
        }
        Set<String> expected = Arrays.stream(Section.values()).map(Section::id).collect(Collectors.toCollection(TreeSet::new));
        if (!sections.keySet().equals(expected)) {
            throw new IllegalArgumentException("'sections' must hold exactly " + String.join(", ", expected)
                    + " (found " + String.join(", ", new TreeSet<>(sections.keySet())) + ")");
        }
        sections = Map.copyOf(sections);
        metricNames = patterns(metricNames, "metric_names");
        if (metricNames.isEmpty()) {
            throw new IllegalArgumentException("'metric_names' needs at least one metric");
        }
        if (metricValueGap < 0) {
            throw new IllegalArgumentException("'metric_value_gap' must not be negative");
        }
        resultImages = patterns(resultImages, "result_images");
        ignoredImages = patterns(ignoredImages, "ignored_images");
        placeholders = patterns(placeholders, "placeholders");
        templates = templates == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(templates));
        if (maxHeadingWords < 1 || minSectionWords < 1 || minReadmeWords < 1) {
            throw new IllegalArgumentException(
                    "'max_heading_words', 'min_section_words' and 'min_readme_words' must be at least 1");
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

    public SectionWords section(Section section) {
        return sections.get(section.id());
    }

    private static List<String> patterns(List<String> values, String key) {
        List<String> list = List.copyOf(values == null ? List.of() : values);
        for (String value : list) {
            try {
                Pattern.compile(value, REGEX_FLAGS);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + key + "' holds an invalid pattern '" + value + "': "
                        + e.getDescription());
            }
        }
        return list;
    }
}

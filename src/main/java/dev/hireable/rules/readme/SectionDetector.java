package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a document covers one section: a heading synonym with real content under it, a weaker heading
 * with a cue under it, or enough different cues anywhere in the author's prose.
 */
final class SectionDetector {

    /** Where a section was found: the lines to show as evidence, the first one being the best. */
    record Hit(List<Integer> lines) {
        Hit {
            lines = List.copyOf(lines);
        }

        int line() {
            return lines.get(0);
        }
    }

    private static final int METRIC_VALUE = 0;
    private static final int METRIC_TABLE = 1;
    private static final int RESULT_IMAGE = 2;

    private final ReadmePatterns patterns;
    private final int maxHeadingWords;
    private final int minSectionWords;

    SectionDetector(ReadmePatterns patterns, int maxHeadingWords, int minSectionWords) {
        this.patterns = patterns;
        this.maxHeadingWords = maxHeadingWords;
        this.minSectionWords = minSectionWords;
    }

    Optional<Hit> detect(Section section, AuthoredText text) {
        ReadmePatterns.SectionPatterns words = patterns.section(section);
        TextDocument document = text.document();
        List<TextDocument.Block> blocks = document.blocks();
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextDocument.Block block = blocks.get(i);
            if (block.kind() == TextDocument.Kind.HEADING && i != document.title() && !text.excluded(i)
                    && block.text().split("\\s+").length <= maxHeadingWords) {
                headings.add(i);
            }
        }
        for (int i : headings) {
            String heading = ReadmePatterns.normalizeHeading(blocks.get(i).text());
            int end = document.sectionEnd(i);
            if (ReadmePatterns.anyFinds(words.headings(), heading) && text.substantive(i + 1, end, minSectionWords)
                    && (!words.headingNeedsFigures() || text.hasFigures(i + 1, end))) {
                return Optional.of(new Hit(List.of(blocks.get(i).line())));
            }
        }
        for (int i : headings) {
            String heading = ReadmePatterns.normalizeHeading(blocks.get(i).text());
            if (ReadmePatterns.anyFinds(words.weakHeadings(), heading)) {
                List<Integer> cues = cues(section, text, i + 1, document.sectionEnd(i), 1);
                if (!cues.isEmpty()) {
                    return Optional.of(new Hit(List.of(blocks.get(i).line(), cues.get(0))));
                }
            }
        }
        List<Integer> cues = cues(section, text, 0, blocks.size(), words.minCues());
        return cues.size() >= words.minCues() ? Optional.of(new Hit(cues)) : Optional.empty();
    }

    /** The lines of up to {@code limit} different cues in blocks [from, to). */
    private List<Integer> cues(Section section, AuthoredText text, int from, int to, int limit) {
        List<Pattern> cues = patterns.section(section).cues();
        boolean results = section == Section.RESULTS;
        boolean[] seen = new boolean[cues.size() + 3];
        List<Integer> lines = new ArrayList<>();
        List<Integer> metricColumns = List.of();
        int metricTable = -1;
        TextDocument document = text.document();
        for (int b = from; b < to && lines.size() < limit; b++) {
            if (!text.prose(b)) {
                continue;
            }
            TextDocument.Block block = document.blocks().get(b);
            String clean = text.text(b);
            for (int k = 0; k < cues.size() && lines.size() < limit; k++) {
                if (!seen[k]) {
                    Matcher matcher = cues.get(k).matcher(clean);
                    if (matcher.find()) {
                        seen[k] = true;
                        lines.add(block.lineAt(matcher.start()));
                    }
                }
            }
            if (!results || lines.size() >= limit) {
                continue;
            }
            int offset = cues.size();
            OptionalInt metric = seen[offset + METRIC_VALUE] ? OptionalInt.empty() : patterns.metricValue(clean);
            if (metric.isPresent()) {
                seen[offset + METRIC_VALUE] = true;
                lines.add(block.lineAt(metric.getAsInt()));
            }
            if (block.kind() == TextDocument.Kind.TABLE_ROW && block.header()) {
                metricTable = block.table();
                metricColumns = metricColumns(block.cells());
            } else if (block.kind() == TextDocument.Kind.TABLE_ROW && block.table() == metricTable
                    && !seen[offset + METRIC_TABLE] && lines.size() < limit
                    && metricColumns.stream().anyMatch(c -> c < block.cells().size() && patterns.hasNumber(block.cells().get(c)))) {
                seen[offset + METRIC_TABLE] = true;
                lines.add(block.line());
            }
        }
        if (results && lines.size() < limit) {
            document.imagesIn(from, to).stream()
                    .filter(image -> image.block() >= document.blocks().size() || !text.excluded(image.block()))
                    .filter(image -> patterns.resultImage(image.alt(), image.target()))
                    .findFirst()
                    .ifPresent(image -> lines.add(image.line()));
        }
        return lines;
    }

    private List<Integer> metricColumns(List<String> header) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (patterns.metricHeader(header.get(c))) {
                columns.add(c);
            }
        }
        return columns;
    }
}

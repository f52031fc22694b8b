package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Decides whether a document covers one section: a heading synonym with real content under it, a weaker heading
 * with a cue under it, or enough different cues anywhere in the author's prose. Each cue is one scan of the prose.
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

    /** One cue found: its position in the prose (for order) and its line. */
    private record Cue(int position, int line) {
    }

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
        List<Integer> headings = sectionHeadings(text);
        for (int i : headings) {
            int end = document.sectionEnd(i);
            if (ReadmePatterns.anyFinds(words.headings(), text.heading(i)) && text.substantive(i + 1, end, minSectionWords)
                    && (!words.headingNeedsFigures() || text.hasFigures(i + 1, end))) {
                return Optional.of(new Hit(List.of(blocks.get(i).line())));
            }
        }
        for (int i : headings) {
            if (ReadmePatterns.anyFinds(words.weakHeadings(), text.heading(i))) {
                List<Cue> cues = cues(section, text, i + 1, document.sectionEnd(i));
                if (!cues.isEmpty()) {
                    return Optional.of(new Hit(List.of(blocks.get(i).line(), cues.get(0).line())));
                }
            }
        }
        List<Cue> cues = cues(section, text, 0, blocks.size());
        return cues.size() >= words.minCues()
                ? Optional.of(new Hit(cues.stream().limit(words.minCues()).map(Cue::line).toList()))
                : Optional.empty();
    }

    /** The headings that can open a section: not the title, not in a template, not a sentence set large. */
    private List<Integer> sectionHeadings(AuthoredText text) {
        List<TextDocument.Block> blocks = text.document().blocks();
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextDocument.Block block = blocks.get(i);
            if (block.kind() == TextDocument.Kind.HEADING && i != text.document().title() && !text.excluded(i)
                    && block.text().split("\\s+").length <= maxHeadingWords) {
                headings.add(i);
            }
        }
        return headings;
    }

    /** The first occurrence of each different cue in blocks [from, to), in document order. */
    private List<Cue> cues(Section section, AuthoredText text, int from, int to) {
        String prose = text.prose();
        int start = text.proseStart(from);
        int end = text.proseStart(to);
        List<Cue> found = new ArrayList<>();
        for (Pattern cue : patterns.section(section).cues()) {
            ReadmePatterns.firstMatch(cue, prose, start, end).ifPresent(at -> found.add(new Cue(at, text.lineAt(at))));
        }
        if (section == Section.RESULTS) {
            OptionalInt metric = patterns.metricValue(prose, start, end);
            metric.ifPresent(at -> found.add(new Cue(at, text.lineAt(at))));
            metricTableRow(text, from, to).ifPresent(row -> found.add(
                    new Cue(text.proseStart(row), text.document().blocks().get(row).line())));
            resultImage(text, from, to).ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(Cue::position));
        return found;
    }

    /** The first body row of a table whose header names a metric and whose row has a number under it. */
    private OptionalInt metricTableRow(AuthoredText text, int from, int to) {
        List<TextDocument.Block> blocks = text.document().blocks();
        List<Integer> columns = List.of();
        int table = -1;
        for (int b = from; b < to; b++) {
            TextDocument.Block block = blocks.get(b);
            if (block.kind() != TextDocument.Kind.TABLE_ROW || !text.isProse(b)) {
                continue;
            }
            if (block.header()) {
                table = block.table();
                columns = metricColumns(block.cells());
            } else if (block.table() == table && columns.stream()
                    .anyMatch(c -> c < block.cells().size() && ReadmePatterns.hasNumber(block.cells().get(c)))) {
                return OptionalInt.of(b);
            }
        }
        return OptionalInt.empty();
    }

    private Optional<Cue> resultImage(AuthoredText text, int from, int to) {
        int blocks = text.document().blocks().size();
        return text.document().imagesIn(from, to).stream()
                .filter(image -> image.block() >= blocks || !text.excluded(image.block()))
                .filter(image -> patterns.resultImage(image.alt(), image.target()))
                .findFirst()
                .map(image -> new Cue(text.proseStart(Math.min(image.block(), blocks)), image.line()));
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

package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides whether a document covers one part: a heading synonym with real content under it, a weaker heading with a
 * cue under it, or enough different cues anywhere in the author's prose. Cues that need no words count too: for
 * results a metric next to a number, a table with a metric column of numbers and a result figure; for the
 * retrospective an unchecked to-do list. Each cue is one scan of the prose.
 */
final class SectionDetector {

    /** Where a part was found: the lines to show as evidence, the first one being the best. */
    record Hit(List<Integer> lines) {
        Hit {
            lines = List.copyOf(lines);
        }

        int line() {
            return lines.get(0);
        }
    }

    /** One cue found: its position in the prose (for order) and its line. */
    private record Cue(int position, int line) {}

    private final ReadmePatterns patterns;
    private final int maxHeadingWords;

    SectionDetector(ReadmePatterns patterns, int maxHeadingWords) {
        this.patterns = patterns;
        this.maxHeadingWords = maxHeadingWords;
    }

    Optional<Hit> detect(Section section, AuthoredText text) {
        ReadmePatterns.SectionPatterns words = patterns.section(section);
        TextDocument document = text.document();
        List<TextDocument.Block> blocks = document.blocks();
        List<Integer> headings = sectionHeadings(text);
        for (int i : headings) {
            if (ReadmePatterns.anyMatches(words.headings(), text.heading(i), text.headingHints(i))
                    && covers(section, text, i)) {
                return Optional.of(new Hit(List.of(blocks.get(i).line())));
            }
        }
        for (int i : headings) {
            if (ReadmePatterns.anyMatches(words.weakHeadings(), text.heading(i), text.headingHints(i))) {
                List<Cue> cues = cues(section, text, i + 1, document.sectionEnd(i));
                if (!cues.isEmpty()) {
                    return Optional.of(
                            new Hit(List.of(blocks.get(i).line(), cues.get(0).line())));
                }
            }
        }
        List<Cue> cues = cues(section, text, 0, blocks.size());
        int minCues = words.rule().minCues();
        return cues.size() >= minCues
                ? Optional.of(
                        new Hit(cues.stream().limit(minCues).map(Cue::line).toList()))
                : Optional.empty();
    }

    /**
     * Whether the section a heading opens covers the part: it holds real content (enough words, a table, an image or
     * code), a figure when the part needs one, and is not setup instructions under a heading that can also mean "how
     * to run it" ("Next steps: pip install ...") unless one of the part's cues is there too.
     */
    private boolean covers(Section section, AuthoredText text, int heading) {
        ReadmeVocabulary.SectionRule rule = patterns.section(section).rule();
        int from = heading + 1;
        int to = text.document().sectionEnd(heading);
        if (!text.substantive(from, to, rule.minSectionWords(), rule.minPhraseWords())) {
            return false;
        }
        if (rule.headingNeedsFigures()
                && !text.hasFigures(from, to)
                && text.firstMatch(patterns.metricValue(), from, to).isEmpty()) {
            return false;
        }
        if (rule.notInstructions() && instructions(text, from, to)) {
            return !cues(section, text, from, to).isEmpty();
        }
        return true;
    }

    private boolean instructions(AuthoredText text, int from, int to) {
        return text.hasCode(from, to)
                || patterns.instructions().stream()
                        .anyMatch(cue -> text.firstMatch(cue, from, to).isPresent());
    }

    /** The headings that can open a section: not the title, not in a template, not a sentence set large. */
    private List<Integer> sectionHeadings(AuthoredText text) {
        List<TextDocument.Block> blocks = text.document().blocks();
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextDocument.Block block = blocks.get(i);
            if (block.kind() == TextDocument.Kind.HEADING
                    && i != text.document().title()
                    && !text.excluded(i)
                    && block.text().split("\\s+").length <= maxHeadingWords) {
                headings.add(i);
            }
        }
        return headings;
    }

    /** The first occurrence of each different cue in blocks [from, to), in document order. */
    private List<Cue> cues(Section section, AuthoredText text, int from, int to) {
        List<Cue> found = new ArrayList<>();
        for (ReadmePatterns.Cue cue : patterns.cues(section, text.languages())) {
            text.firstMatch(cue, from, to).ifPresent(at -> found.add(cue(text, at)));
        }
        if (section == Section.RESULTS) {
            text.firstMatch(patterns.metricValue(), from, to).ifPresent(at -> found.add(cue(text, at)));
            metricTableRow(text, from, to)
                    .ifPresent(row -> found.add(new Cue(
                            text.proseStart(row),
                            text.document().blocks().get(row).line())));
            resultImage(text, from, to).ifPresent(found::add);
        } else if (section == Section.RETROSPECTIVE) {
            patterns.openTodo(text, from, to).ifPresent(at -> found.add(cue(text, at)));
        }
        found.sort(Comparator.comparingInt(Cue::position));
        return found;
    }

    private static Cue cue(AuthoredText text, int at) {
        return new Cue(at, text.lineAt(at));
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
            } else if (block.table() == table
                    && (columns.stream()
                                    .anyMatch(c -> c < block.cells().size()
                                            && ReadmePatterns.hasNumber(
                                                    block.cells().get(c)))
                            || metricRow(block))) {
                return OptionalInt.of(b);
            }
        }
        return OptionalInt.empty();
    }

    /** A row of a transposed metric table: its first cell names a metric and another cell holds a number. */
    private boolean metricRow(TextDocument.Block row) {
        List<String> cells = row.cells();
        return cells.size() >= 2
                && patterns.metricHeader(cells.get(0))
                && cells.subList(1, cells.size()).stream().anyMatch(ReadmePatterns::hasNumber);
    }

    private Optional<Cue> resultImage(AuthoredText text, int from, int to) {
        List<TextDocument.Block> blocks = text.document().blocks();
        return text.document().imagesIn(from, to).stream()
                .filter(image -> image.block() >= blocks.size() || !text.excluded(image.block()))
                .filter(image -> patterns.resultImage(image.alt(), image.target(), caption(blocks, image.block())))
                .findFirst()
                .map(image -> new Cue(text.proseStart(Math.min(image.block(), blocks.size())), image.line()));
    }

    /** The texts around an image that can caption it: its own paragraph and the paragraph right after it. */
    private static List<String> caption(List<TextDocument.Block> blocks, int block) {
        List<String> captions = new ArrayList<>();
        int end = Math.min(block + 2, blocks.size());
        for (int b = block; b < end && blocks.get(b).kind() == TextDocument.Kind.PROSE; b++) {
            captions.add(blocks.get(b).text());
        }
        return captions;
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

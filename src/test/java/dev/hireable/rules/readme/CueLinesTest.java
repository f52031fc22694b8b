package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cue whose matches lie near its hints is matched only there, and a cue that is a run of one character class only on
 * a text holding one of its characters: each must find exactly what one scan of the whole prose finds, on every README
 * at hand.
 */
class CueLinesTest {

    private static final ReadmeVocabulary VOCABULARY = RuleCatalog.builtIn()
            .book("readme.yaml", ReadmeVocabulary.class, List.of())
            .vocabulary();
    private static final ReadmePatterns PATTERNS = new ReadmePatterns(VOCABULARY);

    /** Texts whose hints sit at line edges, in words run over lines, in tables, lists and several languages. */
    private static final List<String> WRITTEN = List.of(
            """
            # Churn
            The goal of this project is to
            predict churn. Our results: accuracy 0.91, F1 0.87; we
            achieved 92% recall. Fine-tuned
            BERT with LoRA.
            """,
            "Results\n\n| model | F1 |\n|---|---|\n| XGBoost | 0.91 |\n\nIn hindsight, next time I would tune the\nthreshold.\n",
            "- [ ] add monitoring\n- [x] deploy with FastAPI\n\nfeature engineering,feature\nengineering and cross-validation",
            "## 结果\n模型的准确率为 91%。\n## Résultats\nNous avons obtenu une précision de 0,91.\n## Ergebnisse\nWir erreichten 91 %.",
            "problem statement\r\nbusiness problem\r\nthe main goal here is to\r\n",
            // figures above the metric they measure, across lines, blank lines, table rows and odd spaces
            "0.93 accuracy at the start\n\nScore: 91 %\n   accuracy\n\n0.91\n\nF1 on the test set\n| 0.88 |\n| recall |\n",
            "1,000.5\n+\u00a0\u2007accuracy; 92.1\naccuracy of 0.9 and\n\n\n  12\n\n  %\nprecision\nAUC\n0.97",
            // scripts: a cue that is one character class runs only on a text holding one of its characters
            "# Dự án\nMô hình đạt độ chính xác 91%. Dữ liệu được thu thập từ các cửa hàng.\n",
            "# Проект\nМодель достигла точности 0,91 на тестовой выборке.\n",
            "# 项目背景\n模型的准确率为 91%。\n# プロジェクトの背景\nモデルの精度は91%です。\n# 프로젝트\n모델의 정확도는 91%입니다.\n",
            "# Proje\nBu projenin amacı müşteri kaybını tahmin etmektir. VERİ SETİ İÇİN ŞİRKET VERİLERİ KULLANILDI.\n",
            "Emoji and rare Han only: 🚀 launch ✨ 𠀀𠀁 then plain text.\n",
            // whole words in any case, and what joins a word: digits, underscores, marks, joiners
            "Der DIE das, FÜR für; die_hard die2 dem-o die\u0301 un\u200Dd İLE ile ıle; l'il del/los",
            "Este proyecto usa datos para el modelo; para la demo. Les données pour une étude avec des modèles.\n",
            "PARA EL equipo, para  el doble espacio, para\nel salto, para el_x, para la, Para La, para, el, la.\n");

    @Test
    void theMetricPatternJoinedFromTheRuleFileNamesWhereItsNamesAreWritten() {
        assertThat(PATTERNS.metricValue().pattern().origin())
                .startsWith("rules/readme.yaml")
                .endsWith(" (metric_names)");
    }

    @Test
    void everyCueFindsWhereItCanMatchWhatOneScanFinds() throws IOException {
        List<String> readmes = everyReadme();
        List<ReadmePatterns.Cue> cues = everyCue();
        int nearHints = 0;
        int classRuns = 0;
        for (String readme : readmes) {
            String prose = new AuthoredText(new MarkdownReader().read(readme), PATTERNS).prose();
            ProseScan scan = new ProseScan(prose, PATTERNS);
            for (ReadmePatterns.Cue cue : cues) {
                nearHints += cue.reach().nearHints() ? 1 : 0;
                classRuns += cue.classRun().isPresent() ? 1 : 0;
                List<String> found = new ArrayList<>();
                scan.eachMatch(cue, matcher -> found.add(matcher.start() + "-" + matcher.end()));
                assertThat(found)
                        .as(
                                "%s in %s",
                                cue.pattern(), readme.lines().findFirst().orElse(""))
                        .containsExactlyElementsOf(oneScan(cue.pattern(), prose));
            }
        }
        assertThat(nearHints).as("cues matched near their hints").isPositive();
        assertThat(classRuns).as("cues that are one class repeated").isPositive();
        assertThat(PATTERNS.metricValue().reach().nearHints())
                .as("the metric value cue, matched near the metric names")
                .isTrue();
    }

    @Test
    void aListOfWordsCountsWhatOneScanFinds() throws IOException {
        List<String> readmes = everyReadme();
        List<ReadmePatterns.Cue> lists =
                everyCue().stream().filter(cue -> cue.words().isPresent()).toList();
        assertThat(lists).as("cues that are lists of words").hasSizeGreaterThanOrEqualTo(6);
        assertThat(PATTERNS.markers().get("es").get(0).words())
                .as("the Spanish words, with 'para el'")
                .isPresent();
        for (String readme : readmes) {
            String prose = new AuthoredText(new MarkdownReader().read(readme), PATTERNS).prose();
            ProseScan scan = new ProseScan(prose, PATTERNS);
            for (ReadmePatterns.Cue cue : lists) {
                assertThat(scan.count(cue, Integer.MAX_VALUE))
                        .as(
                                "%s in %s",
                                cue.pattern(), readme.lines().findFirst().orElse(""))
                        .isEqualTo(oneScan(cue.pattern(), prose).size());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            \\b(der|die|das)\\b ; true
            \\b(?:für|mit)\\b ; true
            \\b(los|para el|para la)\\b ; true
            \\b(para|para el)\\b ; false
            \\b(para el|el)\\b ; false
            \\b(uno dos tres|los)\\b ; false
            \\b(para  el)\\b ; false
            \\b(der|die) ; false
            \\bder\\b ; false
            \\b(de.|die)\\b ; false
            """)
    void aCueIsAListOfWordsOnlyWhenItsEveryAlternativeIsAWord(String regex, boolean list) {
        assertThat(WordList.of(RulePattern.compile(regex, ReadmeVocabulary.REGEX_FLAGS))
                        .isPresent())
                .as(regex)
                .isEqualTo(list);
        assertThat(WordList.of(RulePattern.compile(regex)).isPresent())
                .as("%s matched case-sensitively", regex)
                .isFalse();
    }

    @Test
    void aTextWithoutTheLettersOfAScriptIsNotScannedForThem() {
        ReadmePatterns.Cue vietnamese = PATTERNS.markers().get("vi").get(0);
        assertThat(vietnamese.classRun()).as(vietnamese.pattern().pattern()).isPresent();
        assertThat(matches(vietnamese, "An English README with “quotes” — and 🚀 emoji."))
                .isZero();
        String written = "Mô hình đạt độ chính xác cao.";
        assertThat(matches(vietnamese, written))
                .isPositive()
                .isEqualTo(oneScan(vietnamese.pattern(), written).size());
    }

    private static int matches(ReadmePatterns.Cue cue, String text) {
        int[] count = {0};
        new ProseScan(text, PATTERNS).eachMatch(cue, matcher -> ++count[0] > 0);
        return count[0];
    }

    /** The texts written here, and the READMEs of the examples and of the corpus when it is at hand. */
    private static List<String> everyReadme() throws IOException {
        List<String> readmes = new ArrayList<>(WRITTEN);
        readmes.addAll(readmesUnder(Path.of("examples")));
        if (Corpus.available() || Files.isDirectory(Corpus.checkouts())) {
            readmes.addAll(readmesUnder(Corpus.checkouts()));
        }
        return readmes;
    }

    /** The cues run on prose: every part's in every language, the markers, metric values, placeholders, commands. */
    private static List<ReadmePatterns.Cue> everyCue() {
        List<ReadmePatterns.Cue> cues = new ArrayList<>();
        for (Section section : Section.values()) {
            cues.addAll(PATTERNS.cues(section, VOCABULARY.languages().keySet()));
        }
        PATTERNS.markers().values().forEach(cues::addAll);
        cues.add(PATTERNS.metricValue());
        cues.addAll(PATTERNS.placeholders());
        cues.addAll(PATTERNS.instructions());
        return cues;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            \\bresults\\b ; true
            \\b(the|our) (goal|aim)s? is\\b ; true
            \\d+(\\.\\d+)?\\s*% ; false
            [^.]*results ; false
            (?s)results.*table ; false
            \\p{L}+ results ; true
            \\pL+ \\p{IsHan}results ; true
            \\p{Space}+ results ; false
            \\P{L}results ; false
            \\p{IsWhite_Space}results ; false
            results\\x0Atable ; false
            \\Qa b\\E results ; false
            results[\\w-]*\\S+ ; true
            """)
    void aPatternStaysOnOneLineOnlyWhenItsTextSaysSo(String regex, boolean onOneLine) {
        assertThat(RulePattern.compile(regex).staysOnOneLine()).as(regex).isEqualTo(onOneLine);
    }

    private static List<String> oneScan(RulePattern pattern, String prose) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(prose);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }

    private static List<String> readmesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(file -> Set.of("readme.md", "readme.rst", "readme.txt")
                            .contains(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(CueLinesTest::read)
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

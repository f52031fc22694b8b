package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.audit.AuditReport;
import dev.hireable.rules.catalog.RuleCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text (default and --detail), JSON, Markdown and SARIF reports of the sample portfolio (examples/), compared with the golden files under
 * src/test/resources/golden/. Time and version are fixed by the sample. When rule modules change what is found,
 * regenerate the golden files and review the diff:
 *
 * <pre>mvn -B -o test -Dtest=GoldenReportTest -Dhireable.golden.update=true</pre>
 */
class GoldenReportTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("hireable.golden.update");

    private static RuleCatalog catalog;
    private static AuditReport sample;

    @BeforeAll
    static void auditSample() throws Exception {
        catalog = RuleCatalog.builtIn();
        sample = SamplePortfolio.audit(catalog);
    }

    @Test
    void markdownOfTheSamplePortfolioMatchesTheGoldenFile() throws IOException {
        assertGolden("sample-portfolio.md", render(new MarkdownReportRenderer()));
    }

    @Test
    void textOfTheSamplePortfolioMatchesTheGoldenFile() throws IOException {
        assertGolden("sample-portfolio.txt", render(new TextReportRenderer(false)));
    }

    @Test
    void detailedTextOfTheSamplePortfolioMatchesTheGoldenFile() throws IOException {
        assertGolden(
                "sample-portfolio.detail.txt", render(new TextReportRenderer(false, TextWrap.DEFAULT_WIDTH, true)));
    }

    @Test
    void jsonOfTheSamplePortfolioMatchesTheGoldenFile() throws IOException {
        assertGolden("sample-portfolio.json", render(new JsonReportRenderer()));
    }

    @Test
    void sarifOfTheSamplePortfolioMatchesTheGoldenFileAndTheSchema() throws IOException {
        String sarif = render(new SarifReportRenderer(catalog));

        assertThat(SarifSchema.problems(new ObjectMapper().readTree(sarif))).isEmpty();
        assertGolden("sample-portfolio.sarif.json", sarif);
    }

    private static String render(ReportRenderer renderer) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(sample, out);
        return out.toString();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file %s; create it with -Dhireable.golden.update=true", file)
                .exists();
        assertThat(actual)
                .as(
                        "%s differs from the report; if the change is intended, regenerate the golden files with "
                                + "'mvn -B -o test -Dtest=GoldenReportTest -Dhireable.golden.update=true' and review the diff",
                        file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}

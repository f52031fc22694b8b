package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.compare.ComparisonHtmlRenderer;
import dev.hireable.report.compare.ReportComparison;
import dev.hireable.report.compare.ReportSummary;
import dev.hireable.report.ranking.Ranking;
import dev.hireable.report.ranking.RankingEntry;
import dev.hireable.report.ranking.RankingHtmlRenderer;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.testing.TestFolders;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML report in a real headless Chromium (Debian's chromium and chromium-driver) at a desktop width (1280 px), a
 * phone's (390 px) and on paper (A4 PDF): it loads without console errors, each layout shows what it should, and the
 * screenshots and the PDF are kept under target/screenshots/ for people to look at (report-1280.png, report-390.png,
 * report-print.png, report.pdf, ranking.png, compare-1280.png, compare-390.png, hostile.png).
 */
@EnabledIf("chromiumInstalled")
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "screenshots");
    /** A4 less the print stylesheet's 12 mm margins, in CSS pixels (96 per inch). */
    private static final int A4_CONTENT_WIDTH_PX = (int) ((210 - 24) / 25.4 * 96);

    private static final int A4_CONTENT_HEIGHT_PX = (int) ((297 - 24) / 25.4 * 96);
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");

    private static ChromeDriver browser;
    private static AuditReport sample;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(OUT);
        sample = SamplePortfolio.audit(RuleCatalog.builtIn());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("hireable-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void desktopShowsTheVerdictAcrossTheWidthTheSlotsAndTheMatrix() throws IOException {
        open(sample, "report", 1280);

        assertThat(consoleErrors()).isEmpty();
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Standard met 1/3", "Score 25/100");
        double main = number("return document.querySelector('main').clientWidth - 48");
        assertThat(number("return document.getElementById('verdict').getBoundingClientRect().width"))
                .isGreaterThan(0.95 * main);
        List<WebElement> slots = browser.findElements(By.cssSelector("article.slot"));
        assertThat(slots)
                .extracting(s -> s.getAttribute("data-slot"))
                .containsExactly("tabular_e2e", "transformer_finetune", "mlops");
        assertThat(number("return document.querySelector('article.slot').getBoundingClientRect().top"))
                .as("the three slot cards sit side by side")
                .isEqualTo(number("return document.querySelectorAll('article.slot')[2].getBoundingClientRect().top"));
        assertThat(browser.findElement(By.id("matrix")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("article.repo-card ul.checks"))
                        .isDisplayed())
                .isFalse();
        screenshot("report-1280", 1280);
    }

    @Test
    void phoneShowsACardPerRepositoryInsteadOfTheMatrixWithoutScrollingSideways() throws IOException {
        open(sample, "report", 390);

        assertThat(consoleErrors()).isEmpty();
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.id("matrix-section")).isDisplayed()).isFalse();
        List<WebElement> checks = browser.findElements(By.cssSelector("article.repo-card ul.checks"));
        assertThat(checks)
                .hasSize(3)
                .allSatisfy(list -> assertThat(list.isDisplayed()).isTrue());
        assertThat(number("""
                return Math.min.apply(null, Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.childNodes.length && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())
                        && e.getClientRects().length)
                    .map(e => {
                        var size = parseFloat(getComputedStyle(e).fontSize), svg = e.closest('svg');
                        return svg ? size * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : size;
                    }))"""))
                .as("smallest text as drawn, an SVG's scale included, in px")
                .isGreaterThanOrEqualTo(11);
        WebElement timeline = browser.findElement(By.cssSelector("#authenticity .timeline"));
        assertThat(number("return arguments[0].scrollWidth - arguments[0].clientWidth", timeline))
                .as("the timeline fits the screen")
                .isZero();
        assertThat(number("return parseFloat(getComputedStyle(document.querySelector('.tl-label')).fontSize)"))
                .isGreaterThanOrEqualTo(12);
        screenshot("report-390", 390);
    }

    @Test
    void printedTheVerdictAndSlotsFillPageOneAndEachRepositoryHasAPage() throws IOException {
        open(sample, "report", 1280);

        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        Pdf pdf = browser.print(options);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(OUT.resolve("report.pdf"), bytes);
        int pages = (int) PDF_PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                .results()
                .count();

        // page 1: verdict, slots, next steps, red flags and the first questions; page 2: the rest, the matrix and the
        // authenticity context; then a page per repository
        assertThat(pages).isEqualTo(2 + sample.repos().size());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.manage().window().setSize(new Dimension(A4_CONTENT_WIDTH_PX, 900));
        assertThat(number("return document.getElementById('slots').getBoundingClientRect().bottom + window.scrollY"))
                .as("the verdict and the slots end within the first page")
                .isLessThan(A4_CONTENT_HEIGHT_PX);
        assertThat(browser.findElements(By.cssSelector("article.repo-card")))
                .allSatisfy(card -> assertThat(
                                browser.executeScript("return getComputedStyle(arguments[0]).breakBefore", card))
                        .isEqualTo("page"));
        // Selenium's isDisplayed() treats the content of a closed <details> as hidden whatever the CSS, so ask the page
        assertThat(
                        number(
                                "return document.querySelector('article.repo-card details.passes ul').getBoundingClientRect().height"))
                .isPositive();
        screenshot("report-print", 1280);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void comparisonLeadsWithTheCompletedSlotOnADesktopAndAPhone() throws Exception {
        Path examples = Files.createTempDirectory("hireable-examples");
        for (String name : SamplePortfolio.REPOSITORIES) {
            TestFolders.copyTree(Path.of("examples", name), examples.resolve(name));
        }
        Files.writeString(
                examples.resolve("review-sentiment/README.md"),
                "\n## What I would do differently\n\nThe model knows "
                        + "English reviews only; next I would try a larger base model and add tests.\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        JsonReportRenderer json = new JsonReportRenderer();
        ReportComparison comparison = ReportComparison.of(
                ReportSummary.of(json.toJson(sample), "before"),
                ReportSummary.of(json.toJson(SamplePortfolio.audit(RuleCatalog.builtIn(), examples)), "after"));
        Path file = OUT.resolve("compare.html").toAbsolutePath();
        Files.writeString(file, new ComparisonHtmlRenderer().render(comparison), StandardCharsets.UTF_8);

        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(file.toUri().toString());
            assertThat(consoleErrors()).isEmpty();
            assertThat(browser.findElement(By.id("verdict")).getText())
                    .startsWith("This change completes the Fine-tuned transformer slot");
            assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
            screenshot("compare-" + width, width);
        }
    }

    @Test
    void hostileReportRunsNoScript() throws IOException {
        open(SampleReports.hostile(), "hostile", 1280);

        Object scripts = ((JavascriptExecutor) browser)
                .executeScript(
                        "return document.scripts.length + document.querySelectorAll('iframe,img,object,embed').length");
        assertThat(((Number) scripts).intValue()).isZero();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("evil/<script>alert('id')</script>");
        assertThat(consoleErrors()).isEmpty();
        screenshot("hostile", 1280);
    }

    @Test
    void rankingSortsByAClickedHeadingWithTheScriptItsPolicyAllowsAndLinksEachCandidate() throws IOException {
        JsonReportRenderer json = new JsonReportRenderer();
        List<RankingEntry> entries = new ArrayList<>();
        String[] logins = {"jdoe-ml", "ada-ml", "grace-h", "linus-t", "mona"};
        for (int i = 0; i < logins.length; i++) {
            var node = json.toJson(i == 0 ? SampleReports.rich() : SampleReports.large(3 + i));
            ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("portfolio"))
                    .put("standardMet", (i * 7) % 4)
                    .put("score", 95 - i * 13);
            entries.add(RankingEntry.fromReportJson(
                    logins[i], node, "candidates/" + logins[i] + ".json", "candidates/" + logins[i] + ".html"));
        }
        Ranking ranking = new Ranking(
                "candidates.txt",
                SampleReports.NOW,
                entries,
                List.of(new Ranking.Unranked("ghost", 6, "GitHub user 'ghost' does not exist.")),
                true);
        StringWriter html = new StringWriter();
        new RankingHtmlRenderer().render(ranking, html);
        Path file = OUT.resolve("ranking.html").toAbsolutePath();
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(file.toUri().toString());

        assertThat(consoleErrors()).isEmpty();
        List<String> ranked = logins();
        browser.findElement(By.xpath("//table[@id='ranking']//th[normalize-space()='Score']/button"))
                .click();
        List<String> byScoreAscending = logins();
        browser.findElement(By.xpath("//table[@id='ranking']//th[normalize-space()='Candidate']/button"))
                .click();

        assertThat(ranked).hasSize(5);
        assertThat(byScoreAscending).containsExactly("mona", "linus-t", "grace-h", "ada-ml", "jdoe-ml");
        assertThat(logins()).containsExactly("ada-ml", "grace-h", "jdoe-ml", "linus-t", "mona");
        assertThat(browser.findElements(By.cssSelector("#ranking tbody th a")))
                .extracting(a -> a.getAttribute("href"))
                .allMatch(href -> href.matches("file:.*/candidates/[a-z-]+\\.html"));
        screenshot("ranking", 1280);
    }

    private static List<String> logins() {
        return browser.findElements(By.cssSelector("#ranking tbody tr")).stream()
                .map(row -> row.getAttribute("data-login"))
                .toList();
    }

    private static void open(AuditReport report, String name, int width) throws IOException {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, new HtmlReportRenderer(RuleCatalog.builtIn()).html(report), StandardCharsets.UTF_8);
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(file.toUri().toString());
        browser.manage().logs().get(LogType.BROWSER);
    }

    private static double number(String script, Object... arguments) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script, arguments)).doubleValue();
    }

    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A full-page screenshot at {@code width}: the window grows to the page's height first. */
    private static void screenshot(String name, int width) throws IOException {
        Number height =
                (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, Math.min(12000, height.intValue() + 40)));
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), OUT.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.catalog.RuleCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report in a real headless Chromium (Debian's chromium and chromium-driver): it loads without console
 * errors, the DOM holds the verdict, slots and matrix, hostile text does not run, and screenshots are written
 * under target/screenshots/ for people to look at.
 */
@EnabledIf("chromiumInstalled")
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "screenshots");

    private static ChromeDriver browser;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(OUT);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("hireable-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reportLoadsWithoutConsoleErrorsAndShowsVerdictSlotsAndMatrix() throws IOException {
        open(SampleReports.rich(), "report");

        assertThat(consoleErrors()).isEmpty();
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Standard met 2/3", "Score 74/100");
        List<WebElement> slots = browser.findElements(By.cssSelector("article.slot"));
        assertThat(slots).extracting(s -> s.getAttribute("data-slot")).containsExactly("tabular_e2e", "transformer_finetune", "mlops");
        assertThat(slots.get(0).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#matrix tbody tr"))).hasSize(4);
        assertThat(browser.findElement(By.id("questions")).getText()).contains("how did you choose which version to promote");
        screenshot("report");
    }

    @Test
    void hostileReportRunsNoScript() throws IOException {
        open(SampleReports.hostile(), "hostile");

        Object scripts = ((JavascriptExecutor) browser).executeScript(
                "return document.scripts.length + document.querySelectorAll('iframe,img,object,embed').length");
        assertThat(((Number) scripts).intValue()).isZero();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("<script>alert('subject')</script>");
        assertThat(consoleErrors()).isEmpty();
        screenshot("hostile");
    }

    @Test
    void printLayoutShowsFoldedFindings() throws IOException {
        open(SampleReports.rich(), "print");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));

        // Selenium's isDisplayed() treats the content of a closed <details> as hidden whatever the CSS, so ask the page
        Object height = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#repositories details table').getBoundingClientRect().height");
        assertThat(((Number) height).doubleValue()).isPositive();
        screenshot("print");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }

    @Test
    void rankingPageLoadsWithoutConsoleErrors() throws IOException {
        var json = new JsonReportRenderer();
        var entries = new java.util.ArrayList<dev.hireable.report.ranking.RankingEntry>();
        String[] logins = {"jdoe-ml", "ada-ml", "grace-h", "linus-t", "mona"};
        for (int i = 0; i < logins.length; i++) {
            var node = json.toJson(i == 0 ? SampleReports.rich() : SampleReports.large(3 + i));
            ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("portfolio")).put("standardMet", (i * 7) % 4).put("score", 95 - i * 13);
            entries.add(dev.hireable.report.ranking.RankingEntry.fromReportJson(logins[i], node, "candidates/" + logins[i] + ".json",
                    "candidates/" + logins[i] + ".html"));
        }
        var ranking = new dev.hireable.report.ranking.Ranking("candidates.txt", SampleReports.NOW, entries,
                List.of(new dev.hireable.report.ranking.Ranking.Unranked("ghost", 6, "GitHub user 'ghost' does not exist.")), true);
        java.io.StringWriter html = new java.io.StringWriter();
        new dev.hireable.report.ranking.RankingHtmlRenderer().render(ranking, html);
        Path file = OUT.resolve("ranking.html").toAbsolutePath();
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(file.toUri().toString());

        assertThat(consoleErrors()).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#ranking tbody tr"))).hasSize(5);
        screenshot("ranking");
    }

    private static void open(AuditReport report, String name) throws IOException {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, new HtmlReportRenderer(RuleCatalog.builtIn()).html(report), StandardCharsets.UTF_8);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(file.toUri().toString());
        browser.manage().logs().get(LogType.BROWSER);
    }

    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** A full-page screenshot: the window grows to the page's height first. */
    private static void screenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, Math.min(8000, height.intValue() + 40)));
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), OUT.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

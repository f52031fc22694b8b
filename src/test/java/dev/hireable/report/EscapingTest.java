package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text from a candidate's repository must render inert: no script, no event handler, no non-http link. */
class EscapingTest {

    @Test
    void hostileRepositoryTextIsInertInMarkdownRenderedToHtml() {
        String markdown = new MarkdownReportRenderer().markdown(SampleReports.hostile());
        List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
        String html = HtmlRenderer.builder()
                .extensions(tables)
                .build()
                .render(Parser.builder().extensions(tables).build().parse(markdown));

        assertInert(Jsoup.parse(html));
        assertThat(Jsoup.parse(html).text()).contains("<script>alert('verdict')</script>", "alert('snippet')");
    }

    @Test
    void hostileRepositoryTextIsInertInHtml() {
        String html = new HtmlReportRenderer(RuleCatalog.builtIn()).html(SampleReports.hostile());

        Document document = Jsoup.parse(html);
        assertInert(document);
        assertThat(document.text())
                .contains("<img src=x onerror=alert('description')>", "evil/<script>alert('id')</script>");
        assertThat(document.select("h1").text()).isEqualTo("evil/<script>alert('id')</script>");
    }

    @Test
    void markdownDoesNotMentionGitHubUsers() {
        String markdown = new MarkdownReportRenderer().markdown(SampleReports.hostile());

        assertThat(markdown).doesNotContain("cc @octocat").contains("cc @\u2060octocat");
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        assertThat(SafeUrl.http("https://github.com/o/n/blob/sha/a b(1).py#L3")).isEmpty();
        assertThat(SafeUrl.http("https://github.com/o/n/blob/sha/a(1).py#L3"))
                .hasValue("https://github.com/o/n/blob/sha/a%281%29.py#L3");
        assertThat(SafeUrl.http("javascript:alert(1)")).isEmpty();
        assertThat(SafeUrl.http("JaVaScRiPt:alert(1)")).isEmpty();
        assertThat(SafeUrl.http("data:text/html,<script>")).isEmpty();
        assertThat(SafeUrl.http("//evil.example/x")).isEmpty();
        assertThat(SafeUrl.http("http:/no-host")).isEmpty();
        assertThat(MarkdownText.link("x", java.util.Optional.of("vbscript:msgbox")))
                .isEqualTo("x");
    }

    @Test
    void codeSpansHoldBackticksAndPipes() {
        assertThat(MarkdownText.code("a `b` c")).isEqualTo("``a `b` c``");
        assertThat(MarkdownText.code("`x`")).isEqualTo("`` `x` ``");
        assertThat(MarkdownText.code("| F1 | 0.91 |")).isEqualTo("`\\| F1 \\| 0.91 \\|`");
    }

    private static void assertInert(Document document) {
        assertThat(document.select("script, iframe, object, embed, img, svg[onload], link, base, form"))
                .isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey())
                        .as("attribute on <%s>", element.tagName())
                        .doesNotStartWith("on");
            }
        }
        for (Element link : document.select("[href], [src], [action], [formaction]")) {
            String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertThat(target).as("link target").matches("(?i)(https?://.+|[A-Za-z0-9_][A-Za-z0-9._/-]*|#.*)");
        }
    }
}

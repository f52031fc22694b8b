package dev.hireable.rules.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.ReadmeFile;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hostile READMEs: a scan is linear in the text and keeps a bounded amount of evidence. */
class LiveUrlFinderTest {

    private final LiveUrlFinder finder = new LiveUrlFinder(RuleCatalog.builtIn()
            .book("endpoint.yaml", EndpointModule.Vocabulary.class, java.util.List.of())
            .vocabulary()
            .liveUrls());

    private LiveUrlFinder.Result scan(String text) {
        return finder.find(Optional.of(new ReadmeFile("README.md", text, Optional.empty())), Optional.empty());
    }

    @Test
    void oneLineOfManyUrlsIsScannedUnderADeadline() {
        // 480 KB on one line took 223 s when every match copied and trimmed the whole line; linear, it takes well under
        // 1 s
        String line = "http://a.io ".repeat(40_000);
        LiveUrlFinder.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scan(line));
        assertThat(result.live()).isEmpty();
    }

    @Test
    void evidenceOfAUrlOnALongLineShowsTheUrlNotTheLinesStart() {
        String line = "x".repeat(5_000) + " live at https://churn.onrender.com/docs " + "y".repeat(5_000);
        LiveUrlFinder.Result result = scan(line);
        assertThat(result.live()).singleElement().satisfies(url -> {
            assertThat(url.url()).isEqualTo("https://churn.onrender.com/docs");
            assertThat(url.evidence().snippet())
                    .hasValueSatisfying(
                            s -> assertThat(s).contains("churn.onrender.com").hasSizeLessThanOrEqualTo(200));
        });
    }

    @Test
    void thousandsOfDistinctLiveUrlsAndPlaceholdersKeepABoundedNumber() {
        String text = IntStream.range(0, 5_000)
                .mapToObj(i -> "https://app" + i + ".onrender.com https://<your-app-" + i + ">.onrender.com")
                .collect(Collectors.joining("\n"));
        LiveUrlFinder.Result result = scan(text);
        assertThat(result.live()).hasSize(LiveUrlFinder.MAX_FOUND);
        assertThat(result.placeholders()).hasSize(LiveUrlFinder.MAX_FOUND);
        assertThat(result.live().get(0).url()).isEqualTo("https://app0.onrender.com");
    }

    @Test
    void imageOpenersWithoutAnEndDoNotMakeTheScanQuadratic() {
        String line = "![".repeat(100_000) + "<img ".repeat(50_000) + " https://churn.onrender.com";
        LiveUrlFinder.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scan(line));
        assertThat(result.live()).extracting(LiveUrl::url).containsExactly("https://churn.onrender.com");
    }

    @Test
    void aUrlOfAHundredThousandCharactersIsReadWithoutExhaustingTheStack() {
        String url = "https://churn.onrender.com/" + "a".repeat(100_000);
        LiveUrlFinder.Result result = scan("Live: " + url + " and <https://[your-app].onrender.com>");
        assertThat(result.live()).extracting(LiveUrl::url).containsExactly(url);
        assertThat(result.placeholders()).hasSize(1);
    }
}

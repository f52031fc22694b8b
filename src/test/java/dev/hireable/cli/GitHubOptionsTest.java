package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitHubOptionsTest {

    @Test
    void tokenComesFromTheOptionThenGitHubTokenThenGhToken() {
        GitHubOptions options = new GitHubOptions();
        Console both = console(Map.of("GITHUB_TOKEN", "from-github-token", "GH_TOKEN", "from-gh-token"));
        assertThat(options.token(both)).contains(new dev.hireable.source.http.Secret("from-github-token"));
        assertThat(options.token(console(Map.of("GH_TOKEN", "from-gh-token"))))
                .contains(new dev.hireable.source.http.Secret("from-gh-token"));
        options.token = "from-option";
        assertThat(options.token(both)).contains(new dev.hireable.source.http.Secret("from-option"));
        assertThat(options.token(both).orElseThrow().toString()).isEqualTo("****");
        assertThat(new GitHubOptions().token(console(Map.of()))).isEmpty();
    }

    @Test
    void enterpriseApiUrlGivesThatHostsRawUrl() {
        GitHubOptions options = new GitHubOptions();
        Console enterprise = console(Map.of("GITHUB_API_URL", "https://ghe.corp/api/v3/"));
        assertThat(options.apiUrl(enterprise)).isEqualTo("https://ghe.corp/api/v3/");
        assertThat(options.rawUrl(enterprise)).isEqualTo("https://ghe.corp/raw");
        assertThat(options.rawUrl(console(Map.of()))).isEqualTo("https://raw.githubusercontent.com");
    }

    @Test
    void cacheFolderFollowsXdgUnlessGivenOrTurnedOff() {
        GitHubOptions options = new GitHubOptions();
        assertThat(options.cacheDir(console(Map.of("XDG_CACHE_HOME", "/tmp/xdg"))))
                .contains(Path.of("/tmp/xdg/hireable"));
        options.cacheDir = Path.of("/tmp/mine");
        assertThat(options.cacheDir(console(Map.of("XDG_CACHE_HOME", "/tmp/xdg"))))
                .contains(Path.of("/tmp/mine"));
        options.noCache = true;
        assertThat(options.cacheDir(console(Map.of()))).isEmpty();
    }

    private static Console console(Map<String, String> env) {
        return new Console(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                env,
                false,
                false,
                Clock.systemUTC());
    }
}

package dev.hireable.rules.endpoint;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.ReadmeFile;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.RepositoryName;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The project's own page on a static host ({@code https://OWNER.github.io/REPOSITORY/}), counted as a live app when
 * the repository commits the page itself (a site file such as a root index.html): a demo that runs in the browser. A
 * link to a page whose site is not in the repository (a docs site built elsewhere, a blog) is not counted.
 *
 * @param link      a project page link: group 1 the owner, group 2 the first path segment
 * @param siteFiles globs of the files that make the page
 */
public record ProjectPages(RulePattern link, List<String> siteFiles) {

    public ProjectPages {
        if (link == null || link.matcher("").groupCount() < 2) {
            throw new IllegalArgumentException(
                    "'link' must capture the owner in group 1 and the path's first segment in group 2");
        }
        siteFiles = siteFiles == null ? List.of() : List.copyOf(siteFiles);
        siteFiles.forEach(Glob::of);
    }

    /** The README's links to the repository's own page, when the repository holds the page's site. */
    List<LiveUrl> find(RepoContext context) {
        Optional<ReadmeFile> readme = context.readme().filter(ReadmeFile::readable);
        if (readme.isEmpty() || FileIndex.of(context).matching(siteFiles).isEmpty()) {
            return List.of();
        }
        List<LiveUrl> found = new ArrayList<>();
        String[] lines = readme.get().text().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = link.matcher(lines[i]);
            while (matcher.find()) {
                if (RepositoryName.is(context.snapshot().metadata(), matcher.group(2))
                        && found.stream().noneMatch(url -> url.url().equals(matcher.group()))) {
                    String afterScheme =
                            matcher.group().substring(matcher.group().indexOf("://") + 3);
                    String host = afterScheme.contains("/")
                            ? afterScheme.substring(0, afterScheme.indexOf('/'))
                            : afterScheme;
                    found.add(new LiveUrl(
                            matcher.group(), host, Evidence.line(readme.get().path(), i + 1, lines[i])));
                }
            }
        }
        return found;
    }
}

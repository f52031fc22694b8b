package dev.hireable.rules.registry;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.ReadmeFile;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.RepositoryName;
import dev.hireable.snapshot.RepoMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Models the author published on a model hub, seen from the repository: the README links the model's page, or the
 * code loads it, under the repository owner's name. Someone else's base model ({@code distilbert/...}) is not the
 * author's registry, and neither is a Space or a dataset ({@code huggingface.co/spaces/OWNER/...} names "spaces" where
 * the owner belongs). The owner comes from the repository's id or web page; for a local folder without a remote,
 * from a link in the README to the repository itself (a clone command), whose name the folder's name ends with.
 *
 * @param tool           the registry the evidence is reported under
 * @param readmeLink     a link to a hub page: group 1 the owner, group 2 the model
 * @param codeLine       a code line naming a model to load: group 1 the owner, group 2 the model
 * @param repositoryLink a link to a repository: group 1 the owner, group 2 its name
 */
public record AuthorModels(String tool, RulePattern readmeLink, RulePattern codeLine, RulePattern repositoryLink) {

    private static final int LIMIT = 2;

    public AuthorModels {
        if (tool == null || tool.isBlank()) {
            throw new IllegalArgumentException("'tool' must name the registry the evidence is reported under");
        }
        for (RulePattern pattern : List.of(readmeLink, codeLine, repositoryLink)) {
            if (pattern.matcher("").groupCount() < 2) {
                throw new IllegalArgumentException(
                        "'" + pattern + "' must capture the owner in group 1 and the name in group 2");
            }
        }
    }

    /** Where the author's own models show: README links first, then code that loads them. */
    List<Evidence> find(RepoContext context) {
        Optional<ReadmeFile> readme = context.readme().filter(ReadmeFile::readable);
        Optional<String> owner = owner(
                context.snapshot().metadata(), readme.map(ReadmeFile::text).orElse(""));
        if (owner.isEmpty()) {
            return List.of();
        }
        List<Evidence> found = new ArrayList<>();
        readme.ifPresent(file -> {
            String[] lines = file.text().split("\\R", -1);
            for (int i = 0; i < lines.length && found.size() < LIMIT; i++) {
                if (namesOwnModel(readmeLink.matcher(lines[i]), owner.get())) {
                    found.add(Evidence.line(file.path(), i + 1, lines[i]));
                }
            }
        });
        for (CodeLine line : context.code().find(owner.get().toLowerCase(Locale.ROOT), codeLine)) {
            if (found.size() < 2 * LIMIT && namesOwnModel(codeLine.matcher(line.text()), owner.get())) {
                found.add(line.evidence());
            }
        }
        return found;
    }

    private boolean namesOwnModel(Matcher matcher, String owner) {
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(owner)) {
                return true;
            }
        }
        return false;
    }

    /** The repository owner: from its id ({@code owner/name}) or web page, else from a README link to itself. */
    Optional<String> owner(RepoMetadata metadata, String readme) {
        String id = metadata.id();
        if (id.contains("/")) {
            return Optional.of(id.substring(0, id.indexOf('/')));
        }
        Optional<String> fromWeb = metadata.webUrl()
                .map(repositoryLink::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1));
        if (fromWeb.isPresent()) {
            return fromWeb;
        }
        Matcher link = repositoryLink.matcher(readme);
        while (link.find()) {
            if (RepositoryName.is(metadata, link.group(2))) {
                return Optional.of(link.group(1));
            }
        }
        return Optional.empty();
    }
}

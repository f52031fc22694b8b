package dev.hireable.rules.dockerfile;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Container images: whether the repository has a Dockerfile, and for its serving image whether the base image is
 * pinned, it runs as a non-root user, its start command serves the model and it declares a port.
 */
public final class DockerfileModule implements RuleModule {

    static final String PRESENT = "dockerfile.present";
    static final String PATHS = "dockerfile.paths";
    static final String PINNED_BASE = "dockerfile.pinned_base";
    static final String NON_ROOT = "dockerfile.non_root";
    static final String SERVES = "dockerfile.serves";
    static final String EXPOSE = "dockerfile.expose";

    private static final int MAX_EVIDENCE = 5;
    private static final Set<String> WORDING_KEYS = Set.of(
            "untagged",
            "no_from",
            "floating_tag",
            "not_version_tag",
            "unresolved_image",
            "pinned_by_digest",
            "untaggable",
            "from_build_args",
            "no_user",
            "root_user",
            "unresolved_user",
            "base_image_user",
            "no_command",
            "not_a_server",
            "serving_base_image",
            "unreadable");

    /** The vocabulary of rules/dockerfile.yaml. */
    public record Vocabulary(
            List<String> files,
            List<String> notDockerfiles,
            List<String> untaggableImages,
            RulePattern versionTag,
            List<String> floatingTags,
            List<String> rootUsers,
            List<RulePattern> nonRootImages,
            Map<String, RulePattern> serverCommands,
            List<RulePattern> servingBaseImages,
            RulePattern scriptReference,
            Map<String, String> wording) {
        public Vocabulary {
            if (files == null || files.isEmpty()) {
                throw new IllegalArgumentException("'files' needs at least one Dockerfile glob");
            }
            if (serverCommands == null || serverCommands.isEmpty()) {
                throw new IllegalArgumentException("'server_commands' needs at least one server");
            }
            if (versionTag == null || scriptReference == null) {
                throw new IllegalArgumentException("'version_tag' and 'script_reference' are required");
            }
            Map<String, String> given = wording == null ? Map.of() : Map.copyOf(wording);
            List<String> missing = WORDING_KEYS.stream()
                    .filter(k -> !given.containsKey(k))
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("'wording' is missing " + String.join(", ", missing));
            }
            wording = given;
            files.forEach(Glob::of);
            files = List.copyOf(files);
            notDockerfiles = copy(notDockerfiles);
            notDockerfiles.forEach(Glob::of);
            untaggableImages = copy(untaggableImages);
            floatingTags = copy(floatingTags);
            rootUsers = copy(rootUsers);
            nonRootImages = copy(nonRootImages);
            serverCommands = Collections.unmodifiableMap(new LinkedHashMap<>(serverCommands));
            servingBaseImages = copy(servingBaseImages);
        }

        /** A piece of wording with its {placeholders} filled. */
        String word(String key, Map<String, String> values) {
            String text = wording.get(key);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text;
        }

        private static <T> List<T> copy(List<T> values) {
            return values == null ? List.of() : List.copyOf(values);
        }
    }

    private final RuleBook<Vocabulary> book;

    public DockerfileModule(RuleCatalog catalog) {
        this.book = catalog.book("dockerfile.yaml", Vocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "dockerfile";
    }

    static List<String> ruleIds() {
        return List.of(PRESENT, PINNED_BASE, NON_ROOT, SERVES, EXPOSE);
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Vocabulary vocabulary = book.vocabulary();
        List<String> paths = dockerfiles(context, vocabulary);
        List<Finding> findings = new ArrayList<>();
        if (paths.isEmpty()) {
            Outcome absent = context.snapshot().tree().truncated() ? Outcome.UNKNOWN : Outcome.FAIL;
            findings.add(book.finding(PRESENT, absent, List.of()));
            for (String rule : List.of(PINNED_BASE, NON_ROOT, SERVES, EXPOSE)) {
                findings.add(book.finding(rule, Outcome.NOT_APPLICABLE, List.of()));
            }
            return new ModuleResult(signals(paths), findings);
        }
        findings.add(book.finding(
                PRESENT,
                Outcome.PASS,
                paths.stream().limit(MAX_EVIDENCE).map(Evidence::file).toList(),
                Map.of("paths", String.join(", ", paths))));

        List<ServingImage> images = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String path : paths) {
            FileContent content = context.snapshot().read(path);
            if (content instanceof FileContent.Text text) {
                images.add(new ServingImage(path, ParsedDockerfile.parse(text.text()), vocabulary));
            } else {
                unreadable.put(path, content.explanation());
            }
        }
        if (images.isEmpty()) {
            for (String rule : List.of(PINNED_BASE, NON_ROOT, SERVES, EXPOSE)) {
                findings.add(unreadableFinding(rule, unreadable));
            }
            return new ModuleResult(signals(paths), findings);
        }

        Optional<ServingImage.Verdict> serving = Optional.empty();
        ServingImage judged = images.get(0);
        for (ServingImage image : images) {
            ServingImage.Verdict serves = image.serves(context);
            if (serves.outcome() == Outcome.PASS) {
                serving = Optional.of(serves);
                judged = image;
                break;
            }
        }
        findings.add(finding(PINNED_BASE, judged.pinnedBase()));
        findings.add(finding(NON_ROOT, judged.nonRoot()));
        findings.add(servesFinding(judged, serving, unreadable, context));
        findings.add(finding(EXPOSE, judged.expose()));
        return new ModuleResult(signals(paths), findings);
    }

    private SignalSet signals(List<String> paths) {
        return book.signalBuilder()
                .flag(
                        PRESENT,
                        !paths.isEmpty(),
                        paths.stream().limit(1).map(Evidence::file).toList())
                .names(PATHS, paths)
                .build();
    }

    private Finding servesFinding(
            ServingImage judged,
            Optional<ServingImage.Verdict> serving,
            Map<String, String> unreadable,
            RepoContext context) {
        if (serving.isPresent()) {
            return finding(SERVES, serving.get());
        }
        if (!unreadable.isEmpty()) {
            return unreadableFinding(SERVES, unreadable);
        }
        return finding(SERVES, judged.serves(context));
    }

    /** {@code unknown}, naming the first Dockerfile that could not be read (path → why). */
    private Finding unreadableFinding(String rule, Map<String, String> unreadable) {
        Map.Entry<String, String> first = unreadable.entrySet().iterator().next();
        return book.finding(
                rule,
                Outcome.UNKNOWN,
                List.of(Evidence.file(first.getKey())),
                Map.of(
                        "path",
                        first.getKey(),
                        "reason",
                        book.vocabulary().word("unreadable", Map.of("explanation", first.getValue()))));
    }

    private Finding finding(String rule, ServingImage.Verdict verdict) {
        return book.finding(rule, verdict.outcome(), verdict.evidence(), verdict.values());
    }

    /** Dockerfiles outside vendored folders, root first, then by depth and path. */
    private static List<String> dockerfiles(RepoContext context, Vocabulary vocabulary) {
        List<Glob> excluded = vocabulary.notDockerfiles().stream().map(Glob::of).toList();
        return FileIndex.of(context).matching(vocabulary.files()).stream()
                .filter(f -> excluded.stream().noneMatch(g -> g.matches(f.path())))
                .sorted(Comparator.comparingInt(FileEntry::depth).thenComparing(FileEntry::path))
                .map(FileEntry::path)
                .toList();
    }
}

package dev.hireable.rules.endpoint;

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
import dev.hireable.rules.context.usage.FileSignature;
import dev.hireable.rules.context.usage.ToolScan;
import dev.hireable.rules.context.usage.ToolSignature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the model is served and whether it is deployed: serving frameworks in code, live URLs on deploy hosts in the
 * README and homepage, and deploy configuration. {@code deployed} is a live URL or a deploy config.
 */
public final class EndpointModule implements RuleModule {

    static final String SERVING_CODE = "endpoint.serving_code";
    static final String LIVE_URL = "endpoint.live_url";
    static final String PLACEHOLDER_URL = "endpoint.placeholder_url";
    static final String DEPLOY_CONFIG = "endpoint.deploy_config";
    static final String DEPLOYED = "endpoint.deployed";
    static final String SERVING = "endpoint.serving";
    static final String LIVE_URLS = "endpoint.live_urls";
    static final String DEPLOY_CONFIGS = "endpoint.deploy_configs";

    private static final int MAX_EVIDENCE = 5;

    /**
     * The vocabulary of rules/endpoint.yaml.
     *
     * @param serving       serving framework id (the contract's) → how it shows in code and files
     * @param deployConfigs platform → the files that deploy to it
     * @param deployPlaceholders template values that leave a platform file undeployable ({@code YOUR_REGISTRY})
     * @param projectPages  the project's own static page, a live app when the repository holds its site
     */
    public record Vocabulary(
            Map<String, ToolSignature> serving,
            LiveUrlVocabulary liveUrls,
            Map<String, FileSignature> deployConfigs,
            List<RulePattern> deployPlaceholders,
            DeployJobVocabulary deployJobs,
            ProjectPages projectPages) {
        public Vocabulary {
            if (serving == null || serving.isEmpty()) {
                throw new IllegalArgumentException("'serving' needs at least one framework");
            }
            if (liveUrls == null || deployJobs == null || projectPages == null) {
                throw new IllegalArgumentException("'live_urls', 'deploy_jobs' and 'project_pages' are required");
            }
            serving = Collections.unmodifiableMap(new LinkedHashMap<>(serving));
            deployConfigs =
                    deployConfigs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(deployConfigs));
            deployPlaceholders = deployPlaceholders == null ? List.of() : List.copyOf(deployPlaceholders);
        }
    }

    private final RuleBook<Vocabulary> book;

    public EndpointModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "endpoint";
    }

    static List<String> ruleIds() {
        return List.of(SERVING_CODE, LIVE_URL, PLACEHOLDER_URL, DEPLOY_CONFIG, DEPLOYED);
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Vocabulary vocabulary = book.vocabulary();
        List<Finding> findings = new ArrayList<>();

        ToolScan serving = ToolScan.of(context, vocabulary.serving());
        findings.add(serving.finding(book, SERVING_CODE, MAX_EVIDENCE));

        LiveUrlFinder.Result urls = withProjectPages(
                new LiveUrlFinder(vocabulary.liveUrls())
                        .find(context.readme(), context.snapshot().metadata().homepage()),
                vocabulary.projectPages().find(context));
        boolean readmeUnreadable = context.readme().map(r -> !r.readable()).orElse(false);
        findings.add(liveUrlFinding(urls, readmeUnreadable));
        if (!urls.placeholders().isEmpty()) {
            Evidence first = urls.placeholders().get(0);
            findings.add(book.finding(
                    PLACEHOLDER_URL,
                    Outcome.FAIL,
                    limit(urls.placeholders()),
                    Map.of("url", first.snippet().or(first::url).orElse(""))));
        }

        DeployConfigFinder.Result deploy = new DeployConfigFinder(
                        vocabulary.deployConfigs(), vocabulary.deployPlaceholders(), vocabulary.deployJobs())
                .find(context);
        boolean truncated = context.snapshot().tree().truncated();
        findings.add(deployConfigFinding(deploy, truncated));

        boolean deployed = !urls.live().isEmpty() || !deploy.configs().isEmpty();
        findings.add(deployedFinding(
                urls,
                deploy,
                deployed,
                readmeUnreadable || truncated || !deploy.undecided().isEmpty()));

        List<Evidence> liveEvidence =
                urls.live().stream().map(LiveUrl::evidence).limit(1).toList();
        List<Evidence> configEvidence = deploy.configs().stream()
                .map(c -> Evidence.file(c.path()))
                .limit(1)
                .toList();
        SignalSet signals = book.signalBuilder()
                .names(SERVING, serving.tools(), serving.firstEvidence(1))
                .names(LIVE_URLS, urls.live().stream().map(LiveUrl::url).toList(), liveEvidence)
                .names(
                        DEPLOY_CONFIGS,
                        deploy.configs().stream().map(DeployConfig::path).toList(),
                        configEvidence)
                .flag(DEPLOYED, deployed, liveEvidence.isEmpty() ? configEvidence : liveEvidence)
                .build();
        return new ModuleResult(signals, findings);
    }

    private static LiveUrlFinder.Result withProjectPages(LiveUrlFinder.Result urls, List<LiveUrl> pages) {
        List<LiveUrl> live = new ArrayList<>(urls.live());
        pages.stream()
                .filter(page -> live.stream().noneMatch(url -> url.url().equals(page.url())))
                .forEach(live::add);
        return new LiveUrlFinder.Result(live, urls.placeholders());
    }

    private Finding liveUrlFinding(LiveUrlFinder.Result urls, boolean readmeUnreadable) {
        if (!urls.live().isEmpty()) {
            LiveUrl first = urls.live().get(0);
            return book.finding(
                    LIVE_URL,
                    Outcome.PASS,
                    limit(urls.live().stream().map(LiveUrl::evidence).toList()),
                    Map.of("url", first.url(), "host", first.host()));
        }
        return book.finding(LIVE_URL, readmeUnreadable ? Outcome.UNKNOWN : Outcome.FAIL, List.of());
    }

    private Finding deployConfigFinding(DeployConfigFinder.Result deploy, boolean truncated) {
        if (!deploy.configs().isEmpty()) {
            return book.finding(
                    DEPLOY_CONFIG,
                    Outcome.PASS,
                    limit(deploy.configs().stream().map(DeployConfig::evidence).toList()),
                    Map.of(
                            "configs",
                            String.join(
                                    ", ",
                                    deploy.configs().stream()
                                            .map(DeployConfig::describe)
                                            .toList())));
        }
        boolean undecided = truncated || !deploy.undecided().isEmpty();
        return book.finding(
                DEPLOY_CONFIG,
                undecided ? Outcome.UNKNOWN : Outcome.FAIL,
                limit(deploy.undecided().stream().map(Evidence::file).toList()),
                Map.of("unreadable", String.valueOf(deploy.undecided().size())));
    }

    private Finding deployedFinding(
            LiveUrlFinder.Result urls, DeployConfigFinder.Result deploy, boolean deployed, boolean undecided) {
        if (deployed) {
            List<Evidence> evidence = Stream.concat(
                            urls.live().stream().map(LiveUrl::evidence),
                            deploy.configs().stream().map(DeployConfig::evidence))
                    .toList();
            String how = urls.live().isEmpty()
                    ? deploy.configs().get(0).describe()
                    : urls.live().get(0).url();
            return book.finding(DEPLOYED, Outcome.PASS, limit(evidence), Map.of("how", how));
        }
        return book.finding(DEPLOYED, undecided ? Outcome.UNKNOWN : Outcome.FAIL, List.of());
    }

    private static List<Evidence> limit(List<Evidence> evidence) {
        return evidence.stream().limit(MAX_EVIDENCE).toList();
    }
}

package dev.hireable.cli;

import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleDoc;
import dev.hireable.rules.catalog.RuleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "List the rules, or explain one: what it checks, why it matters and how to fix it.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class},
        footerHeading = "%nExamples:%n",
        footer = {"  hireable rules list", "  hireable rules explain endpoint.live_url",
                "  hireable rules list --rules my-rules/"})
final class RulesCommand implements Runnable {

    private final Console console;

    RulesCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        new ListRules(console).call();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every rule id with its title.")
    static final class ListRules implements java.util.concurrent.Callable<Integer> {
        private final Console console;

        @Mixin
        RuleOptions rules = new RuleOptions();

        ListRules(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            RuleCatalog catalog = AuditSetup.create(rules.folders(), console.clock()).catalog();
            List<RuleDoc> docs = catalog.docs();
            int width = docs.stream().mapToInt(d -> d.id().length()).max().orElse(10);
            for (RuleDoc doc : docs) {
                console.out().printf("%-" + width + "s  %s%n", doc.id(), doc.title());
            }
            console.out().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one rule.")
    static final class Explain implements java.util.concurrent.Callable<Integer> {
        private final Console console;

        @Parameters(paramLabel = "RULE_ID", description = "A rule id from 'hireable rules list', e.g. readme.results.")
        String id;

        @Mixin
        RuleOptions rules = new RuleOptions();

        Explain(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            RuleCatalog catalog = RuleCatalog.load(RuleSources.withOverlays(rules.folders()));
            RuleDoc doc = catalog.doc(id).orElseThrow(() -> new UsageException("there is no rule '" + id
                    + "'; 'hireable rules list' shows them all"));
            PrintWriter out = console.out();
            out.println(doc.id() + ": " + doc.title());
            out.println();
            out.println("Why it matters: " + doc.why());
            out.println();
            out.println("How to fix: " + doc.fix());
            String fail = doc.messages().get(Outcome.FAIL);
            if (fail != null) {
                out.println();
                out.println("Reported as: " + fail);
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}

package dev.hireable.cli;

import dev.hireable.rules.Outcome;
import dev.hireable.rules.SignalSpec;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleDoc;
import dev.hireable.rules.catalog.Template;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description =
                "List the rules and signals, or explain a rule or a module: what it checks, why it matters and how to fix it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  hireable rules list",
            "  hireable rules explain endpoint.live_url",
            "  hireable rules explain tracking",
            "  hireable rules signals",
            "  hireable rules list --rules my-rules/"
        })
final class RulesCommand implements Runnable {

    /** Its subcommands, in usage order: {@link Hireable} adds them, building whole only the one a run names. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ListRules.class, Explain.class, Signals.class);

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
            RuleCatalog catalog = AuditSetup.catalog(rules.folders(), console.clock());
            List<RuleDoc> docs = catalog.docs();
            int width = docs.stream().mapToInt(d -> d.id().length()).max().orElse(10);
            for (RuleDoc doc : docs) {
                console.out().printf("%-" + width + "s  %s%n", doc.id(), doc.title());
            }
            console.out().flush();
            return ExitCode.OK;
        }
    }

    @Command(
            name = "signals",
            mixinStandardHelpOptions = true,
            description = {
                "List every signal: what a repository shows, by the id the standard, the archetypes and "
                        + "the interview questions name it, with its type and the rule that decides it."
            })
    static final class Signals implements java.util.concurrent.Callable<Integer> {
        private final Console console;

        @Mixin
        RuleOptions rules = new RuleOptions();

        Signals(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            List<SignalSpec> legend =
                    AuditSetup.create(rules.folders(), console.clock()).engine().legend();
            int width = legend.stream().mapToInt(s -> s.id().length()).max().orElse(10);
            for (SignalSpec spec : legend) {
                console.out()
                        .printf(
                                "%-" + width + "s  %-4s  %s%s%n",
                                spec.id(),
                                spec.type().id(),
                                spec.label(),
                                spec.decidedBy()
                                        .map(rule -> " (decided by " + rule + ")")
                                        .orElse(""));
            }
            console.out().flush();
            return ExitCode.OK;
        }
    }

    @Command(
            name = "explain",
            mixinStandardHelpOptions = true,
            description = "Explain one rule, or every rule and signal of one module (e.g. tracking).")
    static final class Explain implements java.util.concurrent.Callable<Integer> {
        private final Console console;

        @Parameters(
                paramLabel = "RULE_OR_MODULE",
                description =
                        "A rule id from 'hireable rules list' (e.g. readme.results) or a module name (e.g. readme).")
        String id;

        @Mixin
        RuleOptions rules = new RuleOptions();

        Explain(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            RuleCatalog catalog = AuditSetup.catalog(rules.folders(), console.clock());
            PrintWriter out = console.out();
            if (catalog.doc(id).isPresent()) {
                explain(catalog.doc(id).get(), out);
            } else {
                List<RuleDoc> module = catalog.docs().stream()
                        .filter(doc -> doc.id().startsWith(id + "."))
                        .toList();
                if (module.isEmpty()) {
                    throw new UsageException(
                            "there is no rule or module '" + id + "'; 'hireable rules list' shows them all");
                }
                for (int i = 0; i < module.size(); i++) {
                    if (i > 0) {
                        out.println();
                        out.println("---");
                        out.println();
                    }
                    explain(module.get(i), out);
                }
                Map<String, SignalSpec> signals = catalog.signalsOf(id);
                if (!signals.isEmpty()) {
                    out.println();
                    out.println("Signals:");
                    signals.values()
                            .forEach(spec -> out.println(
                                    "  " + spec.id() + " (" + spec.type().id() + "): " + spec.label()));
                }
            }
            out.flush();
            return ExitCode.OK;
        }

        private static void explain(RuleDoc doc, PrintWriter out) {
            out.println(doc.id() + ": " + doc.title());
            out.println();
            out.println("Why it matters: " + doc.why());
            out.println();
            out.println("How to fix: " + doc.fix());
            Template fail = doc.messages().get(Outcome.FAIL);
            if (fail != null) {
                out.println();
                out.println("Reported as: " + fail.described());
            }
        }
    }
}

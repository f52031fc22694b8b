package dev.hireable.cli;

import dev.hireable.batch.BatchResult;
import dev.hireable.batch.BatchRunner;
import dev.hireable.batch.CandidateAuditor;
import dev.hireable.batch.CandidateList;
import dev.hireable.report.TerminalText;
import dev.hireable.report.ranking.Ranking;
import dev.hireable.report.ranking.Shard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Audit many candidates, one GitHub login a line of FILE, and rank them.",
            "FILE: one login a line (a profile URL or @login works too); '#' starts a comment; blank lines are "
                    + "ignored. A line that is not a login is reported with its line number and the others go on.",
            "Into --output DIR go candidates/LOGIN.json plus candidates/LOGIN.<format> for each candidate, and "
                    + "ranking.md, ranking.html, ranking.csv and ranking.json (standard met, score, slots, red flags), "
                    + "rewritten after every candidate.",
            "Each candidate is audited like 'hireable user LOGIN', on one GitHub connection and cache for the "
                    + "whole batch. When GitHub's rate limit runs out, the batch stops cleanly: every finished "
                    + "candidate is kept, the ranking lists the rest, and standard error says when the limit resets.",
            "Resumable: a candidate whose reports are already complete in DIR is not audited again, so a batch "
                    + "that was interrupted, killed or stopped by GitHub's rate limit is finished by running the "
                    + "same command again (repositories unchanged since come from the cache). Every file is "
                    + "written whole or not at all. Progress goes to standard error.",
            "Many machines: --shard I/N audits only the I-th of N parts of the list (a candidate's part depends on "
                    + "its login alone: the CRC-32 of the lower-case login, modulo N), so N machines with a token "
                    + "each share a long list; then --merge DIR... ranks the shards' output folders together, exactly "
                    + "as one batch over the whole list would have."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  GITHUB_TOKEN=ghp_... hireable batch candidates.txt --output reviews/",
            "  hireable batch candidates.txt -o reviews/ -f markdown --max-repos 20",
            "  hireable batch candidates.txt -o reviews/   # rerun after a stop: finishes it",
            "  hireable batch team.txt -o reviews/ --api-url https://ghe.corp/api/v3",
            "  hireable batch candidates.txt --shard 2/4 -o shard-2/   # on the second of four machines",
            "  hireable batch --merge shard-1/ shard-2/ shard-3/ shard-4/ -o reviews/",
            "",
            "Exit codes: 0 every candidate ranked, 2 bad input (no such FILE, no login in it, bad rule file), "
                    + "3 GitHub could not be used and no candidate was audited in this run (bad token, network down, "
                    + "rate limit already spent), 4 some candidates or repositories not audited (unknown login, the "
                    + "rate limit ran out mid-batch: rerun after the reset), or bad lines (the ranking lists them)."
        })
final class BatchCommand implements Callable<Integer> {

    private final Console console;
    private final CandidateAuditorFactory auditors;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The candidates: one GitHub login a line.")
    Path file;

    @Option(
            names = "--shard",
            paramLabel = "I/N",
            converter = ShardConverter.class,
            description = "Audit only the I-th of N parts of the list (e.g. 2/4); bad lines are reported by part 1.")
    Shard shard = Shard.WHOLE;

    @Option(
            names = "--merge",
            paramLabel = "DIR",
            arity = "1..*",
            description =
                    "Instead of auditing: merge the --output folders of batches run on parts of one list (--shard) "
                            + "into one ranking in --output.")
    List<Path> merge;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The folder for the reports and the ranking; created if missing, reused to resume.")
    Path output;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "html",
            converter = ReportOptions.FormatConverter.class,
            completionCandidates = ReportOptions.FormatCandidates.class,
            description =
                    "Each candidate's report besides its JSON: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--keep-partial",
            description =
                    "Count a stored report that misses some repositories as done; by default a rerun audits such a "
                            + "candidate again (with the cache, only the missing repositories cost requests).")
    boolean keepPartial;

    @Mixin
    RepoSelectionOptions selection;

    @Mixin
    GitHubOptions github;

    @Mixin
    RuleOptions rules;

    @Mixin
    ProbeOptions probes;

    @Mixin
    RepoTimeoutOption repoTimeout = new RepoTimeoutOption();

    BatchCommand(Console console) {
        this(console, CandidateAuditors::gitHubUsers);
    }

    BatchCommand(Console console, CandidateAuditorFactory auditors) {
        this.console = console;
        this.auditors = auditors;
    }

    @Override
    public Integer call() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException("--output '" + output + "' is a file; give a folder for the reports");
        }
        if (merge != null) {
            return merge();
        }
        if (file == null) {
            throw new UsageException("give the candidate list FILE, or --merge with the folders of batches to merge");
        }
        CandidateList list = CandidateList.parse(readList());
        if (list.candidates().isEmpty()) {
            list.problems()
                    .forEach(p -> console.err().println("line " + p.line() + ": " + TerminalText.safe(p.reason())));
            throw new UsageException("'" + file + "' lists no "
                    + (list.problems().isEmpty() ? "" : "valid ") + "candidate; write one GitHub login a line");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException("--output '" + output + "' is a file; give a folder for the reports");
        }
        AuditSetup setup = AuditSetup.create(rules.folders(), console.clock(), probes, repoTimeout);
        BatchFiles files = new BatchFiles(output, format, format.renderer(false, setup.catalog()), shard);
        CandidateList part = list.shard(shard);
        if (!shard.whole()) {
            console.err()
                    .println("shard " + shard + ": " + part.candidates().size() + " of the "
                            + list.candidates().size() + " candidates");
        }
        BatchResult result;
        try (BatchLock lock = BatchLock.take(output);
                CandidateAuditor auditor = auditors.create(setup, console, github, selection)) {
            files.prepare(lock);
            BatchRunner runner = new BatchRunner(
                    auditor, files, new BatchProgressPrinter(console.err()), console.clock(), keepPartial);
            result = runner.run(file.toString(), part);
        }
        summarize(result);
        if (result.stopped().isPresent()) {
            // stopped with nothing audited in this run: GitHub could not be used; otherwise progress was made
            return result.audited() == 0 ? ExitCode.GITHUB_UNAVAILABLE : ExitCode.PARTIAL;
        }
        return result.clean() ? ExitCode.OK : ExitCode.PARTIAL;
    }

    private int merge() throws IOException {
        if (file != null) {
            throw new UsageException("--merge takes the folders to merge, not a candidate list ('" + file + "')");
        }
        if (!shard.whole()) {
            throw new UsageException("--merge and --shard do not go together: a merge ranks every shard");
        }
        BatchMerge.Result merged = BatchMerge.merge(
                merge, output, console.clock(), note -> console.err().println("hireable: " + note));
        Ranking ranking = merged.ranking();
        console.err()
                .println("merged " + merge.size() + (merge.size() == 1 ? " folder: " : " folders: ")
                        + ranking.entries().size() + " ranked, "
                        + ranking.unranked().size() + " not ranked"
                        + (ranking.complete() ? "" : ", not finished") + "; ranking written to "
                        + output.resolve("ranking.html")
                        + " (also ranking.md, ranking.csv and ranking.json).");
        console.err().flush();
        return merged.clean() ? ExitCode.OK : ExitCode.PARTIAL;
    }

    /** Reads I/N for --shard. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private String readList() {
        if (!Files.exists(file)) {
            throw new UsageException("the candidate list '" + file + "' does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("the candidate list '" + file + "' is not a file");
        }
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("the candidate list '" + file + "' could not be read: " + e.getMessage());
        }
    }

    private void summarize(BatchResult result) {
        StringBuilder line = new StringBuilder("ranking written to ")
                .append(output.resolve("ranking.html"))
                .append(" (also ranking.md, ranking.csv and ranking.json): ")
                .append(result.ranking().entries().size())
                .append(" ranked");
        if (result.kept() > 0) {
            line.append(" (").append(result.kept()).append(" kept from an earlier run)");
        }
        if (result.failed() > 0) {
            line.append(", ").append(result.failed()).append(" not audited");
        }
        if (result.partial() > 0) {
            line.append(", ").append(result.partial()).append(" partial");
        }
        if (result.problems() > 0) {
            line.append(", ").append(result.problems()).append(result.problems() == 1 ? " bad line" : " bad lines");
        }
        if (result.remaining() > 0) {
            line.append(", ").append(result.remaining()).append(" left for a rerun");
        }
        console.err().println(line.append('.'));
        console.err().flush();
    }
}

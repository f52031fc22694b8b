package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.batch.CandidateAuditor;
import dev.hireable.batch.FakeCandidates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Console console = new Console(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of(),
            false,
            false,
            Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC));

    @Test
    void writesEachCandidatesReportsAndTheRankingInThreeFormats() throws IOException {
        Path list = list("# round 1\nalice\nbob\n");
        FakeCandidates github = new FakeCandidates().candidate("alice", 1, 55).candidate("bob", 3, 90);

        int code =
                batch(github, list.toString(), "--output", work.resolve("out").toString(), "--format", "markdown");

        assertThat(code).isEqualTo(ExitCode.OK);
        Path out = work.resolve("out");
        assertThat(out.resolve("candidates"))
                .isDirectoryContaining("glob:**/alice.json")
                .isDirectoryContaining("glob:**/alice.md")
                .isDirectoryContaining("glob:**/bob.json")
                .isDirectoryContaining("glob:**/bob.md");
        assertThat(Files.readString(out.resolve("candidates/bob.md")))
                .startsWith("## ✅ Standard met 3/3 · score 90/100");
        List<String> csv = Files.readAllLines(out.resolve("ranking.csv"));
        assertThat(csv.get(0))
                .startsWith("rank,login,status,standard_met,score,tabular_e2e,transformer_finetune,mlops,red_flags");
        assertThat(csv.get(1)).startsWith("1,bob,audited,3,90,bob/project-0,bob/project-1,bob/project-2,");
        assertThat(csv.get(2)).startsWith("2,alice,audited,1,55,alice/project-0,alice/project-1 (not met),");
        assertThat(Files.readString(out.resolve("ranking.md"))).contains("| 1 | [bob](candidates/bob.md) | 3/3 | 90 |");
        assertThat(Files.readString(out.resolve("ranking.html"))).contains("<a href=\"candidates/bob.md\">bob</a>");
        assertThat(err.toString())
                .contains("[1/2] auditing alice", "[2/2] bob: standard met 3/3, score 90", "2 ranked");
        assertThat(this.out.toString()).isEmpty();
    }

    @Test
    void killedBatchIsFinishedByTheSameCommandWithoutAuditingAnyoneTwice() throws IOException {
        Path list = list("alice\nbob\ncarol\ndave\n");
        String[] args = {list.toString(), "--output", work.resolve("out").toString()};
        FakeCandidates dying = new FakeCandidates()
                .candidate("alice", 2, 70)
                .candidate("bob", 1, 50)
                .candidate("carol", 3, 95)
                .candidate("dave", 0, 5)
                .killAt("carol");

        assertThatThrownBy(() -> batch(dying, args)).isInstanceOf(FakeCandidates.SimulatedKill.class);
        Path candidates = work.resolve("out/candidates");
        assertThat(candidates.resolve("alice.json")).exists();
        assertThat(candidates.resolve("bob.html")).exists();
        // a kill between writing a temporary file and moving it, and a report cut off by a full disk
        Files.writeString(candidates.resolve(".carol.json123.tmp"), "{\"schemaVersion\": 1, \"repos\": [");
        Files.writeString(candidates.resolve("bob.json"), "{\"schemaVersion\": 1, \"repos\": [");

        FakeCandidates rerun = new FakeCandidates()
                .candidate("alice", 2, 70)
                .candidate("bob", 1, 50)
                .candidate("carol", 3, 95)
                .candidate("dave", 0, 5);
        int code = batch(rerun, args);

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(rerun.audited()).containsExactly("bob", "carol", "dave");
        try (var files = Files.list(candidates)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(
                            "alice.html",
                            "alice.json",
                            "bob.html",
                            "bob.json",
                            "carol.html",
                            "carol.json",
                            "dave.html",
                            "dave.json");
        }
        assertThat(Files.readAllLines(work.resolve("out/ranking.csv")).subList(1, 5))
                .extracting(l -> l.split(",")[1])
                .containsExactly("carol", "alice", "bob", "dave");
        assertThat(err.toString()).contains("4 candidates, 1 already audited (kept)");
    }

    @Test
    void badLineIsReportedWithItsLineNumberAndTheRestGoOn() throws IOException {
        Path list = list("alice\nnot a login!\nbob\n");

        int code = batch(
                new FakeCandidates().candidate("alice", 1, 40).candidate("bob", 1, 30),
                list.toString(),
                "--output",
                work.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.PARTIAL);
        assertThat(err.toString())
                .contains("line 2: 'not a login!' is not a GitHub login")
                .contains("2 ranked", "1 bad line");
        assertThat(Files.readString(work.resolve("out/ranking.md"))).contains("- line 2: `not a login!`");
    }

    @Test
    void rateLimitSpentMidBatchStopsWithExitFourAndSaysHowToFinish() throws IOException {
        Path list = list("alice\nbob\n");

        int code = batch(
                new FakeCandidates()
                        .candidate("alice", 1, 40)
                        .candidate("bob", 1, 30)
                        .budget(1),
                list.toString(),
                "--output",
                work.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.PARTIAL);
        assertThat(err.toString())
                .contains(
                        "stopped: GitHub's rate limit is spent until 15:42 UTC. 1 candidate is left; rerun the same command");
        assertThat(Files.readString(work.resolve("out/ranking.md"))).contains("The batch is not finished");
    }

    @Test
    void rateLimitSpentBeforeAnyCandidateExitsWithThree() throws IOException {
        Path list = list("alice\nbob\n");

        int code = batch(
                new FakeCandidates()
                        .candidate("alice", 1, 40)
                        .candidate("bob", 1, 30)
                        .budget(0),
                list.toString(),
                "--output",
                work.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(work.resolve("out/candidates")).isEmptyDirectory();
        assertThat(err.toString()).contains("2 candidates are left");
    }

    @Test
    void refusedSecondBatchLeavesTheFirstBatchsTemporaryFilesAlone() throws IOException {
        Path out = work.resolve("out");
        Path inProgress = Files.createDirectories(out.resolve("candidates")).resolve(".alice.json123.tmp");
        Files.writeString(inProgress, "{\"schemaVersion\": 1");

        int code;
        try (BatchLock first = BatchLock.take(out)) {
            assertThat(first.folder()).isEqualTo(out);
            code = batch(
                    new FakeCandidates().candidate("alice", 1, 40),
                    list("alice\n").toString(),
                    "--output",
                    out.toString());
        }

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("another 'hireable batch' is writing to '" + out + "'");
        assertThat(inProgress).exists();
    }

    @Test
    void mergingTheShardsOutputsEqualsOneBatchOverTheWholeList() throws IOException {
        Path list = list("alice\nbob\nnot a login!\ncarol\nghost\ndave\nerin\nfrank\n");
        String[] formats = {"--format", "markdown"};
        assertThat(batch(
                        everyone(),
                        list.toString(),
                        "--output",
                        work.resolve("single").toString(),
                        formats[0],
                        formats[1]))
                .isEqualTo(ExitCode.PARTIAL);
        List<String> shards = new java.util.ArrayList<>();
        for (int index = 1; index <= 3; index++) {
            Path shard = work.resolve("shard-" + index);
            batch(
                    everyone(),
                    list.toString(),
                    "--shard",
                    index + "/3",
                    "--output",
                    shard.toString(),
                    formats[0],
                    formats[1]);
            shards.add(shard.toString());
        }
        err.getBuffer().setLength(0);

        List<String> merge = new java.util.ArrayList<>(List.of("--merge"));
        merge.addAll(shards);
        merge.addAll(List.of("--output", work.resolve("merged").toString()));
        int code = batch(new FakeCandidates(), merge.toArray(String[]::new));

        assertThat(code).isEqualTo(ExitCode.PARTIAL);
        assertThat(err.toString()).contains("merged 3 folders: 6 ranked, 2 not ranked");
        for (String ranking : List.of("ranking.csv", "ranking.md", "ranking.html", "ranking.json")) {
            assertThat(Files.readString(work.resolve("merged").resolve(ranking)))
                    .as(ranking)
                    .isEqualTo(Files.readString(work.resolve("single").resolve(ranking)));
        }
        assertThat(fileNames(work.resolve("merged/candidates")))
                .isEqualTo(fileNames(work.resolve("single/candidates")))
                .contains("alice.md", "frank.json");
        assertThat(Files.readString(work.resolve("merged/candidates/carol.md")))
                .isEqualTo(Files.readString(work.resolve("single/candidates/carol.md")));
    }

    @Test
    void mergeWithoutOneOfTheShardsIsMarkedNotFinished() throws IOException {
        Path list = list("alice\nbob\ncarol\ndave\n");
        for (int index = 1; index <= 2; index++) {
            batch(
                    everyone(),
                    list.toString(),
                    "--shard",
                    index + "/2",
                    "--output",
                    work.resolve("shard-" + index).toString());
        }

        int code = batch(
                new FakeCandidates(),
                "--merge",
                work.resolve("shard-2").toString(),
                "--output",
                work.resolve("merged").toString());

        assertThat(code).isEqualTo(ExitCode.PARTIAL);
        assertThat(err.toString()).contains("shard 1/2 is missing");
        assertThat(Files.readString(work.resolve("merged/ranking.md"))).contains("The batch is not finished");
    }

    @Test
    void mergeOfAFolderThatHoldsNoBatchIsBadInputBeforeWritingAnything() throws IOException {
        Path stray = Files.createDirectories(work.resolve("photos"));

        int code = batch(
                new FakeCandidates(),
                "--merge",
                stray.toString(),
                "--output",
                work.resolve("merged").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("'" + stray + "' holds no readable ranking.json");
        assertThat(work.resolve("merged")).doesNotExist();
    }

    @Test
    void shardOutsideOneToNIsAUsageError() throws IOException {
        int code = batch(
                new FakeCandidates(),
                list("alice\n").toString(),
                "--shard",
                "5/4",
                "--output",
                work.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("a shard is I/N with 1 <= I <= N, not 5/4");
    }

    @Test
    void missingListIsBadInputInOneSentence() {
        int code = batch(
                new FakeCandidates(),
                work.resolve("nope.txt").toString(),
                "--output",
                work.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip())
                .isEqualTo("hireable: the candidate list '" + work.resolve("nope.txt") + "' does not exist");
    }

    @Test
    void listWithoutAnyLoginIsBadInput() throws IOException {
        int code = batch(
                new FakeCandidates(),
                list("# nobody yet\n\n").toString(),
                "--output",
                work.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("lists no candidate; write one GitHub login a line");
    }

    @Test
    void helpTeachesTheFileFormatAndResuming() {
        int code = Hireable.run(console, "batch", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("one GitHub login a line", "Resumable", "--keep-partial", "Examples:");
    }

    /** Every login of the merge tests audited, except ghost, who does not exist. */
    private static FakeCandidates everyone() {
        return new FakeCandidates()
                .candidate("alice", 1, 55)
                .candidate("bob", 3, 90)
                .candidate("carol", 2, 70)
                .candidate("dave", 0, 10)
                .partialCandidate("erin", 2, 66)
                .candidate("frank", 3, 88);
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path list(String text) throws IOException {
        Path file = work.resolve("candidates.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private int batch(CandidateAuditor auditor, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == BatchCommand.class) {
                    return type.cast(new BatchCommand(console, (setup, c, github, selection) -> auditor));
                }
                return new Hireable.Factory(console).create(type);
            }
        };
        String[] full = new String[args.length + 1];
        full[0] = "batch";
        System.arraycopy(args, 0, full, 1, args.length);
        return Hireable.run(console, factory, full);
    }
}

package dev.hireable.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.report.ranking.Shard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CandidateListTest {

    @Test
    void oneLoginALineWithCommentsAndBlankLines() {
        CandidateList list = CandidateList.parse("# shortlist, round 1\r\noctocat\n\n  jdoe-ml   # strong MLOps\nA1\n");

        assertThat(list.candidates())
                .extracting(CandidateList.Candidate::login)
                .containsExactly("octocat", "jdoe-ml", "A1");
        assertThat(list.candidates()).extracting(CandidateList.Candidate::line).containsExactly(2, 4, 5);
        assertThat(list.problems()).isEmpty();
    }

    @Test
    void profileUrlsAndAtSignsGiveTheLogin() {
        CandidateList list = CandidateList.parse("https://github.com/octocat\ngithub.com/jdoe-ml/\n@mona\n");

        assertThat(list.candidates())
                .extracting(CandidateList.Candidate::login)
                .containsExactly("octocat", "jdoe-ml", "mona");
    }

    @Test
    void badLineIsReportedWithItsNumberAndTheOthersCount() {
        CandidateList list = CandidateList.parse(
                "octocat\nnot a login!\n-leading\ntrailing-\ndouble--hyphen\n" + "a".repeat(40) + "\nmona\n");

        assertThat(list.candidates()).extracting(CandidateList.Candidate::login).containsExactly("octocat", "mona");
        assertThat(list.problems()).extracting(CandidateList.Problem::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(list.problems().get(0).reason()).startsWith("'not a login!' is not a GitHub login");
    }

    @Test
    void loginListedTwiceIsReportedOnce() {
        CandidateList list = CandidateList.parse("octocat\nOctoCat\n");

        assertThat(list.candidates()).hasSize(1);
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).isEqualTo("'OctoCat' is already listed on line 1");
        });
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertThat(CandidateList.parse("\uFEFFoctocat\n").candidates())
                .extracting(CandidateList.Candidate::login)
                .containsExactly("octocat");
    }

    @Test
    void shardsCoverEveryCandidateExactlyOnceForEveryShardCount() {
        List<String> logins =
                IntStream.range(0, 200).mapToObj(i -> "candidate-" + i).toList();
        CandidateList list = CandidateList.parse(String.join("\n", logins));

        for (int count = 1; count <= 9; count++) {
            List<String> seen = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                list.shard(new Shard(index, count)).candidates().forEach(c -> seen.add(c.login()));
            }
            assertThat(seen).as("%d shards", count).hasSize(logins.size()).containsExactlyInAnyOrderElementsOf(logins);
        }
    }

    @Test
    void aCandidatesShardDependsOnItsLoginAloneNotOnTheOrderOrTheOtherLines() {
        List<String> logins =
                new ArrayList<>(IntStream.range(0, 60).mapToObj(i -> "dev" + i).toList());
        Set<String> before =
                loginsOf(CandidateList.parse(String.join("\n", logins)).shard(new Shard(2, 3)));
        Collections.shuffle(logins, new Random(7));
        logins.add(0, "newcomer");
        logins.add("# a comment");
        Set<String> after =
                loginsOf(CandidateList.parse(String.join("\n", logins)).shard(new Shard(2, 3)));

        after.remove("newcomer");
        assertThat(after).isEqualTo(before).isNotEmpty();
        for (int index = 1; index <= 3; index++) {
            assertThat(CandidateList.parse("DEV1")
                            .shard(new Shard(index, 3))
                            .candidates()
                            .isEmpty())
                    .as("case is ignored")
                    .isEqualTo(CandidateList.parse("dev1")
                            .shard(new Shard(index, 3))
                            .candidates()
                            .isEmpty());
        }
    }

    @Test
    void linesThatAreNotCandidatesGoWithTheFirstShardOnly() {
        CandidateList list = CandidateList.parse("alice\nnot a login!\nbob\nalice\n");

        assertThat(list.shard(new Shard(1, 2)).problems())
                .extracting(CandidateList.Problem::line)
                .containsExactly(2, 4);
        assertThat(list.shard(new Shard(2, 2)).problems()).isEmpty();
        assertThat(list.shard(Shard.WHOLE)).isEqualTo(list);
    }

    @Test
    void shardIsIOfNWithIFromOneToN() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.WHOLE);
        assertThatThrownBy(() -> Shard.parse("5/4")).hasMessageContaining("1 <= I <= N");
        assertThatThrownBy(() -> Shard.parse("0/4")).hasMessageContaining("1 <= I <= N");
        assertThatThrownBy(() -> Shard.parse("half")).hasMessageContaining("I/N, e.g. 2/4");
    }

    private static Set<String> loginsOf(CandidateList list) {
        return list.candidates().stream()
                .map(CandidateList.Candidate::login)
                .collect(Collectors.toCollection(HashSet::new));
    }
}

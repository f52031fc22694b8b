package dev.hireable.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateListTest {

    @Test
    void oneLoginALineWithCommentsAndBlankLines() {
        CandidateList list = CandidateList.parse("# shortlist, round 1\r\noctocat\n\n  jdoe-ml   # strong MLOps\nA1\n");

        assertThat(list.candidates()).extracting(CandidateList.Candidate::login).containsExactly("octocat", "jdoe-ml", "A1");
        assertThat(list.candidates()).extracting(CandidateList.Candidate::line).containsExactly(2, 4, 5);
        assertThat(list.problems()).isEmpty();
    }

    @Test
    void profileUrlsAndAtSignsGiveTheLogin() {
        CandidateList list = CandidateList.parse("https://github.com/octocat\ngithub.com/jdoe-ml/\n@mona\n");

        assertThat(list.candidates()).extracting(CandidateList.Candidate::login).containsExactly("octocat", "jdoe-ml", "mona");
    }

    @Test
    void badLineIsReportedWithItsNumberAndTheOthersCount() {
        CandidateList list = CandidateList.parse("octocat\nnot a login!\n-leading\ntrailing-\ndouble--hyphen\n"
                + "a".repeat(40) + "\nmona\n");

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
        assertThat(CandidateList.parse("\uFEFFoctocat\n").candidates()).extracting(CandidateList.Candidate::login).containsExactly("octocat");
    }
}

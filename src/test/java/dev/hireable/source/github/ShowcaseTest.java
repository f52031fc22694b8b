package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShowcaseTest {

    @Test
    void readmeLinksToTheUsersOwnRepositoriesCountInOrderOfAppearance() {
        String readme = "![ci](https://github.com/jdoe/churn/actions/workflows/ci.yml/badge.svg)\n"
                + "- [Sentiment](https://github.com/JDoe/sentiment-bert)\n- [Churn again](https://github.com/jdoe/churn)\n"
                + "- [A friend](https://github.com/friend/thing) and [my profile](https://github.com/jdoe/jdoe)\n";
        assertThat(Showcase.linked("jdoe", readme, "github.com"))
                .extracting(RepoRef::id)
                .containsExactly("jdoe/churn", "JDoe/sentiment-bert");
    }

    @Test
    void manifestListsProjectsAndNotesWhatItCannotRead() {
        List<String> notes = new ArrayList<>();
        List<RepoRef> projects = Showcase.manifest(
                "jdoe/jdoe",
                "projects:\n  - jdoe/churn\n  - acme/mono:models/forecast\n  - 42\n  - jdoe/churn\n",
                notes::add);
        assertThat(projects).extracting(RepoRef::id).containsExactly("jdoe/churn", "acme/mono:models/forecast");
        assertThat(notes).singleElement().asString().contains("'42' is not OWNER/NAME");
    }

    @Test
    void invalidManifestIsIgnoredWithANote() {
        List<String> notes = new ArrayList<>();
        assertThat(Showcase.manifest("jdoe/jdoe", "projects: [unclosed", notes::add))
                .isEmpty();
        assertThat(notes).singleElement().asString().contains("not valid YAML");
    }

    @Test
    void manifestWithAYamlAliasIsIgnoredWithANoteNamingTheAlias() {
        List<String> notes = new ArrayList<>();
        assertThat(Showcase.manifest("jdoe/jdoe", "mine: &me jdoe/churn\nprojects:\n  - *me\n", notes::add))
                .isEmpty();
        assertThat(notes).singleElement().asString().contains("YAML alias '*me' (line 3)");
    }
}

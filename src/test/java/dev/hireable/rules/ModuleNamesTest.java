package dev.hireable.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleDoc;
import dev.hireable.rules.ignores.Ignore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One name per module: its package, its rule file, the prefix of its rule and signal ids, its fixture folder and the
 * ignore key of .hireable.yml are all the same word, so a reader who knows one finds the others.
 */
class ModuleNamesTest {

    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private static final List<RuleModule> MODULES = Modules.all(CATALOG);

    @Test
    void everyModuleLivesInThePackageOfItsName() {
        assertThat(MODULES)
                .allSatisfy(module -> assertThat(module.getClass().getPackageName())
                        .isEqualTo("dev.hireable.rules." + module.name()));
    }

    @Test
    void everyModuleIsRegisteredUnderItsOwnName() {
        assertThat(Modules.names())
                .containsExactlyElementsOf(
                        MODULES.stream().map(RuleModule::name).toList());
    }

    @Test
    void anEngineThatBuildsItsModulesLaterListsTheSignalsInTheSameOrder() {
        assertThat(new RuleEngine(CATALOG).legend()).isEqualTo(new RuleEngine(CATALOG, MODULES).legend());
    }

    @Test
    void everyModuleReadsTheRuleFileOfItsName() {
        assertThat(MODULES).allSatisfy(module -> assertThat(CATALOG.fileNames()).contains(module.name() + ".yaml"));
    }

    @Test
    void everyRuleAndSignalIdStartsWithTheNameOfTheFileThatDeclaresIt() {
        for (RuleModule module : MODULES) {
            assertThat(CATALOG.signalsOf(module.name()).keySet()).allMatch(id -> id.startsWith(module.name() + "."));
        }
        assertThat(CATALOG.signals().values())
                .allSatisfy(spec -> assertThat(spec.id()).startsWith(spec.module() + "."));
        List<String> files =
                CATALOG.fileNames().stream().map(RuleCatalog::moduleName).toList();
        assertThat(CATALOG.docs())
                .extracting(RuleDoc::id)
                .allSatisfy(id -> assertThat(files).contains(id.substring(0, id.indexOf('.'))));
    }

    @Test
    void everyFixtureFolderIsNamedAfterAModuleOrAnAreaOfItsOwn() throws Exception {
        List<String> modules = MODULES.stream().map(RuleModule::name).toList();
        List<String> areas = List.of("action", "github", "parity", "portfolios", "usage");
        try (var folders = Files.list(Path.of("src", "test", "resources", "fixtures"))) {
            assertThat(folders.map(f -> f.getFileName().toString()))
                    .allSatisfy(name -> assertThat(modules.contains(name) || areas.contains(name))
                            .as(name)
                            .isTrue());
        }
    }

    @Test
    void theNameOfEveryModuleIsAnIgnoreKeyThatCoversItsRules() {
        for (RuleModule module : MODULES) {
            Ignore ignore = new Ignore(module.name(), "a reason");
            List<String> own = CATALOG.docs().stream()
                    .map(RuleDoc::id)
                    .filter(id -> id.startsWith(module.name() + "."))
                    .toList();
            assertThat(own).as(module.name()).isNotEmpty().allMatch(ignore::covers);
        }
    }
}

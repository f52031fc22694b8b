package dev.hireable.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layout telling the design of ../shared/ARCHITECTURE.md: data flows one way, source → snapshot →
 * rules → standard → report, with the CLI on top wiring the stages.
 */
class PipelineArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hireable");
    }

    @Test
    void pipelineStagesDependOnlyOnEarlierStages() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("snapshot")
                .definedBy("dev.hireable.snapshot..")
                .layer("source")
                .definedBy("dev.hireable.source..")
                .layer("rules")
                .definedBy("dev.hireable.rules..")
                .optionalLayer("probe")
                .definedBy("dev.hireable.probe..")
                .layer("standard")
                .definedBy("dev.hireable.standard..")
                .layer("audit")
                .definedBy("dev.hireable.audit..")
                .optionalLayer("batch")
                .definedBy("dev.hireable.batch..")
                .layer("report")
                .definedBy("dev.hireable.report..")
                .layer("cli")
                .definedBy("dev.hireable.cli..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("batch")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("batch", "cli")
                .whereLayer("audit")
                .mayOnlyBeAccessedByLayers("report", "batch", "cli")
                .whereLayer("standard")
                .mayOnlyBeAccessedByLayers("audit", "report", "batch", "cli")
                .whereLayer("probe")
                .mayOnlyBeAccessedByLayers("standard", "audit", "cli")
                .whereLayer("rules")
                .mayOnlyBeAccessedByLayers("probe", "standard", "audit", "report", "batch", "cli")
                .whereLayer("source")
                .mayOnlyBeAccessedByLayers("audit", "report", "batch", "cli")
                .check(classes);
    }

    @Test
    void snapshotIsTheFoundationAndDependsOnNoOtherStage() {
        noClasses()
                .that()
                .resideInAPackage("dev.hireable.snapshot..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.hireable.source..",
                        "dev.hireable.rules..",
                        "dev.hireable.standard..",
                        "dev.hireable.audit..",
                        "dev.hireable.report..",
                        "dev.hireable.cli..")
                .check(classes);
    }

    @Test
    void onlyTheSourceStageTalksToGitHub() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.hireable.source..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kohsuke.github..", "okhttp3..")
                .check(classes);
    }

    @Test
    void onlyTheCliKnowsPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.hireable.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void ruleModulesDoNotDependOnEachOther() {
        slices().matching("dev.hireable.rules.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "dev.hireable.rules.catalog..", "dev.hireable.rules.context.."))
                .check(classes);
    }
}

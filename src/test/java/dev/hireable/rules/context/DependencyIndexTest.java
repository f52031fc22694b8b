package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.testing.RuleFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyIndexTest {

    private final RuleFixtures fixtures = new RuleFixtures();

    @TempDir
    Path repo;

    @Test
    void requirementsLinesGiveNormalisedNamesWithLineNumbers() throws IOException {
        write(
                "requirements.txt",
                "# core\npandas>=2.0\nscikit_learn==1.4.2\n-r dev.txt\nmlflow[extras] ; python_version>'3.8'\n");

        assertThat(index().all())
                .extracting(Dependency::name, Dependency::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pandas", 2),
                        org.assertj.core.groups.Tuple.tuple("scikit-learn", 3),
                        org.assertj.core.groups.Tuple.tuple("mlflow", 5));
    }

    @Test
    void utf16RequirementsWithByteOrderMarkAreRead() throws IOException {
        Path file = repo.resolve("requirements.txt");
        byte[] body = "wandb==0.17\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(file, withBom);

        assertThat(index().named(List.of("wandb")))
                .singleElement()
                .extracting(Dependency::line)
                .isEqualTo(1);
    }

    @Test
    void pyprojectDependencyArraysAndPoetryTablesAreRead() throws IOException {
        write("pyproject.toml", """
                [project]
                name = "churn"
                dependencies = [
                  "fastapi>=0.110",
                  "mlflow",
                ]

                [tool.poetry.dependencies]
                python = "^3.11"
                evidently = "^0.4"
                """);

        assertThat(index().all()).extracting(Dependency::name).containsExactly("fastapi", "mlflow", "evidently");
    }

    @Test
    void condaEnvironmentListsCondaAndPipPackages() throws IOException {
        write(
                "environment.yml",
                "name: ml\ndependencies:\n  - python=3.11\n  - conda-forge::prefect\n  - pip\n  - pip:\n    - neptune\n");

        assertThat(index().all()).extracting(Dependency::name).containsExactly("prefect", "neptune");
    }

    @Test
    void setupPyInstallRequiresAndSetupCfgAreRead() throws IOException {
        write(
                "setup.py",
                "from setuptools import setup\nsetup(name='x', install_requires=['bentoml>=1.2', 'torch'])\n");
        write("sub/setup.cfg", "[options]\ninstall_requires =\n    comet-ml\n    numpy\npython_requires = >=3.9\n");

        assertThat(index().all())
                .extracting(Dependency::name)
                .containsExactlyInAnyOrder("bentoml", "torch", "comet-ml", "numpy");
    }

    private DependencyIndex index() {
        return DependencyIndex.build(fixtures.open(repo), fixtures.sources());
    }

    private void write(String path, String text) throws IOException {
        RuleFixtures.write(repo, path, text);
    }
}

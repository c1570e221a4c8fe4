package dev.datalayerlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.fixtures.SpecFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec-lint goal on throwaway projects with the real core. */
class SpecLintMojoTest {

    @TempDir
    Path project;

    private final ValidateMojoTest.CapturingLog log = new ValidateMojoTest.CapturingLog();
    private SpecLintMojo mojo;

    @BeforeEach
    void mojo() {
        mojo = new SpecLintMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.specs = project.resolve("specs").toFile();
        mojo.failOn = "error";
        mojo.formats = List.of("json");
        mojo.outputDirectory = project.resolve("target/datalayer-lint/spec").toFile();
    }

    private void page(String fixture) throws Exception {
        Path target = project.resolve("specs").resolve(fixture);
        Files.createDirectories(target.getParent());
        Files.copy(SpecFixtures.root().resolve(fixture), target);
    }

    @Test
    void aBrokenPageFailsTheBuildWithItsFindingsLogged() throws Exception {
        page("events/ecommerce/refund.md");
        page("events/ecommerce/purchase.md");
        page("schemas/item.md");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("7 findings at or above error");
        assertThat(log.errors)
                .anyMatch(line -> line.startsWith("specs/events/ecommerce/refund.md:55:96 error")
                        && line.endsWith("[spec.pattern-on-number]"));
        assertThat(project.resolve("target/datalayer-lint/spec/report.json"))
                .content()
                .contains("spec.ga4-unknown-parameter");
    }

    @Test
    void cleanPagesPassAndAMissingFolderLintsNothing() throws Exception {
        mojo.execute();
        assertThat(log.infos).anyMatch(line -> line.contains("nothing linted"));

        page("events/ecommerce/purchase.md");
        page("schemas/item.md");
        mojo.execute();
        assertThat(log.errors).isEmpty();
    }
}

package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release configuration ({@code jreleaser.yml}) is valid: JReleaser's own {@code config} goal reads and checks it
 * (GitHub release, distribution archives and jar, Homebrew formula, jbang catalog) in a throwaway repository whose
 * {@code origin} is the project's GitHub address, at the version a release would carry (JReleaser leaves the Homebrew
 * and jbang packagers out of a snapshot). The goal contacts nobody; the token it insists on is a dummy.
 */
class JReleaserConfigIT {

    @Test
    void theReleaseConfigurationIsValid(@TempDir Path repo) throws IOException {
        Path root = ProcessRun.root();
        Files.copy(root.resolve("jreleaser.yml"), repo.resolve("jreleaser.yml"));
        Files.writeString(repo.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.datalayerlint</groupId>
                  <artifactId>datalayer-lint-release-check</artifactId>
                  <version>%s</version>
                  <packaging>pom</packaging>
                </project>
                """.formatted(
                        System.getProperty("datalayer.version", "0.1.0").replace("-SNAPSHOT", "")));
        git(repo, "init", "-q", ".");
        git(repo, "add", "-A");
        git(repo, "-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-q", "-m", "release check");
        git(repo, "remote", "add", "origin", "https://github.com/datalayer-lint/datalayer-lint.git");

        ProcessRun config = ProcessRun.of(
                repo,
                Map.of("JRELEASER_GITHUB_TOKEN", "config-only", "MAVEN_ARGS", "--batch-mode --no-transfer-progress"),
                List.of(
                        root.resolve("mvnw").toString(),
                        "org.jreleaser:jreleaser-maven-plugin:" + System.getProperty("jreleaser.version", "1.23.0")
                                + ":config",
                        "-Djreleaser.config.file=jreleaser.yml"));

        assertThat(config.exitCode()).as(config.out() + config.err()).isZero();
        assertThat(config.out())
                .contains("BUILD SUCCESS")
                .contains("homebrew-tap")
                .contains("jbang-catalog")
                .doesNotContain("[ERROR]");
    }

    private static void git(Path repo, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessRun run = ProcessRun.of(repo, Map.of(), command);
        assertThat(run.exitCode())
                .as(String.join(" ", command) + ": " + run.err())
                .isZero();
    }
}

package dev.datalayerlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterConfigTest {

    @TempDir
    Path dir;

    @Test
    void theStarterIsAValidConfigurationThatChangesNoDefault() {
        Path file = StarterConfig.write(dir);
        LintConfig config = ConfigLoader.load(file);
        assertThat(config.rules()).isEqualTo(LintConfig.DEFAULTS.rules());
        assertThat(config.failOn()).isEqualTo(LintConfig.DEFAULTS.failOn());
        assertThat(config.ignore()).isEmpty();
        assertThat(config.jsLimits()).isEqualTo(LintConfig.DEFAULTS.jsLimits());
        assertThat(StarterConfig.text()).contains("# ").contains("docs/configuration.md");
    }

    @Test
    void neverOverwritesAConfigurationFileOfAnyName() throws IOException {
        Files.writeString(dir.resolve("datalayer-lint.yml"), "failOn: warning\n");
        assertThatThrownBy(() -> StarterConfig.write(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage("datalayer-lint.yml already exists; init never overwrites a configuration file");
        assertThat(Files.readString(dir.resolve("datalayer-lint.yml"))).isEqualTo("failOn: warning\n");
    }
}

package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecRenderCommandTest {

    @Test
    void theRenderedRefundPageLintsClean(@TempDir Path temp) throws Exception {
        CliRun render = CliRun.in(temp, "spec", "render", "ga4/refund", "--output", "refund.md");
        assertThat(render.exitCode()).isEqualTo(ExitCode.OK);
        String page = Files.readString(temp.resolve("refund.md"));
        assertThat(page)
                .contains("## Javascript Code", "dataLayer.push({ ecommerce: null });", "event: \"refund\"")
                .contains("currency: \"<currency>\", // REQUIRED | string | ex. USD | pattern: ^[A-Z]{3}$")
                .contains("| transaction_id | string | required |");

        CliRun lint = CliRun.in(temp, "spec", "lint", "--fail-on", "info", "refund.md");
        assertThat(lint.exitCode()).as(lint.out()).isEqualTo(ExitCode.OK);
    }

    @Test
    void anUnknownContractIsAUsageError() {
        CliRun cli = CliRun.of("spec", "render", "ga4/refnud");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err()).contains("no contract or schema file 'ga4/refnud'");
    }
}

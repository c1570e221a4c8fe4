package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format/--output/--output-dir}, run in-process through {@link Main#run}. */
class ValidateOutputTest {

    @TempDir
    Path temp;

    private static CliRun run(boolean color, String... args) {
        return color ? CliRun.colored(args) : CliRun.of(args);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String refund() {
        return Fixtures.root().resolve("refund").toString();
    }

    private static String valid() {
        return Fixtures.root().resolve("refund/valid-jpy.json").toString();
    }

    @Test
    void outputWritesTheReportToAFileInsteadOfStdout() throws Exception {
        Path file = temp.resolve("nested/dir/report.sarif");
        CliRun run = run("validate", "--format", "sarif", "--output", file.toString(), refund());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        String sarif = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(sarif).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"money.decimals\"");
    }

    @Test
    void outputDirWritesEveryFormatUnderItsDefaultName() throws Exception {
        Path dir = temp.resolve("reports");
        CliRun run =
                run("validate", "--format", "junit", "--format", "SARIF", "--output-dir", dir.toString(), refund());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("report.junit.xml", "report.sarif");
        }
        assertThat(Files.readString(dir.resolve("report.junit.xml")))
                .startsWith("<?xml")
                .contains("<testsuites");
        assertThat(Files.readString(dir.resolve("report.sarif"))).contains("\"$schema\"");
    }

    @Test
    void outputDirWithOneFormatAndACleanRunExitsZero() throws Exception {
        Path dir = temp.resolve("one");
        CliRun run = run("validate", "--output-dir", dir.toString(), valid());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("report.txt"))).contains("0 problems");
    }

    @Test
    void severalFormatsWithoutOutputDirIsAUsageError() {
        CliRun run = run("validate", "--format", "json", "--format", "junit", refund());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--output-dir");

        CliRun withFile = run(
                "validate",
                "--format",
                "json",
                "--format",
                "junit",
                "--output",
                temp.resolve("r").toString(),
                refund());
        assertThat(withFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(temp.resolve("r")).doesNotExist();
    }

    @Test
    void outputAndOutputDirTogetherIsAUsageError() {
        CliRun run = run(
                "validate",
                "--output",
                temp.resolve("a").toString(),
                "--output-dir",
                temp.resolve("b").toString(),
                refund());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("cannot be combined");
    }

    @Test
    void anUnwritableOutputIsAUsageError() throws Exception {
        Path blocker = Files.writeString(temp.resolve("file"), "x");
        CliRun run = run("validate", "--output", blocker.resolve("report.txt").toString(), valid());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("cannot write the text report");
    }

    @Test
    void coloursOnlyOnAColourTerminalAndNeverInFiles() throws Exception {
        assertThat(run(true, "validate", refund()).out()).contains("\u001b[");
        assertThat(run(false, "validate", refund()).out()).doesNotContain("\u001b[");
        Path file = temp.resolve("report.txt");
        run(true, "validate", "--output", file.toString(), refund());
        assertThat(Files.readString(file)).doesNotContain("\u001b[").contains("problems");
    }

    @Test
    void noColorTurnsColoursOff() {
        assertThat(Terminal.colorWanted(true, null)).isTrue();
        assertThat(Terminal.colorWanted(true, "")).isTrue();
        assertThat(Terminal.colorWanted(true, "1")).isFalse();
        assertThat(Terminal.colorWanted(false, null)).isFalse();
    }

    @Test
    void forceColorTurnsColoursOnOffATerminalUnlessNoColorSaysOtherwise() {
        assertThat(Terminal.colorWanted(false, null, "1")).isTrue();
        assertThat(Terminal.colorWanted(false, null, "true")).isTrue();
        assertThat(Terminal.colorWanted(false, null, "0")).isFalse();
        assertThat(Terminal.colorWanted(false, null, "false")).isFalse();
        assertThat(Terminal.colorWanted(false, null, "")).isFalse();
        assertThat(Terminal.colorWanted(false, "1", "1")).isFalse();
        assertThat(Terminal.colorWanted(true, null, null)).isTrue();
    }

    @Test
    void colorAndNoColorFlagsWinOverTheTerminal() throws Exception {
        assertThat(run(false, "validate", "--color", refund()).out()).contains("\u001b[");
        assertThat(run(true, "validate", "--no-color", refund()).out()).doesNotContain("\u001b[");
    }
}

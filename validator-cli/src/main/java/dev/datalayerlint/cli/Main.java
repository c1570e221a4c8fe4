package dev.datalayerlint.cli;

import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.ToolInfo;
import dev.datalayerlint.core.spi.UsageException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code datalayer-lint} command. {@link #run} is the whole program, used by {@code main} and by tests alike:
 * reports go to {@code out}, diagnostics to {@code err}, and nothing but {@code main} calls {@code System.exit}.
 */
@Command(
        name = "datalayer-lint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validates Google Tag Manager dataLayer pushes against JSON Schema contracts.",
        footer = {"", "Exit codes: 0 clean, 1 findings at the fail level, 2 usage error, 3 internal error."})
public final class Main {

    /**
     * The subcommands by name, in the order {@code --help} lists them ({@code help} comes last). picocli reads a
     * command's annotations when it is added, which is most of its set-up time, so a run that names one of these
     * first adds that one alone; any other first word (an option, {@code help}, a typo) gets them all.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand.class);
        commands.put("replay", ReplayCommand.class);
        commands.put("contracts", ContractsCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("explain", ExplainCommand.class);
        commands.put("init", InitCommand.class);
        commands.put("capture", CaptureCommand.class);
        commands.put("spec", SpecCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        boolean color = Terminal.colorWanted(
                Terminal.stdoutIsTerminal(), System.getenv("NO_COLOR"), System.getenv("FORCE_COLOR"));
        int code;
        try {
            code = run(Path.of(""), System.in, out, err, color, args);
        } catch (OutOfMemoryError e) {
            err.println("datalayer-lint: out of memory; give the JVM more heap, e.g. DATALAYER_LINT_JAVA_OPTS=-Xmx2g"
                    + " (memory grows with the number of distinct transactions in a recording)");
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line in the process's working directory and returns its exit code; no colours. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return run(Path.of(""), in, out, err, false, args);
    }

    /**
     * Runs the command line as if started in {@code workingDirectory}: relative paths, the configuration file that
     * is looked for and the file names in reports all go from there. Returns the exit code.
     *
     * @param color whether standard output is a terminal that wants colours
     */
    public static int run(
            Path workingDirectory, InputStream in, PrintWriter out, PrintWriter err, boolean color, String... args) {
        CommandLine commandLine = new CommandLine(
                new Main(), new Factory(in, workingDirectory.toAbsolutePath().normalize(), color));
        // Before the settings below: picocli gives them to the subcommands present when each is set.
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            commandLine.addSubcommand(args[0], named);
        } else {
            SUBCOMMANDS.forEach(commandLine::addSubcommand);
            commandLine.addSubcommand("help", CommandLine.HelpCommand.class);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("datalayer-lint: " + Suggestions.message(e));
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof UsageException) {
                failed.getErr().println("datalayer-lint: " + e.getMessage());
                return ExitCode.USAGE;
            }
            if (e instanceof InvalidPathException invalid) {
                failed.getErr().println("datalayer-lint: " + unusablePath(invalid));
                return ExitCode.USAGE;
            }
            failed.getErr().println("datalayer-lint: internal error: " + e + " (run with --debug for details)");
            if (parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))) {
                e.printStackTrace(failed.getErr());
            }
            return ExitCode.INTERNAL;
        });
        return commandLine.execute(args);
    }

    /**
     * A path the JVM cannot turn into a file name: under a non-UTF-8 locale ({@code LC_ALL=C}) a non-ASCII argument is
     * already lost when it reaches {@code main}. A usage error with the way out, not an internal error.
     */
    static String unusablePath(InvalidPathException e) {
        return "cannot use the path '" + PrintableText.escape(e.getInput()) + "': it holds characters the file-name"
                + " encoding of this locale (" + System.getProperty("sun.jnu.encoding", "?") + ") cannot represent;"
                + " run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
    }

    /** Gives commands the standard input, the working directory and whether standard output wants colours. */
    private record Factory(InputStream in, Path workingDirectory, boolean color) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(in, workingDirectory, color));
            }
            if (type == InitCommand.class) {
                return type.cast(new InitCommand(workingDirectory));
            }
            if (type == CaptureCommand.class) {
                return type.cast(new CaptureCommand(workingDirectory, color));
            }
            if (type == SpecLintCommand.class) {
                return type.cast(new SpecLintCommand(workingDirectory, color));
            }
            if (type == ReplayCommand.class) {
                return type.cast(new ReplayCommand(workingDirectory));
            }
            if (type == ContractsCommand.class) {
                return type.cast(new ContractsCommand(workingDirectory));
            }
            if (type == SpecCompileCommand.class) {
                return type.cast(new SpecCompileCommand(workingDirectory));
            }
            if (type == SpecRenderCommand.class) {
                return type.cast(new SpecRenderCommand(workingDirectory));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                ToolInfo.CURRENT.name() + " " + ToolInfo.CURRENT.version(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
            };
        }
    }
}

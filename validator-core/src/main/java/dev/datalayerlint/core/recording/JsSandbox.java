package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.JsLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The locked-down GraalJS set-up shared by all JavaScript recordings of a process: one {@link Engine} (≈0.3 s to
 * create, so made once and only when the first {@code .js} recording is read; a JSON-only run never pays for it), a
 * fresh {@link Context} per recording (≈1 ms on a shared engine; a context is dead once a limit has tripped). Time
 * limits are kept by a {@link ScriptWatchdog} per recording.
 *
 * <p>Contexts use the community build's strictest working policy, {@link SandboxPolicy#CONSTRAINED}: JavaScript only,
 * no host class lookup, no IO, no environment, no threads, no processes, no native access, no polyglot access, output
 * discarded. On a stock JDK GraalJS runs in its interpreter and would print a warning about it; the engine option
 * {@code engine.WarnInterpreterOnly=false} and discarded engine streams keep that away from users.
 */
final class JsSandbox {

    /** The sandbox every {@link JsRecordingReader} made with a public constructor uses. */
    static final JsSandbox SHARED = new JsSandbox();

    static final String PRELUDE_NAME = "<datalayer-lint page environment>";

    private static final String PRELUDE_RESOURCE = "page-environment.js";

    /**
     * Which statements count against the statement limit: the recording's and the code it creates ({@code eval},
     * {@code new Function}, string timers), never the page set-up script's. Its install and its recorder run on every
     * push, so counting them would charge a recording for our own bookkeeping and make the limit a number no user can
     * work out. GraalJS wants one filter instance for all contexts of a shared engine. In a holder of its own, so
     * that a run reading no script loads no GraalJS class at all (the lambda's type names {@link Source}).
     */
    private static final class Counted {
        static final Predicate<Source> FILTER = source -> !source.isInternal()
                && !PRELUDE_NAME.equals(source.getName())
                && !UNCOUNTED_SCHEME.equals(source.getURI().getScheme());
    }

    /**
     * The URI scheme of a recording's literal statements when they have to run after all ({@link JsRecordingRun}):
     * their statements were counted before the run began, so they do not count again.
     */
    static final String UNCOUNTED_SCHEME = "datalayer-lint-counted-ahead";

    private final Object lock = new Object();
    private volatile Engine engine;
    private volatile Source prelude;

    /** Whether the engine exists yet: a test hook proving that nothing starts GraalJS before a script is read. */
    boolean isStarted() {
        return engine != null;
    }

    /** The shared engine, created on first use. */
    Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (lock) {
                e = engine;
                if (e == null) {
                    e = Engine.newBuilder("js")
                            .sandbox(SandboxPolicy.CONSTRAINED)
                            .useSystemProperties(false)
                            .in(InputStream.nullInputStream())
                            .out(OutputStream.nullOutputStream())
                            .err(OutputStream.nullOutputStream())
                            .logHandler(OutputStream.nullOutputStream())
                            .option("engine.WarnInterpreterOnly", "false")
                            .build();
                    prelude = Source.newBuilder("js", preludeText(), PRELUDE_NAME)
                            .cached(true)
                            .buildLiteral();
                    engine = e;
                }
            }
        }
        return e;
    }

    /** A fresh context for one recording, with its statement limit. */
    Context newContext(JsLimits limits) {
        return newContext(limits, 0);
    }

    /**
     * A fresh context for one recording whose {@code countedAhead} statements are charged before it starts: its
     * statement limit is that much lower.
     */
    Context newContext(JsLimits limits, long countedAhead) {
        return Context.newBuilder("js")
                .engine(engine())
                .sandbox(SandboxPolicy.CONSTRAINED)
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .allowHostAccess(HostAccess.CONSTRAINED)
                .allowHostClassLookup(className -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .timeZone(ZoneOffset.UTC)
                // no shell built-ins (print, load, Graal): a page has none and print would reach our streams
                .option("js.print", "false")
                .option("js.load", "false")
                .option("js.graal-builtin", "false")
                .resourceLimits(ResourceLimits.newBuilder()
                        .statementLimit(limits.statementLimit() - countedAhead, Counted.FILTER)
                        .build())
                .build();
    }

    /**
     * Tells whether texts parse as scripts, running nothing, in a context of its own made on first use; close it
     * when done.
     */
    final class Parser implements Predicate<String>, AutoCloseable {
        private Context context;

        @Override
        public boolean test(String script) {
            if (context == null) {
                context = newContext(JsLimits.DEFAULTS);
            }
            try {
                context.parse(Source.newBuilder("js", script, "parse-check.js")
                        .mimeType("application/javascript")
                        .cached(false)
                        .buildLiteral());
                return true;
            } catch (PolyglotException e) {
                return false;
            }
        }

        @Override
        public void close() {
            if (context != null) {
                context.close(true);
            }
        }
    }

    /** The page-environment script, evaluated first in every context. */
    Source prelude() {
        engine();
        return prelude;
    }

    private static String preludeText() {
        try (InputStream in = JsSandbox.class.getResourceAsStream(PRELUDE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PRELUDE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

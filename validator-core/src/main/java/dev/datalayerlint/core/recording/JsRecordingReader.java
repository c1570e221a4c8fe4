package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/**
 * Reads a JavaScript recording: a script that makes the page's {@code dataLayer.push(…)} and {@code gtag(…)} calls,
 * as pasted from a site or written by hand. It runs in a locked-down GraalJS sandbox (no host, files, network,
 * processes or threads; bounded statements and CPU time, see {@link JsLimits}) inside a browser-like page: {@code window} is the
 * global object, {@code window.dataLayer} an array whose {@code push} records, {@code gtag} the gtag.js snippet's
 * function, plus {@code setTimeout} and an inert {@code document} for GTM's container snippet.
 *
 * <p>Every value pushed is copied at push time (GTM reads pushes synchronously) and handed to the sink with the line
 * and column of the recording's {@code push(} or {@code gtag(} call. Several arguments to one {@code push} are
 * several pushes; a pushed function runs at once with {@code this.get}/{@code this.set} and becomes one
 * {@link PushKind#FUNCTION} push listing its sets. Entries an array already holds when it is assigned to
 * {@code dataLayer} count as pushed at the assignment.
 *
 * <p>A script of literal pushes only ({@link LiteralScript}), as most recordings are, is read as data with the same
 * result, without starting GraalJS. A script that is half or more runs of literal pushes between its code (a page's
 * set-up, what it pushed, a {@code gtag} call, more pushes) runs as one script with each run replaced by a call
 * ({@link LiteralRuns}) that reads the run as data, and puts its values into the page's array, when the code before
 * left the recorder's {@code dataLayer} and the built-in prototypes as they were; otherwise the run runs. Their
 * statements count against the statement limit either way.
 *
 * <p>Bad input never throws: syntax errors, uncaught exceptions, refused host access and tripped limits become
 * {@code input.*} problems, and pushes made before the failure stay delivered. The GraalJS engine is shared and
 * created only when the first script that needs running is read; each recording gets a fresh context and runs on a
 * thread of its own, watched by a {@link ScriptWatchdog}, while the caller's thread hands what it pushes to the sink
 * (so the sink is only ever called on the caller's thread). Instances are thread-safe.
 */
public final class JsRecordingReader implements RecordingReader {

    private final JsLimits limits;
    private final JsSandbox sandbox;
    private final boolean readsLiteralScripts;
    private final Consumer<Boolean> runsRead;

    /** A reader with {@link JsLimits#DEFAULTS}: 5 million statements, 30 seconds of CPU time. */
    public JsRecordingReader() {
        this(JsLimits.DEFAULTS);
    }

    public JsRecordingReader(JsLimits limits) {
        this(limits, JsSandbox.SHARED);
    }

    JsRecordingReader(JsLimits limits, JsSandbox sandbox) {
        this(limits, sandbox, true);
    }

    /** @param readsLiteralScripts false runs every script in the sandbox: the reference a test compares with */
    JsRecordingReader(JsLimits limits, JsSandbox sandbox, boolean readsLiteralScripts) {
        this(limits, sandbox, readsLiteralScripts, asData -> {});
    }

    /** @param runsRead told, for each literal run of a recording, whether it was read as data (true) or run (false) */
    JsRecordingReader(JsLimits limits, JsSandbox sandbox, boolean readsLiteralScripts, Consumer<Boolean> runsRead) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.readsLiteralScripts = readsLiteralScripts;
        this.runsRead = Objects.requireNonNull(runsRead, "runsRead");
    }

    public JsLimits limits() {
        return limits;
    }

    @Override
    public void read(RecordingSource source, PushSink sink) {
        String name = source.name();
        String text;
        try {
            text = source.text();
        } catch (CharacterCodingException e) {
            sink.problem(InputRules.ENCODING, "file is not valid UTF-8", SourceLocation.of(name));
            return;
        } catch (IOException | UncheckedIOException e) {
            sink.problem(
                    InputRules.SYNTAX,
                    "cannot read the recording: " + ScriptFailures.oneLine(String.valueOf(e.getMessage())),
                    SourceLocation.of(name));
            return;
        }
        if (readsLiteralScripts && LiteralScript.read(text, name, limits.statementLimit(), sink)) {
            return;
        }
        Source recording = Source.newBuilder("js", text, name)
                .mimeType("application/javascript") // a script, even when named *.mjs
                .cached(false)
                .buildLiteral();
        LiteralRuns literals = null;
        if (readsLiteralScripts) {
            try (JsSandbox.Parser parses = sandbox.new Parser()) {
                literals = LiteralRuns.plan(text, limits.statementLimit(), parses);
            }
        }
        SinkRelay relay = new SinkRelay();
        // the engine starts here if need be, on this thread: never counted
        Context context = sandbox.newContext(limits, literals == null ? 0 : literals.countedAhead());
        JsRecordingRun run =
                new JsRecordingRun(context, literals, sandbox.prelude(), recording, name, relay, limits, runsRead);
        ScriptWatchdog.Result result = null;
        try {
            result = new ScriptWatchdog(limits.cpuTime()).supervise(run::execute, run::timeOut, relay, sink);
        } finally {
            if (result != null && result.outcome() != ScriptWatchdog.Outcome.ABANDONED) {
                try {
                    context.close(true);
                } catch (RuntimeException alreadyClosed) {
                    // closed by the watchdog or dead after a limit: nothing left to release
                }
            }
        }
        switch (result.outcome()) {
            case ABANDONED -> sink.problem(new ScriptFailures(name, recording, limits).abandoned());
            case FINISHED, STOPPED -> rethrow(result.failure(), name, recording, sink);
        }
    }

    /** What the script's thread threw outside the script: running out of memory is the input's, the rest ours. */
    private void rethrow(Throwable failure, String name, Source recording, PushSink sink) {
        switch (failure) {
            case null -> {}
            case OutOfMemoryError memory ->
                sink.problem(new ScriptFailures(name, recording, limits).outOfMemory(SourceLocation.of(name), null));
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure);
        }
    }
}

package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.SourceLocation;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One recording's run in its own context: evaluates the page environment and the recording, answers the page's
 * callbacks (a push, a function push's {@code get}/{@code set}), hands pushes to the sink as they happen and turns
 * what stops the script into an input problem. Pushes delivered before a failure stay delivered.
 *
 * <p>Pushes made while a function push runs are held back until it ends, so the sink sees the function push first,
 * as GTM queues pushes made during processing behind the one being processed.
 */
final class JsRecordingRun {

    /**
     * Most timer callbacks and load listeners a page may run after its script, far above what a page does while it
     * is recorded (some 2.5 s of CPU in the sandbox); past it the run stops with {@code input.limit}.
     */
    static final int TASK_LIMIT = 100_000;

    private final Context context;
    private final LiteralRuns literals;
    private final Consumer<Boolean> runsRead;
    private int nextRun;
    private final Source prelude;
    private final Source recording;
    private final String file;
    private final PushSink sink;
    private final CallSiteLocator locator;
    private final ScriptFieldFinder fields;
    private final ScriptFailures failures;

    private PageEnvironment page;
    private JsSnapshot snapshot;
    private int nextIndex;
    private final Deque<Pending> openFunctions = new ArrayDeque<>();
    private final List<Pending> heldBack = new ArrayList<>();
    private volatile boolean timedOut;
    private RuntimeException hostFailure;
    private SourceLocation lastPush;

    /**
     * A run of the recording, or, with {@code literals}, of its script with runs of literal pushes replaced by calls
     * that read them as data when the code before them left nothing for them to do but record
     * ({@link PageEnvironment#literalsReady}), and run them otherwise.
     *
     * @param context a context whose statement limit has the runs' statements, if any, charged ahead
     * @param literals the plan for the recording's literal runs, or null to run it as it is
     * @param runsRead told, for each literal run, whether it was read as data (true) or run (false)
     */
    JsRecordingRun(
            Context context,
            LiteralRuns literals,
            Source prelude,
            Source recording,
            String file,
            PushSink sink,
            JsLimits limits,
            Consumer<Boolean> runsRead) {
        this.context = context;
        this.literals = literals;
        this.runsRead = runsRead;
        this.prelude = prelude;
        this.recording = recording;
        this.file = file;
        this.sink = sink;
        this.locator = new CallSiteLocator(file);
        this.fields = new ScriptFieldFinder(recording.getCharacters(), file);
        this.failures = new ScriptFailures(file, recording, limits);
    }

    /**
     * Called by the watchdog's stopping thread: stops the script wherever it is (or, in a built-in call that ignores
     * stopping, once that call returns); the context is unusable afterwards.
     */
    void timeOut() {
        timedOut = true;
        try {
            context.close(true);
        } catch (RuntimeException alreadyClosing) {
            // the run ended at the same moment
        }
    }

    /**
     * Runs the page set-up, then the recording, its DOMContentLoaded and load listeners, and its timers.
     *
     * @param setUpDone called once the page set-up is done: the recording's own execution starts there
     */
    void execute(Runnable setUpDone) {
        try {
            setUpPage();
            setUpDone.run();
            context.eval(literals == null ? recording : withCalls());
            if (runTimers()) {
                reportLostDataLayer();
            }
        } catch (PolyglotException e) {
            fail(e);
        } catch (IllegalStateException closed) {
            if (!timedOut) {
                throw closed;
            }
            problem(failures.timeout(SourceLocation.of(file)));
        } finally {
            closeOpenFunctions();
        }
        if (hostFailure != null) {
            throw hostFailure;
        }
    }

    private void setUpPage() {
        Value install = context.eval(prelude);
        page = new PageEnvironment(install.execute(hostCallbacks()));
        snapshot = new JsSnapshot(page);
        if (literals != null) {
            page.watchPrototypes();
            page.installLiteralsCall(LiteralRuns.CALL);
            String name = LiteralRuns.CALL;
            context.eval(Source.newBuilder(
                            "js",
                            "const " + name + " = globalThis." + name + "; delete globalThis." + name + ";",
                            JsSandbox.PRELUDE_NAME)
                    .cached(false)
                    .buildLiteral());
        }
    }

    /** The recording with its literal runs replaced by calls, at the recording's name, lines and columns. */
    private Source withCalls() {
        Source script = Source.newBuilder("js", literals.script(), file)
                .mimeType("application/javascript")
                .cached(false)
                .buildLiteral();
        failures.alsoLocate(script);
        return script;
    }

    /**
     * The call that replaces literal run {@code index}: reads it as data if the page left its statements nothing to
     * do but record, and puts its values into the page's array unless nothing could read them (the run ends the
     * script and no listener or timer is left); runs it otherwise. A call the recording makes itself, without the
     * token or out of turn, does nothing.
     */
    private void literalRun(int index, int token) {
        if (token != literals.token() || index != nextRun) {
            return;
        }
        nextRun++;
        LiteralScript.Run run = literals.runs().get(index);
        String text = recording.getCharacters().toString();
        boolean asData = page.literalsReady();
        runsRead.accept(asData);
        if (!asData) {
            runAlone(text, run);
            return;
        }
        PageArrayFiller filler = run.end() < text.length() || page.hasTasks() ? new PageArrayFiller(page) : null;
        nextIndex += LiteralScript.readRun(text, fields, file, run, nextIndex, (push, json) -> {
            if (timedOut) {
                throw new IllegalStateException("stopped");
            }
            sink.push(push);
            lastPush = push.location();
            if (filler != null) {
                filler.add(push.payload(), json);
            }
        });
        if (filler != null) {
            filler.flush();
        }
    }

    /**
     * Runs a literal run as a script of its own, at its lines and columns, in the middle of the recording's; its
     * statements were counted ahead, so its source has a URI the statement limit does not count.
     */
    private void runAlone(String text, LiteralScript.Run run) {
        String atItsLine = "\n".repeat(run.line() - 1) + text.substring(run.offset(), run.end()); // a run starts a line
        Source statements = Source.newBuilder("js", atItsLine, file)
                .uri(URI.create(JsSandbox.UNCOUNTED_SCHEME + ":/" + System.identityHashCode(this) + "/" + run.offset()))
                .mimeType("application/javascript")
                .cached(false)
                .buildLiteral();
        failures.alsoLocate(statements);
        context.eval(statements);
    }

    /**
     * Runs the page's lifecycle listeners, then the timers the script set; false if one stopped the script for good.
     * At most {@value #TASK_LIMIT} of them: a timer that sets itself again through built-ins alone runs no statement
     * the statement limit counts, and would otherwise only meet the CPU-time limit, which is not the same verdict on
     * every machine.
     */
    private boolean runTimers() {
        for (int tasks = 0; ; tasks++) {
            if (tasks == TASK_LIMIT) {
                problem(failures.tooManyTasks(TASK_LIMIT));
                return false;
            }
            try {
                if (!page.runNextTask()) {
                    return true;
                }
            } catch (PolyglotException e) {
                if (!fail(e)) {
                    return false;
                }
            }
        }
    }

    /** Reports a failure; true if the script may go on (an uncaught exception in a timer callback). */
    private boolean fail(PolyglotException e) {
        if (hostFailure != null) {
            return false; // the sink or this reader broke, not the recording: execute() rethrows it
        }
        closeOpenFunctions();
        boolean alive = e.isGuestException() && !e.isCancelled() && !e.isInterrupted() && !e.isResourceExhausted();
        String thrown = null;
        if (alive && !e.isSyntaxError() && page != null) {
            try {
                thrown = page.describeThrown(e.getGuestObject());
            } catch (PolyglotException | IllegalStateException unreadable) {
                thrown = null;
            }
        }
        problem(failures.classify(e, thrown, timedOut, lastPush));
        return alive && !e.isSyntaxError();
    }

    /** Pushes GTM would not see either: onto a {@code let}/{@code const dataLayer}, or a redefined property. */
    private void reportLostDataLayer() {
        PageEnvironment.LostDataLayer lost = page.lostDataLayer();
        if (lost == null) {
            return;
        }
        String entries = lost.entries() == 1
                ? "1 entry pushed onto it was not checked"
                : lost.entries() + " entries pushed onto it were not checked";
        String how = lost.reason().equals("lexical")
                ? "dataLayer is declared with let or const, which hides window.dataLayer from GTM: "
                : "window.dataLayer was deleted or redefined, so the recorder lost track of it: ";
        problem(new InputProblem(
                InputRules.RUNTIME,
                how + entries + " (use window.dataLayer = window.dataLayer || [])",
                SourceLocation.of(file)));
    }

    // --- callbacks from the page environment ----------------------------------------------------------------------

    private ProxyObject hostCallbacks() {
        return ProxyObject.fromMap(Map.of(
                "record", callback(args -> record(args[0], args[1].asString(), args[2].asBoolean())),
                "beginFunction", callback(args -> beginFunction(args[0].asString())),
                "modelGet", (ProxyExecutable) args -> guarded(() -> modelGet(args[0].asString())),
                "modelSet", callback(args -> modelSet(args[0].asString(), args[1])),
                "endFunction", callback(args -> endFunction()),
                "literals",
                        callback(args -> {
                            if (args.length == 2 && args[0].fitsInInt() && args[1].fitsInInt()) {
                                literalRun(args[0].asInt(), args[1].asInt());
                            }
                        })));
    }

    private interface Callback {
        void accept(Value[] args);
    }

    private ProxyExecutable callback(Callback body) {
        return args -> guarded(() -> {
            body.accept(args);
            return null;
        });
    }

    /**
     * Runs a callback. A guest exception (a throwing getter) goes back to the script as itself; anything else is a
     * failure of the sink or of this reader, kept to be rethrown from {@code read} whatever the script does with it.
     */
    private Object guarded(Supplier<Object> body) {
        if (hostFailure != null) {
            throw hostFailure;
        }
        try {
            return body.get();
        } catch (PolyglotException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!timedOut) { // once the watchdog closed the context, any failure here is just the stop
                hostFailure = e;
            }
            throw e;
        }
    }

    private void record(Value item, String stack, boolean viaPush) {
        JsSnapshot.Copy copy = snapshot.copy(item);
        SourceLocation location = locator.locate(stack, viaPush && copy.argumentsObject());
        Pending push = new Pending(location);
        push.complete(copy.payload(), Push.kindOf(copy.payload(), copy.argumentsObject()), copy.cuts());
        if (openFunctions.isEmpty()) {
            emit(push);
        } else {
            heldBack.add(push);
        }
    }

    private void beginFunction(String stack) {
        Pending push = new Pending(locator.locate(stack, false));
        push.sets = JsonNodeFactory.instance.arrayNode();
        if (!openFunctions.isEmpty()) {
            heldBack.add(push);
        }
        openFunctions.push(push);
    }

    private void modelSet(String key, Value value) {
        Pending function = openFunctions.peek();
        if (function == null) {
            return;
        }
        JsSnapshot.Copy copy = snapshot.copy(value);
        function.sets.addObject().set(key, copy.payload());
        function.cuts.addAll(copy.cuts());
    }

    private Object modelGet(String key) {
        for (Pending function : openFunctions) { // innermost first: a set earlier in this push wins
            for (int i = function.sets.size() - 1; i >= 0; i--) {
                JsonNode set = function.sets.get(i).get(key);
                if (set != null) {
                    return page.toJs(set);
                }
            }
        }
        return page.toJs(sink.modelValue(key));
    }

    private void endFunction() {
        Pending function = openFunctions.pop();
        function.complete(function.sets, PushKind.FUNCTION, function.cuts);
        if (openFunctions.isEmpty()) {
            emit(function);
            List<Pending> queued = new ArrayList<>(heldBack);
            heldBack.clear();
            queued.forEach(this::emit);
        }
    }

    /** After a failure inside a function push: deliver it and what it held back, with the sets made so far. */
    private void closeOpenFunctions() {
        if (hostFailure != null) {
            return;
        }
        while (!openFunctions.isEmpty()) {
            endFunction();
        }
    }

    private void emit(Pending push) {
        if (push.payload == null) {
            return;
        }
        SourceLocation at = push.location;
        PushKind kind = push.kind;
        sink.push(new Push(nextIndex++, push.payload, at, kind, pointer -> fields.find(at, kind, pointer)));
        lastPush = push.location;
        if (!push.cuts.isEmpty()) {
            String more = push.cuts.size() > 1 ? " (and " + (push.cuts.size() - 1) + " more)" : "";
            sink.problem(InputRules.LIMIT, "push payload cut: " + push.cuts.get(0) + more, push.location);
        }
    }

    private void problem(InputProblem problem) {
        sink.problem(problem);
    }

    /** A push on its way to the sink; a function push is filled in when its function returns. */
    private static final class Pending {
        final SourceLocation location;
        final List<String> cuts = new ArrayList<>();
        ArrayNode sets;
        JsonNode payload;
        PushKind kind;

        Pending(SourceLocation location) {
            this.location = location;
        }

        void complete(JsonNode payload, PushKind kind, List<String> cuts) {
            this.payload = payload;
            this.kind = kind;
            if (cuts != this.cuts) {
                this.cuts.addAll(cuts);
            }
        }
    }
}

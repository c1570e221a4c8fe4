package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.values.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal Chrome DevTools Protocol client on the JDK's WebSocket and Jackson: commands with ids, answers matched
 * to them, and events handed to one listener. It speaks to the browser endpoint and addresses pages through flat
 * sessions ({@code Target.attachToTarget} with {@code flatten: true}), so one socket serves the whole capture. That
 * is all a recorder needs; Selenium's or Playwright's clients would pin browser versions or bundle a driver.
 */
public final class CdpConnection implements AutoCloseable {

    /** An event the browser sent: its method, the session it belongs to (null for the browser) and its params. */
    public record Event(String method, String sessionId, JsonNode params) {}

    private final HttpClient http;
    private final WebSocket socket;
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Consumer<Event> events;
    private volatile String closedReason;

    private CdpConnection(HttpClient http, WebSocket socket, Consumer<Event> events, Listener listener) {
        this.http = http;
        this.socket = socket;
        this.events = events;
        listener.connection = this;
    }

    /**
     * Connects to a DevTools WebSocket.
     *
     * @param events receives every event, on the socket's thread: it must not block
     */
    public static CdpConnection open(String webSocketUrl, Consumer<Event> events, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        Listener listener = new Listener();
        try {
            WebSocket socket = http.newWebSocketBuilder()
                    .connectTimeout(timeout)
                    .buildAsync(URI.create(webSocketUrl), listener)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new CdpConnection(http, socket, events, listener);
        } catch (ExecutionException | TimeoutException e) {
            http.close();
            throw new CaptureException("cannot connect to the browser's DevTools at " + webSocketUrl + ": " + e, e);
        } catch (InterruptedException e) {
            http.close();
            Thread.currentThread().interrupt();
            throw new CaptureException("interrupted while connecting to the browser", e);
        }
    }

    /** Sends a command and waits for its result; a protocol error or a timeout is a {@link CaptureException}. */
    public JsonNode call(String sessionId, String method, ObjectNode params, Duration timeout) {
        CompletableFuture<JsonNode> answer = send(sessionId, method, params);
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CaptureException(method + " got no answer within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof CaptureException capture
                    ? capture
                    : new CaptureException(method + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException("interrupted while waiting for " + method, e);
        }
    }

    /** Sends a command; the future completes with its {@code result} or fails with the protocol's error. */
    public CompletableFuture<JsonNode> send(String sessionId, String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", params == null ? Json.MAPPER.createObjectNode() : params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        if (closedReason != null) {
            pending.remove(id);
            answer.completeExceptionally(new CaptureException("the browser connection is closed: " + closedReason));
            return answer;
        }
        synchronized (this) { // the JDK WebSocket allows one outstanding send at a time
            socket.sendText(Json.MAPPER.writeValueAsString(message), true).join();
        }
        return answer;
    }

    /** A fresh params object for {@link #call}. */
    public static ObjectNode params() {
        return Json.MAPPER.createObjectNode();
    }

    @Override
    public void close() {
        closedReason = "closed";
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
        http.close();
        failPending("closed");
    }

    private void received(String text) {
        JsonNode message;
        try {
            message = Json.MAPPER.readTree(text);
        } catch (RuntimeException e) {
            return; // not a protocol message: nothing to match it with
        }
        JsonNode id = message.get("id");
        if (id != null && id.canConvertToLong()) {
            CompletableFuture<JsonNode> answer = pending.remove(id.asLong());
            if (answer != null) {
                JsonNode error = message.get("error");
                if (error != null) {
                    answer.completeExceptionally(new CaptureException(error.path("message")
                                    .asString("error")
                            + (error.has("data") ? " (" + error.get("data").asString("") + ")" : "")));
                } else {
                    answer.complete(message.path("result"));
                }
            }
            return;
        }
        JsonNode method = message.get("method");
        if (method != null) {
            JsonNode session = message.get("sessionId");
            events.accept(
                    new Event(method.asString(), session == null ? null : session.asString(), message.path("params")));
        }
    }

    private void failPending(String reason) {
        closedReason = reason;
        for (Long id : pending.keySet()) {
            CompletableFuture<JsonNode> answer = pending.remove(id);
            if (answer != null) {
                answer.completeExceptionally(new CaptureException("the browser connection closed: " + reason));
            }
        }
    }

    /** Joins a message's fragments and hands whole messages to the connection. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile CdpConnection connection;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                CdpConnection target = awaitConnection();
                target.received(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            CdpConnection target = connection;
            if (target != null) {
                target.failPending("status " + statusCode);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            CdpConnection target = connection;
            if (target != null) {
                target.failPending(String.valueOf(error));
            }
        }

        /** The browser speaks only when asked, so a message before the constructor ran is all but impossible. */
        private CdpConnection awaitConnection() {
            while (connection == null) {
                Thread.onSpinWait();
            }
            return connection;
        }
    }
}

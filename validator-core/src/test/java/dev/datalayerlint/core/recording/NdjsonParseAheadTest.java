package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.RecordingSource;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Lines parsed ahead on other threads ({@link NdjsonRecordingReader#NdjsonRecordingReader(java.util.concurrent.Executor)})
 * hand on exactly what a reader that parses each line in turn does: the same pushes, hits, recordings and problems,
 * in the same order, with the same locations and wording, over many chunks of lines of every kind a capture can hold,
 * and up to the point where a file stops being readable.
 */
class NdjsonParseAheadTest {

    /** Three threads, so chunks finish out of order; daemons, never in the way of the JVM's exit. */
    private static final ExecutorService pool =
            Executors.newFixedThreadPool(3, Thread.ofPlatform().daemon().factory());

    @Test
    void seededCapturesOfEveryKindOfLineReadTheSame() {
        for (int seed = 1; seed <= 12; seed++) {
            byte[] file = capture(new Random(seed), 200 + new Random(seed).nextInt(4_000));
            assertSame(() -> new BytesSource("rec.ndjson", file), "seed " + seed);
        }
    }

    @Test
    void aCaptureEnvelopeInOrderAndOneHeldReadTheSame() {
        StringBuilder inOrder = new StringBuilder();
        StringBuilder shuffled = new StringBuilder();
        for (int seq = 0; seq < 3_000; seq++) {
            inOrder.append(envelope("a", seq, seq)).append('\n');
            shuffled.append(envelope(seq % 3 == 0 ? "b" : "a", seq % 7 == 0 ? 5_000 - seq : seq, seq))
                    .append('\n');
            if (seq % 400 == 0) {
                inOrder.append("{\"event\":\n");
                shuffled.append("{\"event\":\"bare\"}\n");
            }
        }
        assertSame(() -> new BytesSource("cap.ndjson", bytes(inOrder)), "one recording in order");
        assertSame(() -> new BytesSource("cap.ndjson", bytes(shuffled)), "two recordings, shuffled");
    }

    @Test
    void aFileThatStopsBeingReadableHandsOnWhatWasReadThenWhy() {
        byte[] file = capture(new Random(99), 3_000);
        for (int failAt : new int[] {0, 1, 5_000, 80_000, file.length - 1}) {
            HandedOn expected = read(new NdjsonRecordingReader(), failingAfter(file, failAt));
            HandedOn ahead = read(new NdjsonRecordingReader(pool), failingAfter(file, failAt));
            assertThat(ahead.all).as("failing after %d bytes", failAt).containsExactlyElementsOf(expected.all);
            assertThat(expected.all.getLast()).startsWith("problem input.unreadable");
        }
    }

    private static void assertSame(java.util.function.Supplier<RecordingSource> source, String what) {
        HandedOn expected = read(new NdjsonRecordingReader(), source.get());
        AtomicInteger tasks = new AtomicInteger();
        HandedOn ahead = read(
                new NdjsonRecordingReader(task -> {
                    tasks.incrementAndGet();
                    pool.execute(task);
                }),
                source.get());
        assertThat(expected.handedOn).as(what).isNotEmpty();
        assertThat(ahead.all).as(what).containsExactlyElementsOf(expected.all);
        assertThat(tasks.get()).as("%s: parsing tasks", what).isGreaterThan(1);
    }

    private static HandedOn read(NdjsonRecordingReader reader, RecordingSource source) {
        HandedOn events = new HandedOn();
        reader.read(source, events);
        return events;
    }

    /**
     * A capture of {@code lines} lines: pushes of ASCII and of other scripts, blank and white-space lines, broken
     * JSON, trailing text, bytes that are not UTF-8, lines too deep for the parser, CRLF endings and a byte-order mark.
     */
    private static byte[] capture(Random random, int lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextBoolean()) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (int i = 0; i < lines; i++) {
            int kind = random.nextInt(40);
            String line = switch (kind) {
                case 0 -> "";
                case 1 -> " \t ";
                case 2 -> "{\"event\":\"purchase\",\"ecommerce\":{\"value\":";
                case 3 -> "{\"event\":\"a\"} trailing";
                case 4 -> "{\"event\":\"café\",\"item_name\":\"Θέμα 🎁\"}";
                case 5 -> "[".repeat(1_200) + "]".repeat(1_200);
                case 6 -> "  {\"event\":\"indented\"}\r";
                case 7 -> "{\"event\":\"gtm.js\",\"gtm.start\":" + random.nextLong() + "}";
                default ->
                    "{\"event\":\"view_item\",\"ecommerce\":{\"currency\":\"EUR\",\"value\":" + random.nextInt(1_000)
                            + ".5,\"items\":[{\"item_id\":\"SKU-" + i + "\"}]}}";
            };
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (kind == 8) {
                out.write(0xE9); // Latin-1 é: not UTF-8
            }
            if (i < lines - 1 || random.nextBoolean()) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static String envelope(String recording, long seq, int n) {
        return "{\"recording\":\"" + recording + "\",\"seq\":" + seq + ",\"via\":\"push\",\"kind\":\"object\","
                + "\"push\":{\"event\":\"e" + n + "\"}}";
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of {@code file}, whose stream fails once {@code failAt} of them were read. */
    private static RecordingSource failingAfter(byte[] file, int failAt) {
        return new RecordingSource() {
            @Override
            public String name() {
                return "broken.ndjson";
            }

            @Override
            public java.io.Reader open() {
                throw new UnsupportedOperationException("read as bytes");
            }

            @Override
            public Optional<InputStream> openBytes() {
                return Optional.of(new FilterInputStream(new java.io.ByteArrayInputStream(file)) {
                    private int read;

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        if (read >= failAt) {
                            throw new IOException("the disk went away");
                        }
                        int n = super.read(buffer, offset, Math.min(length, failAt - read));
                        read += Math.max(n, 0);
                        return n;
                    }
                });
            }
        };
    }
}

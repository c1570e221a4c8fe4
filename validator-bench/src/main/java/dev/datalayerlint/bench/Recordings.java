package dev.datalayerlint.bench;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The pushes the benchmarks run on: a seeded shop session (clears, purchases of 1–20 items, full and partial refunds,
 * page views, one push in twenty broken), the kinds of pushes of {@code bench/generate.mjs} in small but far more
 * purchases and refunds than its mix; or the first pushes of a capture it wrote ({@link BenchSettings#capture}).
 */
final class Recordings {

    private Recordings() {}

    static final String PURCHASE = "{\"transaction_id\":\"T1\",\"currency\":\"USD\",\"value\":30.03,\"tax\":1.11,"
            + "\"shipping\":3.33,\"items\":[{\"item_id\":\"SKU_1\",\"item_name\":\"Tee\",\"price\":10.01,"
            + "\"quantity\":2},{\"item_id\":\"SKU_2\",\"price\":10.01,\"quantity\":1}]}";

    static final String BROKEN_PURCHASE = "{\"transaction_id\":\"T1\",\"currency\":\"usd\",\"value\":\"30.03\","
            + "\"items\":[{\"price\":-10.01,\"quantity\":1.5}]}";

    /** The first {@code pushes} lines of an NDJSON capture, each a push at its line. */
    static List<Push> firstPushes(Path capture, int pushes) {
        List<Push> out = new ArrayList<>(pushes);
        try (BufferedReader lines = Files.newBufferedReader(capture)) {
            for (String line; out.size() < pushes && (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(Push.fromJson(
                            out.size(), Json.MAPPER.readTree(line), new SourceLocation("bench", out.size() + 1, 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the capture " + capture, e);
        }
        if (out.size() < pushes) {
            throw new IllegalArgumentException(capture + " holds " + out.size() + " pushes, not " + pushes);
        }
        return out;
    }

    static List<Push> session(int pushes, long seed) {
        Random random = new Random(seed);
        List<Push> out = new ArrayList<>(pushes);
        int order = 0;
        while (out.size() < pushes) {
            String text;
            int kind = random.nextInt(10);
            if (kind < 3) {
                text = "{\"ecommerce\":null}";
            } else if (kind < 6) {
                order++;
                StringBuilder items = new StringBuilder();
                int count = 1 + (int) (Math.pow(random.nextDouble(), 2.5) * 20);
                for (int i = 0; i < count; i++) {
                    items.append(i == 0 ? "" : ",")
                            .append("{\"item_id\":\"SKU_")
                            .append(random.nextInt(5000))
                            .append("\",\"price\":10.01,\"quantity\":1}");
                }
                String currency = random.nextInt(20) == 0 ? "usd" : "USD";
                text = "{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":\"T" + order + "\",\"currency\":\""
                        + currency + "\",\"value\":" + String.format("%.2f", count * 10.01) + ",\"items\":["
                        + items + "]}}";
            } else if (kind < 8 && order > 0) {
                text = "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T" + (1 + random.nextInt(order))
                        + "\",\"currency\":\"USD\",\"value\":10.01,\"items\":[{\"item_id\":\"SKU_1\",\"price\":10.01,"
                        + "\"quantity\":1}]}}";
            } else {
                text = "{\"event\":\"page_view\",\"page_location\":\"https://shop.example/" + out.size() + "\"}";
            }
            out.add(Push.fromJson(out.size(), Json.MAPPER.readTree(text), new SourceLocation("bench", out.size(), 1)));
        }
        return out;
    }
}

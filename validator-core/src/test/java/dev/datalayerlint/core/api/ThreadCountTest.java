package dev.datalayerlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.UsageException;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "both cores": validating with several threads (files at once, each recording's checks ahead of its model
 * replay) must give the report one thread gives, byte for byte, findings in file order. Checked on every shared
 * fixture and on seeded recordings long enough that chunks of pushes are checked out of order, the finding cap
 * fires, and input problems sit between pushes.
 */
class ThreadCountTest {

    @TempDir
    Path dir;

    private static String report(Path base, String threads, Path... paths) {
        RunOptions.Builder options = RunOptions.builder(base)
                .defaultFormat("json")
                .failOn("never")
                .threads(threads)
                .optionNames(Map.of("threads", "--threads"));
        for (Path path : paths) {
            options.path(path.toString());
        }
        StringWriter out = new StringWriter();
        LintRun.execute(options.build(), out, false);
        return out.toString();
    }

    @Test
    void everyFixtureGivesTheSameReportOnOneThreadAndOnFour() {
        Path fixtures = Fixtures.root();
        String one = report(fixtures, "1", fixtures);
        assertThat(one).contains("\"rule\"");
        assertThat(report(fixtures, "4", fixtures)).isEqualTo(one);
        assertThat(report(fixtures, "2", fixtures)).isEqualTo(one);
    }

    @Test
    void longRecordingsGiveTheSameReportOnOneThreadAndOnFour() throws IOException {
        for (int seed = 1; seed <= 3; seed++) {
            Files.writeString(dir.resolve("capture-" + seed + ".ndjson"), session(new Random(seed), 6_000));
        }
        Files.writeString(
                dir.resolve("dump.json"),
                "["
                        + String.join(
                                ",",
                                session(new Random(9), 3_000)
                                        .lines()
                                        .filter(l -> l.startsWith("{"))
                                        .toList())
                        + "]");
        String one = report(dir, "1", dir);
        assertThat(one).contains("schema.pattern").contains("finding(s) in this recording, not listed");
        assertThat(report(dir, "4", dir)).isEqualTo(one);
        // one file alone: only the checks run ahead
        Path single = dir.resolve("capture-1.ndjson");
        assertThat(report(dir, "3", single)).isEqualTo(report(dir, "1", single));
    }

    @Test
    void aFunctionPushReadsTheModelAsReplayedUpToItself() throws IOException {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            script.append("dataLayer.push({step: ").append(i).append("});\n");
            if (i % 300 == 0) {
                // the model must hold every push before this one, however far the checks ran ahead
                script.append("dataLayer.push(function () { if (this.get('step') !== ")
                        .append(i)
                        .append(") { dataLayer.push({event: 'purchase', ecommerce: {currency: 'usd'}}); } });\n");
            }
        }
        Files.writeString(dir.resolve("steps.js"), script);
        String one = report(dir, "1", dir);
        assertThat(one).doesNotContain("\"rule\"");
        assertThat(report(dir, "4", dir)).isEqualTo(one);
    }

    @Test
    void progressCountsEveryPushOnceWhenFilesRunAtOnce() throws IOException {
        for (int seed = 1; seed <= 4; seed++) {
            Files.writeString(dir.resolve("c" + seed + ".ndjson"), session(new Random(seed), 1_500));
        }
        List<Long> totals = new ArrayList<>();
        List<String> done = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void pushDone(long pushes) {
                totals.add(pushes);
            }

            @Override
            public void fileDone(String name, long pushes) {
                done.add(name);
            }
        };
        RunOutcome outcome = LintRun.execute(
                RunOptions.builder(dir)
                        .path(".")
                        .threads("4")
                        .progress(listener)
                        .failOn("never")
                        .build(),
                new StringWriter(),
                false);
        long pushes = outcome.report().summary().pushes();
        assertThat(totals).hasSize((int) pushes).isSorted();
        assertThat(totals.get(totals.size() - 1)).isEqualTo(pushes);
        assertThat(done).containsExactlyInAnyOrder("c1.ndjson", "c2.ndjson", "c3.ndjson", "c4.ndjson");
    }

    @Test
    void theThreadCountIsAWholeNumberFromOneTo256() {
        for (String wrong : List.of("0", "-2", "257", "two", "1.5")) {
            assertThatThrownBy(() -> report(dir, wrong, dir))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("--threads takes a whole number of threads from 1 to 256, not '" + wrong + "'");
        }
        assertThat(report(dir, " 256 ", dir)).isEqualTo(report(dir, null, dir));
    }

    /**
     * A seeded shop session as NDJSON: page views, purchases of 1–12 items, clears (some forgotten), full and
     * partial refunds of earlier orders and of orders never made, about 5% broken values, and a few lines that are
     * not JSON.
     */
    static String session(Random random, int pushes) {
        StringBuilder out = new StringBuilder();
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < pushes; i++) {
            int kind = random.nextInt(20);
            boolean broken = random.nextInt(20) == 0;
            String currency = broken ? "usd" : "USD";
            if (kind < 6) {
                out.append("{\"event\":\"page_view\",\"page\":\"/p/").append(i).append("\"}\n");
            } else if (kind < 12) {
                if (random.nextInt(10) > 0) {
                    out.append("{\"ecommerce\":null}\n");
                }
                String id = "T" + i;
                orders.add(id);
                int items = 1 + random.nextInt(12);
                StringBuilder list = new StringBuilder();
                for (int k = 0; k < items; k++) {
                    list.append(k == 0 ? "" : ",")
                            .append("{\"item_id\":\"SKU")
                            .append(random.nextInt(500))
                            .append("\",\"item_name\":\"Item\",\"price\":")
                            .append(broken && k == 0 ? "\"7.77\"" : "12.5")
                            .append(",\"quantity\":1}");
                }
                out.append("{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":\"")
                        .append(id)
                        .append("\",\"currency\":\"")
                        .append(currency)
                        .append("\",\"value\":")
                        .append(12.5 * items)
                        .append(",\"items\":[")
                        .append(list)
                        .append("]}}\n");
            } else if (kind < 16) {
                String id = orders.isEmpty() || random.nextInt(8) == 0
                        ? "NOPE" + i
                        : orders.get(random.nextInt(orders.size()));
                out.append("{\"ecommerce\":null}\n");
                out.append("{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"")
                        .append(id)
                        .append("\",\"currency\":\"")
                        .append(currency)
                        .append("\",\"value\":")
                        .append(random.nextBoolean() ? "12.5" : "0.30000000000000004")
                        .append("}}\n");
            } else if (kind < 19) {
                out.append("{\"event\":\"view_item\",\"ecommerce\":{\"currency\":\"")
                        .append(currency)
                        .append("\",\"value\":3,\"items\":[{\"item_id\":\"A\",\"price\":3,\"quantity\":1}]}}\n");
            } else {
                out.append(random.nextBoolean() ? "{\"event\": \"broken\",\n" : "[\"unknown.method\", 1]\n");
            }
        }
        return out.toString();
    }
}

package dev.datalayerlint.beam;

import dev.datalayerlint.core.recording.CaptureEnvelope;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A production-like capture, made from a seed: many shoppers' journeys (page views, carts, purchases, refunds), some
 * with the defects real sites ship (a lower-case currency, a float sum, a refund without its items, a missing
 * {@code ecommerce: null}), so the pipeline has findings of push rules and of recording rules to agree on.
 */
final class CaptureGenerator {

    /** Every recording's lines in seq order. */
    static List<List<String>> recordings(int pushes, long seed) {
        Random random = new Random(seed);
        List<List<String>> recordings = new ArrayList<>();
        int made = 0;
        while (made < pushes) {
            int size = Math.min(pushes - made, 5 + random.nextInt(200));
            recordings.add(journey("rec-" + recordings.size(), size, random));
            made += size;
        }
        return recordings;
    }

    /** One file per recording, as {@code capture} writes them: what {@code validate} reads one by one. */
    static void writePerRecording(Path folder, List<List<String>> recordings) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < recordings.size(); i++) {
            Files.write(folder.resolve(String.format("rec-%04d.ndjson", i)), recordings.get(i), StandardCharsets.UTF_8);
        }
    }

    /** All recordings' lines shuffled together into {@code files} files, as a collector would append them. */
    static void writeShuffled(Path folder, List<List<String>> recordings, int files, long seed) throws IOException {
        Files.createDirectories(folder);
        List<String> all = new ArrayList<>();
        recordings.forEach(all::addAll);
        Collections.shuffle(all, new Random(seed));
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            writers.add(Files.newBufferedWriter(folder.resolve("part-" + i + ".ndjson")));
        }
        for (int i = 0; i < all.size(); i++) {
            Writer out = writers.get(i % files);
            out.write(all.get(i));
            out.write('\n');
        }
        for (Writer writer : writers) {
            writer.close();
        }
    }

    private static List<String> journey(String id, int size, Random random) {
        List<String> lines = new ArrayList<>(size);
        for (int seq = 0; seq < size; seq++) {
            String script = "https://shop.example/js/" + (random.nextBoolean() ? "app.js" : "checkout.js");
            SourceLocation source = new SourceLocation(script, 1 + random.nextInt(400), 1 + random.nextInt(80));
            JsonNode push = push(random, seq);
            boolean gtag = push.isArray();
            lines.add(Json.MAPPER.writeValueAsString(CaptureEnvelope.line(
                    id,
                    seq,
                    1_796_000_000_000L + seq * 250L,
                    "https://shop.example/p/" + random.nextInt(50),
                    source,
                    "push",
                    gtag ? PushKind.GTAG : PushKind.OBJECT,
                    push)));
        }
        return lines;
    }

    private static JsonNode push(Random random, int seq) {
        int pick = random.nextInt(10);
        String currency = random.nextInt(12) == 0 ? "usd" : "USD";
        String transaction = "T-" + random.nextInt(40);
        if (pick < 3) {
            ObjectNode push = Json.MAPPER.createObjectNode().put("event", "page_view");
            push.put("page_path", "/p/" + seq);
            return push;
        }
        if (pick < 4) {
            return Json.MAPPER.createObjectNode().putNull("ecommerce");
        }
        if (pick < 6) {
            ObjectNode push = Json.MAPPER.createObjectNode().put("event", "add_to_cart");
            ObjectNode ecommerce = push.putObject("ecommerce").put("currency", currency);
            ecommerce.put("value", random.nextInt(7) == 0 ? 0.1 + 0.2 : 7.77);
            items(ecommerce, random);
            return push;
        }
        if (pick < 9) {
            boolean refund = pick == 8;
            ObjectNode push = Json.MAPPER.createObjectNode().put("event", refund ? "refund" : "purchase");
            ObjectNode ecommerce = push.putObject("ecommerce")
                    .put("transaction_id", transaction)
                    .put("currency", currency)
                    .put("value", refund && random.nextBoolean() ? 12.5 : 30);
            if (!refund || random.nextBoolean()) {
                items(ecommerce, random);
            }
            return push;
        }
        ArrayNode gtag = Json.MAPPER.createArrayNode().add("event").add("refund");
        gtag.addObject()
                .put("transaction_id", transaction)
                .put("currency", currency)
                .put("value", 30);
        return gtag;
    }

    private static void items(ObjectNode ecommerce, Random random) {
        ArrayNode items = ecommerce.putArray("items");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode item = items.addObject().put("item_id", "SKU-" + random.nextInt(20));
            if (random.nextInt(15) != 0) {
                item.put("item_name", "Thing " + i);
            }
            item.put("price", 10).put("quantity", 1);
        }
    }
}

package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each push of a JSON dump keeps only its own text for its field locator (so a big dump's memory stays flat). Its
 * answers must be those of a locator reading the whole file from the push's offset, for pushes that straddle the
 * parser's buffers, dwarf them, hold non-ASCII and surrogate pairs, or sit on one line with their neighbours.
 */
class JsonDumpFieldLocationsTest {

    private static final List<String> POINTERS = List.of(
            "/event",
            "/ecommerce/value",
            "/ecommerce/items/0/quantity",
            "/ecommerce/items/1/price",
            "/ecommerce/items/7/item_id",
            "/note",
            "/missing/deeper");

    private record Dump(String text, List<Integer> starts) {}

    private static Dump dump(long seed, int pushes) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("[");
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < pushes; i++) {
            text.append(i == 0 ? "" : ",").append(random.nextBoolean() ? "\n  " : " ");
            starts.add(text.length());
            boolean pretty = random.nextInt(3) == 0;
            String nl = pretty ? "\n    " : "";
            text.append('{').append(nl).append("\"event\": \"purchase\",").append(nl);
            text.append("\"note\": \"").append(filler(random)).append("\",").append(nl);
            text.append("\"ecommerce\": {")
                    .append(nl)
                    .append("\"value\": ")
                    .append(random.nextInt(1000))
                    .append(".5,");
            text.append(nl).append("\"items\": [");
            int items = 1 + random.nextInt(3);
            for (int k = 0; k < items; k++) {
                text.append(k == 0 ? "" : ", ")
                        .append(nl)
                        .append("{\"item_id\": \"SKU_")
                        .append(k);
                text.append("\", \"price\": 1.25, \"quantity\": ").append(k + 1).append('}');
            }
            text.append("]}").append(pretty ? "\n  " : "").append('}');
        }
        return new Dump(text.append("\n]\n").toString(), starts);
    }

    /** Text from none up to 30,000 characters: ASCII, Latin-1, and emoji written as surrogate pairs. */
    private static String filler(Random random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(30_000) : random.nextInt(40);
        StringBuilder filler = new StringBuilder();
        String[] pieces = {"a", "é", "😀", " ", "ß"};
        while (filler.length() < length) {
            filler.append(pieces[random.nextInt(pieces.length)]);
        }
        return filler.toString();
    }

    private static List<Push> read(String text) {
        RecordingSinkStub sink = new RecordingSinkStub();
        new JsonRecordingReader().read(RecordingSource.ofText("dump.json", text), sink);
        assertThat(sink.problems).isEmpty();
        return sink.pushes;
    }

    private static Optional<SourceLocation> fromWholeText(Dump dump, int push, SourceLocation at, String pointer) {
        return JsonFieldFinder.find(
                new StringReader(dump.text().substring(dump.starts().get(push))), at, pointer);
    }

    @Test
    void everyPushLocatesItsFieldsAsTheWholeTextWould() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            Dump dump = dump(seed, 400);
            List<Push> pushes = read(dump.text());
            assertThat(pushes).hasSize(400);
            int located = 0;
            for (Push push : pushes) {
                for (String pointer : POINTERS) {
                    Optional<SourceLocation> expected = fromWholeText(dump, push.index(), push.location(), pointer);
                    assertThat(push.fields().locate(pointer))
                            .as("seed %d, push %d, %s", seed, push.index(), pointer)
                            .isEqualTo(expected);
                    located += expected.isPresent() ? 1 : 0;
                }
            }
            assertThat(located).as("the reference finds most fields").isGreaterThan(400 * 5);
        }
    }

    @Test
    void aFieldIsFoundAtItsKeyAfterAPushLongerThanTheParsersBuffers() {
        String big = "x".repeat(50_000);
        String text = "[{\"event\":\"a\",\"note\":\"" + big
                + "\"},\n {\"event\":\"b\",\n  \"ecommerce\":{\"value\":\"7.77\"}}]";

        Push second = read(text).get(1);

        assertThat(second.location()).isEqualTo(new SourceLocation("dump.json", 2, 2));
        assertThat(second.fields().locate("/ecommerce/value")).contains(new SourceLocation("dump.json", 3, 16));
    }
}

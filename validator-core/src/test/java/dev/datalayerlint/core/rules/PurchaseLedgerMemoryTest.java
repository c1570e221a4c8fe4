package dev.datalayerlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the ledger retains per order, estimated without JOL from what it holds: the {@code Purchase}'s own fields
 * (counted by reflection, so a field added later is counted too), its packed bytes (their real length: its
 * transaction id, currency and lines) and its share of the table, at the sizes of a 64-bit HotSpot with compressed references
 * (12-byte object header, 4-byte references, 16-byte array header, objects aligned to 8 bytes). Texts and (id, name)
 * pairs shared across orders (the catalogue's, currency codes) are counted once per recording, not per order. The
 * issue's target is at most 150 bytes per order, for purchases of about ten items.
 */
class PurchaseLedgerMemoryTest {

    private static final int ORDERS = 10_000;

    @Test
    void anOrderOfTenItemsFromACatalogueOfThousandsIsHeldInAtMost150Bytes() {
        assertThat(bytesPerOrder(10, 5_000)).isLessThanOrEqualTo(150);
        assertThat(bytesPerOrder(2, 5_000)).isLessThanOrEqualTo(100);
    }

    @Test
    void eachFurtherItemCostsItsPairsNumberAndQuantity() {
        // a catalogue of 5,000 products: pair numbers of 2 bytes, quantities of 1
        assertThat(bytesPerOrder(20, 5_000) - bytesPerOrder(10, 5_000)).isBetween(10L * 3 - 8, 10L * 3 + 8);
    }

    @Test
    void everyTransactionIdFindsItsPurchaseWhateverItsCharacters() {
        List<String> ids = List.of("T-1", "T-é", "Ω-1", "T-😀", "T-\uD800", "Aa", "BB", "x".repeat(300));
        PurchaseLedger ledger = new PurchaseLedger();
        for (int i = 0; i < ids.size(); i++) {
            ledger.accept(push(i, purchaseWithIdJson(Json.MAPPER.writeValueAsString(ids.get(i)), 2, 1_000, i)));
        }
        for (int i = 0; i < ids.size(); i++) {
            PurchaseLedger.Refund refund = ledger.accept(push(
                    ids.size() + i,
                    "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":"
                            + Json.MAPPER.writeValueAsString(ids.get(i)) + ",\"value\":1}}"));
            assertThat(refund).as(ids.get(i)).isNotNull();
            assertThat(refund.purchase().transactionId()).isEqualTo(ids.get(i));
            assertThat(refund.purchase().lines()).hasSize(2);
        }
        assertThat(ledger.accept(push(99, "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T-2\"}}")))
                .isNull();
    }

    @Test
    void eachOrdersPackedLinesUnpackToWhatWasBought() {
        PurchaseLedger ledger = new PurchaseLedger();
        for (int i = 0; i < 300; i++) {
            ledger.accept(push(2 * i, purchase("T" + i, 1 + i % 20, 5_000, i)));
        }
        for (int i = 0; i < 300; i++) {
            int items = 1 + i % 20;
            PurchaseLedger.Refund refund = ledger.accept(push(
                    2 * i + 1,
                    "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T" + i
                            + "\",\"currency\":\"USD\",\"value\":1}}"));
            assertThat(refund.purchase().currency()).isEqualTo("USD");
            assertThat(refund.purchase().lines()).hasSize(items);
            for (int line = 0; line < items; line++) {
                int sku = (i * 20 + line) % 5_000;
                assertThat(refund.purchase().lines().get(line).id).isEqualTo("SKU_" + sku);
                assertThat(refund.purchase().lines().get(line).name).isEqualTo("Product " + sku);
                assertThat(refund.purchase().lines().get(line).bought)
                        .isEqualByComparingTo(String.valueOf(1 + line % 3 + (line == 7 ? 300 : 0)));
            }
        }
    }

    @Test
    void aRefundUnpacksItsPurchaseAndTheFindingsStayTheSame() {
        PurchaseLedger ledger = new PurchaseLedger();
        ledger.accept(push(0, purchase("T1", 2)));
        PurchaseLedger.Refund refund = ledger.accept(push(
                1,
                "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T1\",\"currency\":\"USD\",\"value\":5,"
                        + "\"items\":[{\"item_id\":\"SKU_1\",\"quantity\":1}]}}"));
        assertThat(refund.purchase().value()).isEqualByComparingTo("20.02");
        assertThat(refund.purchase().lines())
                .extracting(PurchaseLedger.Line::label)
                .containsExactly("SKU_0", "SKU_1");
        assertThat(refund.items().get(0).line().bought).isEqualByComparingTo("2");
    }

    /**
     * Bytes retained per order by a ledger of {@link #ORDERS} orders of {@code items} items each, drawn in turn from a
     * catalogue of {@code catalogue} products.
     */
    private static long bytesPerOrder(int items, int catalogue) {
        PurchaseLedger ledger = new PurchaseLedger();
        for (int i = 0; i < ORDERS; i++) {
            ledger.accept(push(i, purchase("ORD-2026-" + (1_000_000 + i), items, catalogue, i)));
        }
        Transactions purchases = ledger.purchases();
        assertThat(purchases.size()).isEqualTo(ORDERS);
        long[] packed = {0};
        purchases.forEach(purchase -> {
            assertThat(purchase.packedBytes()).isPositive();
            packed[0] += align(16 + purchase.packedBytes());
        });
        long purchase = shallow(PurchaseLedger.Purchase.class);
        long table = 4L * purchases.capacity() / ORDERS;
        return purchase + packed[0] / ORDERS + table;
    }

    /** An object's size from its declared instance fields: 12-byte header, compressed references. */
    private static long shallow(Class<?> type) {
        long bytes = 12;
        List<Field> fields = new ArrayList<>(List.of(type.getDeclaredFields()));
        for (Field field : fields) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Class<?> kind = field.getType();
            bytes += kind == long.class || kind == double.class
                    ? 8
                    : kind == boolean.class || kind == byte.class
                            ? 1
                            : kind == short.class || kind == char.class ? 2 : 4;
        }
        return align(bytes);
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }

    private static String purchase(String transactionId, int items) {
        return purchase(transactionId, items, 1_000, 0);
    }

    /**
     * A purchase of {@code items} products of a catalogue of {@code catalogue}, the {@code order}th in a run through
     * it: product {@code (order × 20 + line) mod catalogue}, 1 to 3 of each, 300 more of the eighth.
     */
    private static String purchase(String transactionId, int items, int catalogue, int order) {
        return purchaseWithIdJson("\"" + transactionId + "\"", items, catalogue, order);
    }

    /** As above, with the transaction id given as JSON. */
    private static String purchaseWithIdJson(String idJson, int items, int catalogue, int order) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < items; i++) {
            int sku = (order * 20 + i) % catalogue;
            lines.append(i == 0 ? "" : ",")
                    .append("{\"item_id\":\"SKU_")
                    .append(sku)
                    .append("\",\"item_name\":\"Product ")
                    .append(sku)
                    .append("\",\"price\":10.01,\"quantity\":")
                    .append(1 + i % 3 + (i == 7 ? 300 : 0))
                    .append('}');
        }
        return "{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":" + idJson
                + ",\"currency\":\"USD\",\"value\":20.02,\"items\":[" + lines + "]}}";
    }

    private static Push push(int index, String json) {
        return Push.fromJson(index, Json.MAPPER.readTree(json), new SourceLocation("ledger.json", index + 1, 1));
    }
}

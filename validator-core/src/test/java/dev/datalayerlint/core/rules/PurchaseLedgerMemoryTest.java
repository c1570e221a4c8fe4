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
 * (counted by reflection, so a field added later is counted too), its packed lines, its transaction id string and
 * its share of the table, at the sizes of a 64-bit HotSpot with compressed references (12-byte object header,
 * 4-byte references, 16-byte array header, objects aligned to 8 bytes). Texts shared across orders (the catalogue's
 * item ids and names, currency codes) are counted once per recording, not per order. The target is at most
 * 150 bytes per order; an order of one or two items meets it, each further item adds 8 bytes.
 */
class PurchaseLedgerMemoryTest {

    private static final int ORDERS = 10_000;

    @Test
    void anOrderOfTwoItemsIsHeldInAtMost150Bytes() {
        assertThat(bytesPerOrder(2)).isLessThanOrEqualTo(150);
    }

    @Test
    void eachFurtherItemCostsOneLong() {
        assertThat(bytesPerOrder(10) - bytesPerOrder(2)).isEqualTo(8 * 8);
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

    /** Bytes retained per order by a ledger of {@link #ORDERS} orders of {@code items} items each. */
    private static long bytesPerOrder(int items) {
        PurchaseLedger ledger = new PurchaseLedger();
        for (int i = 0; i < ORDERS; i++) {
            ledger.accept(push(i, purchase("T" + (100_000 + i), items)));
        }
        Transactions purchases = ledger.purchases();
        assertThat(purchases.size()).isEqualTo(ORDERS);
        long purchase = shallow(PurchaseLedger.Purchase.class);
        long packedLines = align(16 + 8L * items);
        long transactionId = 24 + align(16 + "T100000".length()); // String + its Latin-1 byte[]
        long table = 4L * purchases.capacity() / ORDERS;
        return purchase + packedLines + transactionId + table;
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
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < items; i++) {
            lines.append(i == 0 ? "" : ",")
                    .append("{\"item_id\":\"SKU_")
                    .append(i)
                    .append("\",\"item_name\":\"Product ")
                    .append(i)
                    .append("\",\"price\":10.01,\"quantity\":")
                    .append(1 + i % 3)
                    .append('}');
        }
        return "{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":\"" + transactionId
                + "\",\"currency\":\"USD\",\"value\":20.02,\"items\":[" + lines + "]}}";
    }

    private static Push push(int index, String json) {
        return Push.fromJson(index, Json.MAPPER.readTree(json), new SourceLocation("ledger.json", index + 1, 1));
    }
}

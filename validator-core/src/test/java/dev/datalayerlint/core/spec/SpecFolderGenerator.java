package dev.datalayerlint.core.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a folder of tagging-spec pages in the layouts real spec repositories use, for measuring {@code spec lint} and
 * {@code spec compile} on several hundred pages (docs/performance.md) and for {@link SpecFolderTest}: event pages with
 * the full header, without a Required column (requirements in the code comments only), with {@code Variable} or
 * {@code Parameter} headers and {@code Min}/{@code Max} columns, ecommerce pages with nested items linking the shared
 * item page, prose pages without a table, and a few defects (a broken link, invalid JavaScript, a pattern on a
 * number). Seeded, so a folder is the same on every machine.
 *
 * <p>Run: {@code java -cp <test classpath> dev.datalayerlint.core.spec.SpecFolderGenerator DIR [PAGES] [SEED]}.
 */
public final class SpecFolderGenerator {

    private static final String[] ECOMMERCE = {
        "add_to_cart",
        "remove_from_cart",
        "view_item",
        "view_cart",
        "begin_checkout",
        "purchase",
        "refund",
        "add_payment_info",
        "add_shipping_info",
        "view_item_list",
        "select_item",
        "add_to_wishlist"
    };
    private static final String[] CUSTOM_FIELDS = {
        "method",
        "form_id",
        "form_name",
        "search_term",
        "content_type",
        "content_id",
        "video_title",
        "video_percent",
        "link_url",
        "link_text",
        "file_name",
        "step_name",
        "error_code",
        "plan_name",
        "user_tier"
    };

    private final Random random;

    public SpecFolderGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 13;
        List<Path> written = new SpecFolderGenerator(seed).write(dir, pages);
        System.out.println(written.size() + " pages in " + dir);
    }

    /** Writes {@code count} pages (the shared item page among them) below {@code dir}; returns their paths. */
    public List<Path> write(Path dir, int count) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve("schemas/item.md"), itemPage()));
        for (int i = 1; written.size() < count; i++) {
            int style = random.nextInt(20);
            String name;
            String page;
            if (style < 7) {
                String event = ECOMMERCE[random.nextInt(ECOMMERCE.length)];
                name = "events/ecommerce/" + event + "-" + i + ".md";
                page = ecommercePage(event, style);
            } else if (style < 17) {
                String event = "custom_event_" + i;
                name = "events/custom/" + event + ".md";
                page = customPage(event, style);
            } else {
                name = "guides/guide-" + i + ".md";
                page = prosePage(i);
            }
            written.add(write(dir.resolve(name), page));
        }
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String itemPage() {
        return """
                # Item

                One product in an ecommerce items array.

                ## Variable Definitions

                | Field | Type | Required | Description | Example | Max Length | Minimum |
                | --- | --- | --- | --- | --- | --- | --- |
                | item_id | string | required | The SKU. | `SKU_12345` | 100 | |
                | item_name | string | recommended | The product name. | `Stan and Friends Tee` | 100 | |
                | price | number | optional | Unit price. | `10.01` | | 0 |
                | quantity | integer | optional | Units. | `3` | | 1 |
                """;
    }

    private String ecommercePage(String event, int style) {
        boolean clear = random.nextInt(10) > 0;
        boolean patternOnNumber = style == 0;
        StringBuilder page = new StringBuilder("# " + event + "\n\nFires when the shopper does " + event + ".\n\n");
        page.append("## Javascript Code\n\n```js\nwindow.dataLayer = window.dataLayer || [];\n");
        if (clear) {
            page.append("dataLayer.push({ ecommerce: null });\n");
        }
        page.append("dataLayer.push({\n  event: \"").append(event).append("\",\n  ecommerce: {\n");
        page.append("    transaction_id: \"<transaction_id>\", // REQUIRED | string | ex. T_12345\n");
        page.append(
                "    currency: \"<currency>\", // REQUIRED | string | ex. USD | pattern: ^[A-Z]{3}$ | min. 3, max. 3\n");
        page.append("    value: \"<value>\", // REQUIRED | number | ex. 30.03\n");
        page.append("    items: [\n      {\n        item_id: \"<item_id>\",\n        quantity: \"<quantity>\"\n")
                .append("      }\n    ]\n  }\n});\n```\n\n");
        page.append("## Variable Definitions\n\n");
        page.append(
                "| Field | Type | Required | Description | Examples | Pattern | Min Length | Max Length | Minimum |\n");
        page.append("|---|---|---|---|---|---|---|---|---|\n");
        page.append("| transaction_id | string | required | The order id. | `T_12345` | | 1 | 100 | |\n");
        page.append("| currency | string | required | ISO 4217 code. | `USD`, `EUR` | `^[A-Z]{3}$` | 3 | 3 | |\n");
        page.append("| value | number | required | Order total. | `30.03` | ")
                .append(patternOnNumber ? "`^\\d+\\.\\d\\d$`" : "")
                .append(" | | | 0 |\n");
        String link = style == 1 ? "/schemas/product.md" : "/schemas/item.md";
        page.append("| items | array of [items](").append(link).append(") | required | The products. | | | | | |\n");
        return page.toString();
    }

    private String customPage(String event, int style) {
        List<String> fields = new ArrayList<>();
        int n = 2 + random.nextInt(6);
        while (fields.size() < n) {
            String field = CUSTOM_FIELDS[random.nextInt(CUSTOM_FIELDS.length)];
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        boolean noRequired = style % 3 == 0;
        boolean brokenJs = style == 16;
        String fieldHeader = style % 2 == 0 ? "Variable" : style % 5 == 0 ? "Parameter" : "Field";
        StringBuilder page = new StringBuilder("# " + event.replace('_', ' ') + "\n\n");
        page.append("Fires when ").append(event).append(" happens on the page.\n\n## Javascript Code\n\n```js\n");
        page.append("dataLayer.push({\n  event: \"").append(event).append("\",\n");
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            boolean last = i == fields.size() - 1;
            page.append("  ").append(field).append(": \"<").append(field).append(">\"");
            page.append(last ? (brokenJs ? "\n  user: {" : "") : ",");
            page.append(" // ")
                    .append(i % 2 == 0 ? "REQUIRED" : "OPTIONAL")
                    .append(" | string | ex. example_")
                    .append(i)
                    .append("\n");
        }
        page.append("});\n```\n\n## Variable Definitions\n\n");
        page.append("| ").append(fieldHeader).append(" | Type | ");
        page.append(noRequired ? "" : "Required? | ").append("Description | Example | Min | Max |\n");
        page.append(noRequired ? "|---|---|---|---|---|---|\n" : "|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < fields.size(); i++) {
            page.append("| `").append(fields.get(i)).append("` | string | ");
            page.append(noRequired ? "" : i % 2 == 0 ? "Required | " : "Optional | ");
            page.append("The ")
                    .append(fields.get(i).replace('_', ' '))
                    .append(". | `example_")
                    .append(i)
                    .append("` | | |\n");
        }
        return page.toString();
    }

    private static String prosePage(int i) {
        return "# Guide " + i
                + "\n\nButtons carry `data-track=\"<name>\"` attributes; see [the item page](/schemas/item.md)."
                + "\n\nNo dataLayer push is specified here.\n";
    }
}

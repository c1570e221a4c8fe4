package dev.datalayerlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Google's documented GA4 ecommerce examples, and variants GA4's parameter tables call broken, run through the whole
 * linter (test-fixtures/corpus/ga4-docs, sources in its README.md). A payload counts as flagged when it gets at least
 * one error: an error on a GA4-valid payload is a false alarm. Issue 12 asks for an error precision of at least 0.97
 * and for every GA4-invalid payload to be caught.
 */
class Ga4DocsCorpusTest {

    private static final Path CORPUS = Fixtures.root().resolveSibling("corpus").resolve("ga4-docs");

    private static final Set<String> EVENTS = Set.of(
            "add_payment_info",
            "add_shipping_info",
            "add_to_cart",
            "add_to_wishlist",
            "begin_checkout",
            "purchase",
            "refund",
            "remove_from_cart",
            "select_item",
            "select_promotion",
            "view_cart",
            "view_item",
            "view_item_list",
            "view_promotion");

    private static final Validator VALIDATOR = Validator.create();

    @Test
    void googlesExampleOfEveryEcommerceEventIsInTheCorpus() throws IOException {
        Set<String> examples = new TreeSet<>();
        for (Path file : payloads("valid")) {
            examples.add(file.getFileName().toString().replace(".json", ""));
        }
        assertThat(examples).containsAll(EVENTS);
        String readme = Files.readString(CORPUS.resolve("README.md"));
        EVENTS.forEach(event -> assertThat(readme).as("source of %s", event).contains("`" + event + "`"));
    }

    @Test
    void errorsAreRaisedOnlyOnPayloadsGa4CallsBrokenAndOnEveryOne() throws IOException {
        List<String> falseAlarms = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int valid = 0;
        int caught = 0;
        for (Path file : payloads("valid")) {
            valid++;
            List<Finding> errors = errors(file);
            if (!errors.isEmpty()) {
                falseAlarms.add(file.getFileName() + ": " + errors);
            }
        }
        List<Path> invalid = payloads("invalid");
        for (Path file : invalid) {
            if (errors(file).isEmpty()) {
                missed.add(file.getFileName().toString());
            } else {
                caught++;
            }
        }
        int flagged = caught + falseAlarms.size();
        double precision = flagged == 0 ? 0 : (double) caught / flagged;
        double recall = (double) caught / invalid.size();
        assertThat(valid).isGreaterThanOrEqualTo(EVENTS.size());
        assertThat(invalid).hasSizeGreaterThanOrEqualTo(20);
        assertThat(precision)
                .as("error precision; false alarms: %s", falseAlarms)
                .isGreaterThanOrEqualTo(0.97);
        assertThat(recall).as("recall; missed: %s", missed).isEqualTo(1.0);
    }

    private static List<Finding> errors(Path file) {
        Report report = VALIDATOR.validate(
                ValidationRequest.builder().path(file).baseDirectory(CORPUS).build());
        return report.active().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    }

    private static List<Path> payloads(String folder) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}

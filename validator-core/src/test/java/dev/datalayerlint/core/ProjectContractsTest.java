package dev.datalayerlint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --contracts DIR}: a project's own schema files extend and override the shipped contracts. */
class ProjectContractsTest {

    private static final Validator VALIDATOR = Validator.create();

    private static final String REFUND = """
            [{"ecommerce": null},
             {"event": "refund", "ecommerce": {"transaction_id": "T1", "currency": "USD", "value": 7.77}}]""";

    @TempDir
    Path project;

    @BeforeEach
    void writeProjectContracts() throws IOException {
        // Overrides the shipped ga4/refund: same path, so same id and $id; the relative $refs still resolve.
        write("ga4/refund.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "Our refund",
                  "x-datalayer": {
                    "summary": "Our refund: the GA4 rules plus the reason our BI needs",
                    "events": ["refund"],
                    "target": "/ecommerce",
                    "decimals": {"currency": "/currency", "fields": ["/value"]}
                  },
                  "$ref": "refund-params.json",
                  "properties": {
                    "refund_reason": {
                      "enum": ["damaged", "late", "other"],
                      "description": "Why the order was refunded.",
                      "x-message": {"enum": "must be damaged, late or other"}
                    }
                  },
                  "required": ["currency", "value", "refund_reason"]
                }""");
        // A contract of the project's own, routed by its event name; it reuses a shipped schema by relative $ref.
        write("acme/newsletter_signup.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-datalayer": {
                    "summary": "Newsletter sign-up form",
                    "events": ["newsletter_signup"],
                    "target": "/form"
                  },
                  "type": "object",
                  "properties": {
                    "email_domain": {
                      "type": "string",
                      "pattern": "^[a-z0-9.-]+\\\\.[a-z]{2,}$",
                      "description": "Domain of the address (never the address itself).",
                      "x-message": {"pattern": "must be a domain such as example.com"}
                    },
                    "voucher": {"$ref": "../common/money.json", "description": "Voucher granted."}
                  },
                  "required": ["email_domain"]
                }""");
    }

    @Test
    void theProjectCatalogHoldsBothWithTheirOrigins() {
        ContractCatalog catalog = ContractCatalog.load(List.of(project));
        assertThat(catalog.byId("ga4/refund").orElseThrow().origin())
                .isEqualTo(project.resolve("ga4/refund.json").toString());
        assertThat(catalog.byId("ga4/refund").orElseThrow().summary()).startsWith("Our refund");
        assertThat(catalog.forEvent("newsletter_signup").orElseThrow().id()).isEqualTo("acme/newsletter_signup");
        assertThat(catalog.byId("ga4/purchase").orElseThrow().origin()).isEqualTo("shipped");
        assertThat(ContractCatalog.shipped().forEvent("newsletter_signup")).isEmpty();
    }

    @Test
    void theOverridingRefundContractIsUsed() {
        assertThat(findings(validate(REFUND, false))).isEmpty();
        assertThat(findings(validate(REFUND, true)))
                .containsExactly(tuple("schema.required", "/ecommerce/refund_reason", 2));

        String bad = """
                [{"ecommerce": null},
                 {"event": "refund", "ecommerce": {"transaction_id": "T1", "currency": "USD", "value": 7.777,
                   "refund_reason": "changed my mind"}}]""";
        Report report = validate(bad, true);
        assertThat(findings(report))
                .containsExactlyInAnyOrder(
                        tuple("money.decimals", "/ecommerce/value", 2),
                        tuple("schema.enum", "/ecommerce/refund_reason", 3)); // at its own line
        assertThat(report.findings())
                .extracting(Finding::message)
                .contains("refund_reason \"changed my mind\" must be damaged, late or other");
    }

    @Test
    void aProjectContractRoutesItsCustomEvent() {
        String pushes = """
                [{"event": "newsletter_signup", "form": {"email_domain": "example.com", "voucher": 5}},
                 {"event": "newsletter_signup", "form": {"email_domain": "Not a domain", "voucher": -5}},
                 {"event": "newsletter_signup"}]""";
        assertThat(findings(validate(pushes, false))).isEmpty();
        Report report = validate(pushes, true);
        assertThat(findings(report))
                .containsExactlyInAnyOrder(
                        tuple("schema.pattern", "/form/email_domain", 2),
                        tuple("schema.range", "/form/voucher", 2),
                        tuple("schema.required", "/form", 3));
        assertThat(report.findings())
                .extracting(Finding::message)
                .contains("email_domain \"Not a domain\" must be a domain such as example.com");
    }

    @Test
    void theShippedContractsStillApplyNextToTheProjects() {
        String cart = """
                [{"ecommerce": null},
                 {"event": "add_to_cart", "ecommerce": {"value": 7.77, "items": [{"item_id": "SKU_1"}]}}]""";
        assertThat(findings(validate(cart, true))).containsExactly(tuple("schema.required", "/ecommerce/currency", 2));
    }

    @Test
    void aBrokenProjectSchemaIsAUsageErrorNamingTheFile() throws IOException {
        write("acme/broken.json", "{\"type\": ");
        assertThatThrownBy(() -> ContractCatalog.load(List.of(project)))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("broken.json");
    }

    private Report validate(String json, boolean withProject) {
        ValidationRequest.Builder request = ValidationRequest.builder().input(Input.json("pushes.json", json));
        if (withProject) {
            request.contractDirectory(project);
        }
        return VALIDATOR.validate(request.build());
    }

    private static List<org.assertj.core.groups.Tuple> findings(Report report) {
        return report.active().stream()
                .map(f -> tuple(f.ruleId(), f.pointer(), f.location().line()))
                .toList();
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.recording.FileSource;
import dev.datalayerlint.core.recording.JsRecordingReader;
import dev.datalayerlint.core.recording.JsonRecordingReader;
import dev.datalayerlint.core.recording.NdjsonRecordingReader;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.fixtures.Fixture;
import dev.datalayerlint.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The compiled fast path ({@link dev.datalayerlint.core.contract.compiled.CompiledSchema}) and networknt, the
 * reference, give the same pass/fail verdict, contract by contract: on every push of every fixture recording, on
 * every {@code examples} value of every shipped schema, and on 100,000 seeded random instances generated from the
 * schemas (valid and mutated). A fast "pass" that networknt fails would lose findings; a fast "fail" that networknt
 * passes would cost time. Pushes holding values JSON cannot carry ({@code undefined}, functions, NaN) are left out:
 * the linter hands contracts their JSON view only, and networknt cannot take them.
 */
class CompiledSchemaDifferentialTest {

    private static final ContractCatalog CATALOG = ContractCatalog.shipped();
    private static final List<Contract> CONTRACTS = List.copyOf(CATALOG.contracts());
    private static final int RANDOM_INSTANCES = 100_000;

    /** Verdicts compared and how many of them passed, so a test that never fails (or never passes) shows. */
    private static final class Tally {
        int compared;
        int passed;
        int skipped;
        /** Failing instances the compiled schema explained itself, and those it left to networknt. */
        int explained;

        int leftToNetworknt;
        final List<String> disagreements = new ArrayList<>();

        void compare(Contract contract, JsonNode instance, String where) {
            if (!isPlain(instance)) {
                // The linter hands contracts JSON only (undefined dropped, NaN as null, as JSON.stringify does);
                // networknt cannot take the rest at all.
                skipped++;
                return;
            }
            boolean fast = contract.compiled().passes(instance);
            compared++;
            boolean reference = contract.passesReference(instance);
            if (reference) {
                passed++;
            }
            if (fast != reference) {
                disagree(contract.id() + " " + where + ": fast " + fast + ", networknt " + reference + " on "
                        + instance);
            }
            if (!fast) {
                explain(contract, instance, where);
            }
        }

        /** The violations of a failing instance, explained by the compiled schema, are networknt's, in order. */
        private void explain(Contract contract, JsonNode instance, String where) {
            if (contract.explanation(instance) == null) {
                leftToNetworknt++;
                return;
            }
            explained++;
            List<ContractViolation> ours = contract.check(instance);
            List<ContractViolation> reference = contract.checkReference(instance);
            if (!ours.equals(reference)) {
                disagree(contract.id() + " " + where + ": explained " + ours + ", networknt " + reference + " on "
                        + instance);
            }
        }

        private void disagree(String what) {
            if (disagreements.size() < 20) {
                disagreements.add(what);
            }
        }
    }

    @Test
    void everyShippedContractCompiles() {
        for (Contract contract : CONTRACTS) {
            assertThat(contract.compiled().refusal()).as(contract.id()).isNull();
            assertThat(contract.compiled().isCompiled()).as(contract.id()).isTrue();
        }
    }

    @Test
    void agreesOnEveryExampleOfEveryShippedSchema() {
        Tally tally = new Tally();
        Map<String, JsonNode> documents = CONTRACTS.get(0).documents();
        List<JsonNode> examples = new ArrayList<>();
        documents.values().forEach(document -> collectExamples(document, examples));
        assertThat(examples).hasSizeGreaterThan(50);
        for (Contract contract : CONTRACTS) {
            for (JsonNode example : examples) {
                tally.compare(contract, example, "example");
            }
        }
        assertThat(tally.disagreements).isEmpty();
        assertThat(tally.passed).isGreaterThan(50);
    }

    @Test
    void agreesOnEveryPushOfEveryFixture() {
        Tally tally = new Tally();
        for (Fixture fixture : Fixtures.all()) {
            for (JsonNode payload : payloads(fixture)) {
                for (Contract contract : CONTRACTS) {
                    tally.compare(contract, payload, fixture.name());
                    JsonNode target = contract.target().isEmpty() ? null : payload.at(contract.target());
                    if (target != null && !target.isMissingNode()) {
                        tally.compare(contract, target, fixture.name() + " " + contract.target());
                    }
                }
            }
        }
        assertThat(tally.disagreements).isEmpty();
        assertThat(tally.compared).isGreaterThan(2_000);
        assertThat(tally.passed).isGreaterThan(100);
        assertThat(tally.explained).isGreaterThan(1_000);
    }

    @Test
    void agreesOnOneHundredThousandRandomInstances() {
        Tally tally = new Tally();
        RandomInstances random = new RandomInstances(CONTRACTS.get(0).documents(), 20261202L);
        for (int i = 0; i < RANDOM_INSTANCES; i++) {
            Contract contract = CONTRACTS.get(i % CONTRACTS.size());
            tally.compare(contract, random.next(contract.iri()), "random #" + i);
        }
        assertThat(tally.disagreements).isEmpty();
        assertThat(tally.compared).isEqualTo(RANDOM_INSTANCES);
        // Most failures are explained without networknt; what is left to it is the documented rest.
        assertThat(tally.explained).isGreaterThan(5 * tally.leftToNetworknt);
        // Both verdicts are well represented: the generator is neither too kind nor too cruel.
        assertThat(tally.passed).isBetween(RANDOM_INSTANCES / 5, RANDOM_INSTANCES * 4 / 5);
    }

    private static List<JsonNode> payloads(Fixture fixture) {
        String name = fixture.file().getFileName().toString();
        RecordingReader reader = name.endsWith(".js")
                ? new JsRecordingReader()
                : name.endsWith(".ndjson") ? new NdjsonRecordingReader() : new JsonRecordingReader();
        List<JsonNode> payloads = new ArrayList<>();
        reader.read(new FileSource(fixture.file(), fixture.name()), new PushSink() {
            @Override
            public void push(Push push) {
                payloads.add(push.payload());
            }

            @Override
            public void problem(InputProblem problem) {}
        });
        return payloads;
    }

    private static void collectExamples(JsonNode schema, List<JsonNode> out) {
        if (schema.isObject()) {
            JsonNode examples = schema.get("examples");
            if (examples != null && examples.isArray()) {
                examples.forEach(out::add);
            }
            schema.properties().forEach(member -> {
                if (!"examples".equals(member.getKey())) {
                    collectExamples(member.getValue(), out);
                }
            });
        } else if (schema.isArray()) {
            schema.forEach(element -> collectExamples(element, out));
        }
    }

    /** Whether a value holds nothing but JSON: no undefined, no function, no NaN or infinity. */
    private static boolean isPlain(JsonNode node) {
        if (JsValues.isUndefined(node) || JsValues.isFunction(node) || JsValues.isNonFinite(node)) {
            return false;
        }
        for (JsonNode child : node.values()) {
            if (!isPlain(child)) {
                return false;
            }
        }
        return true;
    }
}

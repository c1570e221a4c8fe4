package dev.datalayerlint.core.report;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The published schemas of the CI formats, kept as test resources (see {@code src/test/resources/schemas/README.md}
 * for where they come from) and loaded without any network access.
 */
final class ReportSchemas {

    private static final String SARIF_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private static Schema sarif;

    private ReportSchemas() {}

    /** Errors of a SARIF log against the OASIS SARIF 2.1.0 schema (draft-07, formats asserted); empty when valid. */
    static synchronized List<Error> sarifErrors(String log) {
        if (sarif == null) {
            String text = resource("/schemas/sarif-schema-2.1.0.json");
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_7,
                    builder -> builder.schemas(Map.of(SARIF_ID, text))
                            .schemaLoader(loader -> loader.fetchRemoteResources(false))
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build()));
            sarif = registry.getSchema(SchemaLocation.of(SARIF_ID));
        }
        return sarif.validate(log, com.networknt.schema.InputFormat.JSON);
    }

    /** Validates a JUnit XML document against the Jenkins JUnit schema; throws {@link SAXException} when invalid. */
    static void validateJunit(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        javax.xml.validation.Schema schema = factory.newSchema(
                new StreamSource(new StringReader(resource("/schemas/jenkins-junit.xsd")), "jenkins-junit.xsd"));
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    static String resource(String name) {
        try (InputStream in = ReportSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

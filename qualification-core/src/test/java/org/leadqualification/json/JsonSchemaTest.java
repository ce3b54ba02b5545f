package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/** The shipped JSON Schemas agree with the reader and the writer. */
class JsonSchemaTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema LEAD = schema(LeadJson.leadSchema());
    private static final JsonSchema QUALIFICATION = schema(LeadJson.qualificationSchema());
    private static final JsonSchema ERROR = schema(LeadJson.leadErrorSchema());

    private final LeadJson json = LeadJson.standard();

    @ParameterizedTest
    @ValueSource(strings = {LeadJson.LEAD_SCHEMA, LeadJson.QUALIFICATION_SCHEMA, LeadJson.LEAD_ERROR_SCHEMA})
    void schemas_areValidDraft202012Schemas(String resource) throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            schema = Fixtures.PLAIN.readTree(in);
        }

        assertThat(meta.validate(schema)).isEmpty();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spec-example-lead.json", "lead-minimal.json", "lead-with-nulls-for-absent-fields.json"})
    void validLeadFixtures_matchTheLeadSchema(String fixture) {
        JsonNode tree = Fixtures.tree(Fixtures.text(fixture));

        assertThat(LEAD.validate(tree)).isEmpty();
        assertThat(LEAD.validate(JsonTrees.toTree(json.readLead(Fixtures.text(fixture))))).isEmpty();
    }

    @Test
    void specExampleQualification_matchesTheQualificationSchema() {
        String text = Fixtures.text("spec-example-qualification.json");

        assertThat(QUALIFICATION.validate(Fixtures.tree(text))).isEmpty();
        assertThat(QUALIFICATION.validate(JsonTrees.toTree(json.readQualification(text)))).isEmpty();
    }

    static Stream<String> invalidLeads() {
        return Stream.of("lead-with-unknown-field.json", "lead-with-wrong-type.json",
                "lead-with-unknown-enum-value.json", "lead-with-negative-count.json",
                "lead-with-negative-amount.json", "lead-with-fractional-count.json", "lead-without-id.json",
                "lead-with-blank-id.json", "lead-with-interaction-without-type.json",
                "lead-with-interaction-without-at.json", "lead-with-unparseable-instant.json",
                "lead-with-local-date-time.json", "lead-with-nested-attribute.json", "lead-with-null-attribute.json",
                "lead-with-product-without-plan.json", "lead-with-invalid-interaction-type.json",
                "lead-not-an-object.json");
    }

    @ParameterizedTest
    @MethodSource("invalidLeads")
    void invalidLeadFixtures_areRejectedByTheSchemaToo(String fixture) {
        Set<ValidationMessage> messages = LEAD.validate(Fixtures.tree(Fixtures.text(fixture)));

        LeadError error = Fixtures.items(Fixtures.text(fixture)).get(0).error().orElseThrow();
        String readerPath = error.path().orElse("");

        // The schema objects to the same place the reader does (or to its parent, for a missing field).
        assertThat(messages).as(fixture).isNotEmpty().anySatisfy(m -> {
            String location = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            assertThat(readerPath.startsWith(location) || location.startsWith(readerPath))
                    .as("%s: schema at %s, reader at %s", fixture, location, readerPath).isTrue();
        });
    }

    @Test
    void everyErrorTheReaderProduces_matchesTheErrorSchema() {
        Stream<String> inputs = Stream.concat(invalidLeads(), Stream.of("batch-with-syntax-error.jsonl",
                "batch-array-with-syntax-error.json", "lead-truncated.json", "empty.json"));

        List<LeadError> errors = inputs.flatMap(f -> Fixtures.items(Fixtures.text(f)).stream())
                .flatMap(i -> i.error().stream()).toList();

        assertThat(errors).hasSizeGreaterThan(20);
        for (LeadError e : errors) {
            assertThat(ERROR.validate(JsonTrees.toTree(e))).as(e.describe()).isEmpty();
        }
    }

    @Test
    void writtenQualifications_matchTheSchema() {
        Qualification q = new Qualification("L-2", Instant.parse("2026-11-01T00:00:00Z"), Stage.DISQUALIFIED, 0,
                Grade.F, new DimensionScores(0, 5, 0, 0), List.of(Reason.classified("Spam complaint", null),
                Reason.scored("Careers page", org.leadqualification.result.Dimension.INTENT, -10, null)),
                Set.of(Stage.DISQUALIFIED), "Do not contact");
        Qualification bare = new Qualification("L-3", Instant.parse("2026-11-01T00:00:00.5Z"), Stage.UNQUALIFIED, 3,
                Grade.C, new DimensionScores(1, 2, 3, 4), List.of(), Set.of(), "Nurture");

        assertThat(QUALIFICATION.validate(JsonTrees.toTree(q))).isEmpty();
        assertThat(QUALIFICATION.validate(JsonTrees.toTree(bare))).isEmpty();
    }

    @Test
    void schema_rejectsAQualificationWithAnOutOfRangeScoreOrUnknownField() {
        JsonNode spec = Fixtures.tree(Fixtures.text("spec-example-qualification.json"));
        com.fasterxml.jackson.databind.node.ObjectNode tooHigh = spec.deepCopy();
        tooHigh.put("score", 101);
        com.fasterxml.jackson.databind.node.ObjectNode extra = spec.deepCopy();
        extra.put("confidence", 0.9);

        assertThat(QUALIFICATION.validate(tooHigh)).isNotEmpty();
        assertThat(QUALIFICATION.validate(extra)).isNotEmpty();
    }

    @Test
    void errorSchema_requiresTheFourFields() {
        assertThat(ERROR.validate(Fixtures.tree("{\"leadId\":null,\"index\":0,\"path\":null,\"message\":\"x\"}")))
                .isEmpty();
        assertThat(ERROR.validate(Fixtures.tree("{\"index\":0,\"message\":\"x\"}"))).isNotEmpty();
        assertThat(ERROR.validate(JsonTrees.toTree(new LeadError(Optional.of("L-7"), 6,
                Optional.of("interactions[3].at"), "expected an instant"))))
                .isEmpty();
    }

    private static JsonSchema schema(URL url) {
        try (InputStream in = url.openStream()) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.leadqualification.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

/** The JSON form of the hand-made report: valid against the shipped schema, with the hand-worked numbers. */
class FunnelJsonTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode json = tree(FunnelJson.toJson(HandMadeLeads.report()));

    private static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSchema_isAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));

        assertThat(meta.validate(tree(FunnelJson.schema()))).isEmpty();
    }

    @Test
    void theReport_matchesTheSchema() {
        JsonSchema schema = FACTORY.getSchema(FunnelJson.schema());

        assertThat(schema.validate(json)).isEmpty();
    }

    @Test
    void aReportWithoutQualifierOrSla_matchesTheSchemaToo() {
        FunnelReport bare = FunnelAnalyzer.builder().period(HandMadeLeads.D0, HandMadeLeads.PERIOD_END).build()
                .analyze(HandMadeLeads.leads().stream());
        JsonNode tree = tree(FunnelJson.toJson(bare));

        assertThat(FACTORY.getSchema(FunnelJson.schema()).validate(tree)).isEmpty();
        assertThat(tree.get("calibration").isNull()).isTrue();
    }

    @Test
    void anUnknownField_isRejectedByTheSchema() {
        ObjectNode changed = json.deepCopy();
        ((ObjectNode) changed.get("leads")).put("lost", 1);

        assertThat(FACTORY.getSchema(FunnelJson.schema()).validate(changed)).isNotEmpty();
    }

    @Test
    void theNumbers_areTheHandWorkedOnes() {
        assertThat(json.at("/leads/read").asLong()).isEqualTo(9);
        assertThat(json.at("/leads/errors").asLong()).isEqualTo(1);
        assertThat(json.at("/conversionWindowHours").asDouble()).isEqualTo(720.0);
        assertThat(json.at("/cohortConversion/1/rate/count").asLong()).isEqualTo(3);
        assertThat(json.at("/cohortConversion/1/rate/of").asLong()).isEqualTo(5);
        assertThat(json.at("/cohortConversion/1/rate/value").asDouble()).isEqualTo(0.6);
        assertThat(json.at("/cohortConversion/1/immature").asLong()).isEqualTo(1);
        // MQL stays 3 d and 2 d: median 60 h, p90 72 h.
        assertThat(json.at("/velocity/0/medianHours").asDouble()).isEqualTo(60.0);
        assertThat(json.at("/velocity/0/p90Hours").asDouble()).isEqualTo(72.0);
        assertThat(json.at("/salesCycle/medianHours").asDouble()).isEqualTo(348.0);
        assertThat(json.at("/sources/1/source").asText()).isEqualTo("WEBINAR");
        assertThat(json.at("/sources/1/revenuePerLead").decimalValue()).isEqualByComparingTo("333.33");
        assertThat(json.at("/interactionLift/0/lift").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/interactionLift/2/lift").isNull()).isTrue();
        assertThat(json.at("/calibration/auc").asDouble()).isEqualTo(0.875);
        assertThat(json.at("/calibration/scoreBands/7/lift").asDouble()).isEqualTo(1.75);
        assertThat(json.at("/sla/openBreachCount").asLong()).isEqualTo(2);
        assertThat(json.at("/sla/openBreaches/0/leadId").asText()).isEqualTo("C");
        assertThat(json.at("/sla/openBreaches/0/owner").isNull()).isTrue();
        assertThat(json.at("/sla/openBreaches/0/lateHours").asDouble()).isEqualTo(106 * 24.0);
        assertThat(json.at("/sla/byOwner/1/key").asText()).isEqualTo("ana");
        assertThat(json.at("/sla/byOwner/1/compliance/value").asDouble()).isEqualTo(0.8);
    }
}

package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.LeadError;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Channel;
import org.leadqualification.model.Company;
import org.leadqualification.model.CustomerAccount;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.ProductPlan;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

class LeadJsonRoundTripTest {
    private final LeadJson json = LeadJson.standard();

    @Test
    void specExampleLead_readsEveryField() {
        Lead lead = json.readLead(Fixtures.text("spec-example-lead.json"));

        assertThat(lead.id()).isEqualTo("L-1001");
        assertThat(lead.source()).contains("WEBINAR");
        assertThat(lead.createdAt()).contains(Instant.parse("2026-09-14T09:30:00Z"));
        assertThat(lead.person().seniority()).contains(Seniority.DIRECTOR);
        assertThat(lead.person().emailDomain()).contains("acme.example");
        assertThat(lead.company().employees().getAsLong()).isEqualTo(250);
        assertThat(lead.company().annualRevenue()).contains(new BigDecimal("25000000"));
        assertThat(lead.bant()).isEqualTo(new Bant(Budget.CONFIRMED, Authority.DECISION_MAKER, Need.CONFIRMED,
                Timeline.WITHIN_3_MONTHS));
        assertThat(lead.interactions()).containsExactly(
                Interaction.of("CONTENT_DOWNLOAD", Instant.parse("2026-10-01T10:00:00Z"), Channel.WEBSITE)
                        .withDetail("ebook-lead-management"),
                Interaction.of("DEMO_REQUEST", Instant.parse("2026-10-20T15:12:00Z"), Channel.WEBSITE));
        assertThat(lead.product()).contains(new ProductUsage(ProductPlan.TRIAL,
                Optional.of(Instant.parse("2026-10-02T08:00:00Z")), OptionalInt.of(9), OptionalInt.of(4),
                List.of("INTEGRATIONS", "REPORTS"), true));
        assertThat(lead.customer()).contains(new CustomerAccount(Optional.of("STARTER"),
                Optional.of(Instant.parse("2024-05-01T00:00:00Z")), Optional.of(new BigDecimal("400"))));
        assertThat(lead.attributes()).containsExactly(Map.entry("campaign", "q4-webinar"),
                Map.entry("crmRating", "Hot"));
    }

    @Test
    void specExampleLead_writesBackIdentically() {
        String text = Fixtures.text("spec-example-lead.json");

        String written = json.writeLead(json.readLead(text));

        assertThat(Fixtures.tree(written)).isEqualTo(Fixtures.tree(text));
        assertThat(written).startsWith("{\"id\":\"L-1001\",\"source\":\"WEBINAR\",\"createdAt\":");
    }

    @Test
    void specExampleQualification_writesBackIdenticallyInSpecFieldOrder() {
        String text = Fixtures.text("spec-example-qualification.json");

        Qualification q = json.readQualification(text);
        String written = json.writeQualification(q);

        assertThat(q.dimensions()).isEqualTo(new DimensionScores(90, 71, 88, 100));
        assertThat(q.reasons().get(0)).isEqualTo(Reason.scored("Demo requested", Dimension.INTENT, 30,
                "DEMO_REQUEST 2026-10-20T15:12:00Z"));
        assertThat(q.qualifications()).containsExactly(Stage.MQL, Stage.SQL);
        assertThat(Fixtures.tree(written)).isEqualTo(Fixtures.tree(text));
        List<String> order = iterate(Fixtures.tree(written).fieldNames());
        assertThat(order).containsExactly("leadId", "asOf", "stage", "score", "grade", "dimensions", "reasons",
                "qualifications", "recommendedAction");
        assertThat(iterate(Fixtures.tree(written).get("dimensions").fieldNames()))
                .containsExactly("fit", "engagement", "intent", "bant");
    }

    @Test
    void pretty_writesIndentedJsonThatReadsBackTheSame() {
        Lead lead = json.readLead(Fixtures.text("spec-example-lead.json"));

        String pretty = json.pretty().writeLead(lead);

        assertThat(pretty).contains("\n  \"id\" : \"L-1001\"");
        assertThat(json.readLead(pretty)).isEqualTo(lead);
    }

    @Test
    void builtLead_roundTripsToAnEqualRecord() {
        Lead lead = Lead.builder("L-7")
                .createdAt(Instant.parse("2026-01-02T03:04:05.123456789Z"))
                .person(Person.builder().firstName("Li").seniority(Seniority.VP).build())
                .company(Company.builder().name("Initech").annualRevenue(new BigDecimal("1234.50")).build())
                .bant(new Bant(Budget.PLANNED, null, null, Timeline.LONGER))
                .interaction(Interaction.of("PRICING_PAGE_VIEW", Instant.parse("2026-01-03T00:00:00Z"))
                        .withAttributes(Map.of("seconds", 42L)))
                .customer(new CustomerAccount(Optional.empty(), Optional.empty(), Optional.empty()))
                .attribute("score", new BigDecimal("3.25"))
                .attribute("vip", true)
                .attribute("count", 12L)
                .build();

        String written = json.writeLead(lead);

        assertThat(json.readLead(written)).isEqualTo(lead);
        assertThat(Fixtures.tree(written).get("bant")).isEqualTo(Fixtures.tree(
                "{\"budget\":\"PLANNED\",\"timeline\":\"LONGER\"}"));
        assertThat(Fixtures.tree(written).get("customer")).isEqualTo(Fixtures.tree("{}"));
    }

    @Test
    void minimalLead_writesOnlyTheId() {
        Lead lead = json.readLead(Fixtures.text("lead-minimal.json"));

        assertThat(lead.person()).isSameAs(Person.EMPTY);
        assertThat(lead.company().isEmpty()).isTrue();
        assertThat(lead.bant().isUnknown()).isTrue();
        assertThat(json.writeLead(lead)).isEqualTo("{\"id\":\"L-min\"}");
    }

    @Test
    void nullFields_readAsAbsent() {
        Lead lead = json.readLead(Fixtures.text("lead-with-nulls-for-absent-fields.json"));

        assertThat(lead.source()).isEmpty();
        assertThat(lead.company().name()).contains("Acme");
        assertThat(lead.company().employees()).isEmpty();
        assertThat(lead.bant().budget()).isEqualTo(Budget.PLANNED);
        assertThat(lead.bant().need()).isEqualTo(Need.UNKNOWN);
        assertThat(json.writeLead(lead)).isEqualTo(
                "{\"id\":\"L-nulls\",\"company\":{\"name\":\"Acme\"},\"bant\":{\"budget\":\"PLANNED\"}}");
    }

    @Test
    void enumerationsAndInteractionTypes_areReadInAnyCase() {
        Lead lead = json.readLead("{\"id\":\"L-case\",\"person\":{\"seniority\":\"director\"},"
                + "\"bant\":{\"authority\":\"Decision_Maker\"},"
                + "\"interactions\":[{\"type\":\"demo_request\",\"at\":\"2026-10-01t10:00:00z\",\"channel\":\"web"
                + "site\"}],\"product\":{\"plan\":\"trial\"}}");

        assertThat(lead.person().seniority()).contains(Seniority.DIRECTOR);
        assertThat(lead.bant().authority()).isEqualTo(Authority.DECISION_MAKER);
        assertThat(lead.interactions().get(0)).isEqualTo(
                Interaction.of("DEMO_REQUEST", Instant.parse("2026-10-01T10:00:00Z"), Channel.WEBSITE));
        assertThat(lead.product().orElseThrow().plan()).isEqualTo(ProductPlan.TRIAL);
    }

    @Test
    void instantsWithOffsets_areNormalisedToUtc() {
        Lead lead = json.readLead("{\"id\":\"L-tz\",\"createdAt\":\"2026-10-01T11:30:00+02:00\"}");

        assertThat(lead.createdAt()).contains(Instant.parse("2026-10-01T09:30:00Z"));
        assertThat(json.writeLead(lead)).contains("\"createdAt\":\"2026-10-01T09:30:00Z\"");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "2026-10-01T10:00:00Z,             2026-10-01T10:00:00Z",
            "2026-10-01t10:00:00z,             2026-10-01T10:00:00Z",
            "2026-10-01T10:00:00.5+01:30,      2026-10-01T08:30:00.500Z",
            "2026-10-01T10:00:00.123456789-00:30, 2026-10-01T10:30:00.123456789Z",
            "2024-02-29T23:59:59+00:00,        2024-02-29T23:59:59Z"})
    void instants_areReadExactly(String text, String expected) {
        Lead lead = json.readLead("{\"id\":\"L-i\",\"createdAt\":\"" + text + "\"}");

        assertThat(lead.createdAt()).contains(Instant.parse(expected));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2025-02-29T10:00:00Z", "2026-10-01T24:00:00Z",
            "2026-10-01T10:00:00+19:00", "2026-10-01T10:00:60Z"})
    void impossibleInstants_areErrors(String text) {
        LeadError error = Fixtures.items("{\"id\":\"L-i\",\"createdAt\":\"" + text + "\"}").get(0).error()
                .orElseThrow();

        assertThat(error.path()).contains("createdAt");
        assertThat(error.message()).endsWith("(not a valid date, time or offset)");
    }

    @Test
    void attributeNumbers_areLongsWhenWholeAndExactDecimalsOtherwise() {
        Lead lead = json.readLead("{\"id\":\"L-n\",\"attributes\":{\"a\":7,\"b\":2.50,\"c\":1e3,\"d\":false,"
                + "\"e\":123456789012345678901234567890}}");

        assertThat(lead.attributes()).containsEntry("a", 7L).containsEntry("b", new BigDecimal("2.50"))
                .containsEntry("c", new BigDecimal("1e3")).containsEntry("d", false)
                .containsEntry("e", new BigDecimal("123456789012345678901234567890"));
        assertThat(Fixtures.tree(json.writeLead(lead)).get("attributes")).isEqualTo(
                Fixtures.tree("{\"a\":7,\"b\":2.50,\"c\":1e3,\"d\":false,\"e\":123456789012345678901234567890}"));
    }

    @Test
    void wholeNumberWrittenWithZeroFraction_isACount() {
        Lead lead = json.readLead("{\"id\":\"L-w\",\"company\":{\"employees\":250.0}}");

        assertThat(lead.company().employees().getAsLong()).isEqualTo(250);
    }

    @Test
    void error_isWrittenInTheSpecErrorForm() {
        LeadError known = new LeadError(Optional.of("L-7"), 6, Optional.of("interactions[3].at"), "expected x");
        LeadError unknown = new LeadError(Optional.empty(), 2, Optional.empty(), "expected y");

        assertThat(json.writeError(known)).isEqualTo(
                "{\"leadId\":\"L-7\",\"index\":6,\"path\":\"interactions[3].at\",\"message\":\"expected x\"}");
        assertThat(json.writeError(unknown)).isEqualTo(
                "{\"leadId\":null,\"index\":2,\"path\":null,\"message\":\"expected y\"}");
    }

    @Test
    void qualificationWithoutReasonsOrQualifications_leavesThemOut() {
        Qualification q = new Qualification("L-9", Instant.parse("2026-11-01T00:00:00Z"), Stage.UNQUALIFIED, 12,
                Grade.D, new DimensionScores(10, 20, 0, 0), List.of(), Set.of(), "Nurture");

        String written = json.writeQualification(q);

        assertThat(written).doesNotContain("reasons").doesNotContain("qualifications");
        assertThat(json.readQualification(written)).isEqualTo(q);
    }

    @Test
    void classificationReason_hasNoDimension() {
        Qualification q = new Qualification("L-9", Instant.parse("2026-11-01T00:00:00Z"), Stage.DISQUALIFIED, 0,
                Grade.F, new DimensionScores(0, 0, 0, 0), List.of(Reason.classified("Spam complaint", null)),
                Set.of(Stage.DISQUALIFIED), "Do not contact");

        JsonNode reason = Fixtures.tree(json.writeQualification(q)).get("reasons").get(0);

        assertThat(reason).isEqualTo(Fixtures.tree("{\"rule\":\"Spam complaint\",\"points\":0}"));
    }

    @Test
    void writeToWriter_writesTheSameText() throws IOException {
        Lead lead = json.readLead(Fixtures.text("spec-example-lead.json"));
        StringWriter out = new StringWriter();

        json.writeLead(lead, out);

        assertThat(out).hasToString(json.writeLead(lead));
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}

package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.OutcomeStatus;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.SalesFollowUp;
import org.leadqualification.model.StageChange;

/** stageHistory, outcome and sales on the wire: read, written, checked against the schema, errors at their path. */
class LeadHistoryJsonTest {
    private static final String FULL = """
            {"id": "L-1", "createdAt": "2026-09-01T00:00:00Z",
             "stageHistory": [{"stage": "mql", "at": "2026-09-02T00:00:00Z"},
                              {"stage": "SQL", "at": "2026-09-05T00:00:00Z"},
                              {"stage": "OPPORTUNITY", "at": "2026-09-08T00:00:00Z"}],
             "outcome": {"status": "WON", "at": "2026-09-20T00:00:00Z", "amount": 1200.50},
             "sales": {"owner": "ana", "acceptedAt": "2026-09-03T00:00:00Z", "firstTouchAt": "2026-09-05T10:00:00Z"}}
            """;

    private final LeadJson json = LeadJson.standard();

    @Test
    void aLeadWithHistory_isReadAndWrittenBackTheSame() {
        Lead lead = json.readLead(FULL);

        assertThat(lead.stageHistory()).containsExactly(
                StageChange.of(RecordedStage.MQL, Instant.parse("2026-09-02T00:00:00Z")),
                StageChange.of(RecordedStage.SQL, Instant.parse("2026-09-05T00:00:00Z")),
                StageChange.of(RecordedStage.OPPORTUNITY, Instant.parse("2026-09-08T00:00:00Z")));
        assertThat(lead.outcome()).contains(DealOutcome.won(Instant.parse("2026-09-20T00:00:00Z"),
                new BigDecimal("1200.50")));
        assertThat(lead.sales()).contains(SalesFollowUp.builder().owner("ana")
                .acceptedAt(Instant.parse("2026-09-03T00:00:00Z"))
                .firstTouchAt(Instant.parse("2026-09-05T10:00:00Z")).build());
        assertThat(json.readLead(json.writeLead(lead))).isEqualTo(lead);
    }

    @Test
    void aLeadWithoutHistory_isWrittenWithoutTheNewFields() {
        String text = json.writeLead(Lead.builder("L-2").build());

        assertThat(text).doesNotContain("stageHistory", "outcome", "sales");
    }

    @Test
    void theWrittenLead_matchesTheLeadSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = LeadJson.leadSchema().openStream()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode tree = new ObjectMapper().readTree(json.writeLead(json.readLead(FULL)));

        assertThat(schema.validate(tree)).isEmpty();
        JsonNode wonWithoutAt = new ObjectMapper().readTree("{\"id\": \"x\", \"outcome\": {\"status\": \"WON\"}}");
        assertThat(schema.validate(wonWithoutAt)).isNotEmpty();
        JsonNode acceptedAndRejected = new ObjectMapper().readTree("{\"id\": \"x\", \"sales\": {\"acceptedAt\": "
                + "\"2026-09-03T00:00:00Z\", \"rejectedAt\": \"2026-09-04T00:00:00Z\"}}");
        assertThat(schema.validate(acceptedAndRejected)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown stage | {"id": "B", "stageHistory": [{"stage": "WON", "at": "2026-09-02T00:00:00Z"}]} | stageHistory[0].stage | expected one of DISQUALIFIED, UNQUALIFIED, MQL, SQL, PQL, SERVICE_QUALIFIED, OPPORTUNITY
            unknown field in a stage change | {"id": "B", "stageHistory": [{"stage": "MQL", "at": "2026-09-02T00:00:00Z", "by": "x"}]} | stageHistory[0].by | unknown field "by"
            stage changes out of order | {"id": "B", "stageHistory": [{"stage": "SQL", "at": "2026-09-05T00:00:00Z"}, {"stage": "MQL", "at": "2026-09-02T00:00:00Z"}]} | stageHistory[1].at | must not be before stageHistory[0].at
            outcome before creation | {"id": "B", "createdAt": "2026-09-10T00:00:00Z", "outcome": {"status": "LOST", "at": "2026-09-01T00:00:00Z"}} | outcome.at | must not be before createdAt
            negative amount | {"id": "B", "outcome": {"status": "WON", "at": "2026-09-01T00:00:00Z", "amount": -5}} | outcome.amount | -5
            won without instant | {"id": "B", "outcome": {"status": "WON"}} | outcome.at | the instant the deal was won
            unknown outcome status | {"id": "B", "outcome": {"status": "PENDING"}} | outcome.status | expected one of OPEN, WON, LOST
            lost reason on a won deal | {"id": "B", "outcome": {"status": "WON", "at": "2026-09-01T00:00:00Z", "lostReason": "price"}} | outcome.lostReason | only allowed when status is LOST
            stage change after the deal closed | {"id": "B", "stageHistory": [{"stage": "SQL", "at": "2026-09-05T00:00:00Z"}], "outcome": {"status": "LOST", "at": "2026-09-01T00:00:00Z"}} | stageHistory[0].at | must not be after the deal closed
            accepted and rejected | {"id": "B", "sales": {"acceptedAt": "2026-09-03T00:00:00Z", "rejectedAt": "2026-09-04T00:00:00Z"}} | sales.rejectedAt | must not both be given
            sales touch before creation | {"id": "B", "createdAt": "2026-09-10T00:00:00Z", "sales": {"firstTouchAt": "2026-09-01T00:00:00Z"}} | sales.firstTouchAt | must not be before createdAt
            unknown sales field | {"id": "B", "sales": {"ownr": "ana"}} | sales.ownr | did you mean "owner"?
            """)
    void badHistory_isAnErrorNamingTheLeadAndThePath(String name, String lead, String path, String message) {
        assertThatThrownBy(() -> json.readLead(lead)).isInstanceOfSatisfying(InvalidLeadException.class, e -> {
            assertThat(e.error().leadId()).contains("B");
            assertThat(e.error().path()).contains(path);
            assertThat(e.error().message()).contains(message);
        });
    }

    @Test
    void inABatch_aLeadWithBadHistoryIsOneError_andNoLeadIsLost() throws Exception {
        String batch = "[" + FULL + ", {\"id\": \"B\", \"outcome\": {\"status\": \"WON\", \"at\": "
                + "\"2026-09-01T00:00:00Z\", \"amount\": -1}}, {\"id\": \"C\", \"outcome\": {\"status\": \"OPEN\"}}]";
        List<String> seen = new ArrayList<>();
        try (LeadReader reader = json.readLeads(new StringReader(batch))) {
            while (reader.hasNext()) {
                LeadItem item = reader.next();
                seen.add(item.lead().map(l -> "lead " + l.id()).orElseGet(() -> {
                    LeadError e = item.error().orElseThrow();
                    return "error " + e.leadId().orElse("?") + " " + e.path().orElse("");
                }));
            }
        }

        assertThat(seen).containsExactly("lead L-1", "error B outcome.amount", "lead C");
        assertThat(json.readLead("{\"id\": \"C\", \"outcome\": {\"status\": \"open\"}}").outcome().orElseThrow()
                .status()).isEqualTo(OutcomeStatus.OPEN);
    }
}

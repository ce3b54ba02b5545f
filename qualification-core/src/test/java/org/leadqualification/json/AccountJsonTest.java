package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.LeadError;
import org.leadqualification.model.Lead;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountDimensionScores;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/** The lead's {@code accountId} on the wire, and the account result's JSON against its schema. */
class AccountJsonTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    private final LeadJson json = LeadJson.standard();

    @Test
    void accountId_isReadWrittenAfterTheIdAndRoundTrips() {
        Lead lead = json.readLead("{\"id\":\"L-1\",\"accountId\":\"CRM-42\",\"company\":{\"domain\":\"acme.example\"}}");

        assertThat(lead.accountId()).contains("CRM-42");
        assertThat(json.writeLead(lead)).startsWith("{\"id\":\"L-1\",\"accountId\":\"CRM-42\",");
        assertThat(json.readLead(json.writeLead(lead))).isEqualTo(lead);
    }

    @Test
    void accountId_blankOrNullIsAbsent_andALeadWithoutItStillReads() {
        assertThat(json.readLead("{\"id\":\"L-1\",\"accountId\":null}").accountId()).isEmpty();
        assertThat(json.readLead("{\"id\":\"L-1\",\"accountId\":\"  \"}").accountId()).isEmpty();
        assertThat(json.writeLead(json.readLead("{\"id\":\"L-1\"}"))).isEqualTo("{\"id\":\"L-1\"}");
        assertThat(Lead.builder("L-2").accountId("A").build().toBuilder().build().accountId()).contains("A");
    }

    @Test
    void accountId_ofTheWrongTypeIsAnErrorAtItsPath() {
        LeadReader reader = json.readLeads(new java.io.StringReader("{\"id\":\"L-1\",\"accountId\":7}"));
        LeadError error = reader.next().error().orElseThrow();

        assertThat(error.path()).contains("accountId");
    }

    @Test
    void leadSchema_acceptsAnAccountId() throws Exception {
        JsonSchema lead = factory().getSchema(SchemaLocation.of("classpath:" + LeadJson.LEAD_SCHEMA));

        assertThat(lead.validate(Fixtures.tree("{\"id\":\"L-1\",\"accountId\":\"CRM-42\"}"))).isEmpty();
        assertThat(lead.validate(Fixtures.tree("{\"id\":\"L-1\",\"accountId\":7}"))).isNotEmpty();
    }

    @Test
    void writtenAccountResults_matchTheirSchema_contactsAndErrorsIncluded() {
        JsonSchema schema = factory().getSchema(SchemaLocation.of("classpath:" + LeadJson.ACCOUNT_QUALIFICATION_SCHEMA));
        Qualification contact = new Qualification("L-1", AS_OF, Stage.MQL, 44, Grade.A,
                new DimensionScores(80, 40, 20, 0), List.of(), Set.of(Stage.MQL), "Nurture");
        AccountQualification account = new AccountQualification("acme.example", AS_OF, AccountStage.ENGAGED, 37,
                new AccountDimensionScores(70, 20, 30, 10),
                List.of(new AccountReason("Engaged contact", Optional.of(AccountDimension.ENGAGEMENT), 40,
                        Optional.of("engagement 40"), List.of("L-1"))),
                Set.of(AccountStage.ENGAGED), "Widen the conversation", List.of(contact),
                List.of(new LeadError(Optional.of("L-2"), 1, Optional.empty(), "rule failed")));

        JsonNode tree = Fixtures.tree(json.writeAccountQualification(account));

        assertThat(schema.validate(tree)).isEmpty();
        assertThat(tree.get("reasons").get(0).get("contacts").get(0).asText()).isEqualTo("L-1");
        assertThat(tree.get("contacts").get(0).get("leadId").asText()).isEqualTo("L-1");
        ObjectNode wrong = tree.deepCopy();
        wrong.put("stage", "MQL");
        assertThat(schema.validate(wrong)).isNotEmpty();
    }

    private static AccountQualification account() {
        Qualification contact = new Qualification("L-1", AS_OF, Stage.MQL, 44, Grade.A,
                new DimensionScores(80, 40, 20, 0), List.of(new org.leadqualification.result.Reason("Seniority",
                Optional.of(org.leadqualification.result.Dimension.FIT), 18, Optional.of("VP"))), Set.of(Stage.MQL),
                "Nurture");
        return new AccountQualification("acme.example", AS_OF, AccountStage.ACCOUNT_QUALIFIED, 61,
                new AccountDimensionScores(70, 55, 60, 40),
                List.of(new AccountReason("Engaged contact", Optional.of(AccountDimension.ENGAGEMENT), 40,
                                Optional.of("engagement 40"), List.of("L-1", "L-3")),
                        new AccountReason("Account-qualified", Optional.empty(), 0, Optional.empty(), List.of())),
                Set.of(AccountStage.ENGAGED, AccountStage.ACCOUNT_QUALIFIED), "Multi-thread the account",
                List.of(contact), List.of(new LeadError(Optional.of("L-2"), 1, Optional.of("company.employees"),
                        "expected a whole number"), new LeadError(Optional.empty(), 4, Optional.empty(), "rule failed")));
    }

    @Test
    void accountResults_readBackEqual_everyPartIncluded() {
        AccountQualification account = account();

        String written = json.writeAccountQualification(account);

        assertThat(json.readAccountQualification(written)).isEqualTo(account);
        assertThat(json.readAccountQualification(json.pretty().writeAccountQualification(account))).isEqualTo(account);
    }

    @Test
    void aMinimalAccountResult_readsWithEmptyParts() {
        AccountQualification a = json.readAccountQualification("{\"accountId\":\"A\",\"asOf\":\"2026-11-01T00:00:00Z\","
                + "\"stage\":\"COLD\",\"score\":0,\"dimensions\":{\"fit\":0,\"engagement\":0,\"committee\":0,"
                + "\"intent\":0},\"recommendedAction\":\"Wait\"}");

        assertThat(a.reasons()).isEmpty();
        assertThat(a.contacts()).isEmpty();
        assertThat(a.contactErrors()).isEmpty();
        assertThat(a.qualifications()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            score out of range       | /score                     | 101                     | score           | expected
            unknown account stage    | /stage                     | "MQL"                   | stage           | MQL
            reason dimension         | /reasons/0/dimension       | "bant"                  | reasons[0].dimension | committee
            contact's stage          | /contacts/0/stage          | "HOT"                   | contacts[0].stage | HOT
            error without a message  | /contactErrors/0/message   | null                    | contactErrors[0].message | missing
            error index negative     | /contactErrors/1/index     | -1                      | contactErrors[1].index | >= 0
            """)
    void anInvalidAccountResult_isAnErrorNamingTheAccountAndThePath(String what, String pointer, String value,
                                                                    String path, String message) throws Exception {
        ObjectNode tree = (ObjectNode) Fixtures.tree(json.writeAccountQualification(account()));
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        ObjectNode at = (ObjectNode) (parent.isEmpty() ? tree : tree.at(parent));
        at.set(pointer.substring(pointer.lastIndexOf('/') + 1), Fixtures.tree(value));

        org.leadqualification.api.InvalidLeadException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.leadqualification.api.InvalidLeadException.class,
                () -> json.readAccountQualification(tree.toString()));

        assertThat(e).as(what).isNotNull();
        assertThat(e.error().leadId()).contains("acme.example");
        assertThat(e.error().path()).contains(path);
        assertThat(e.error().message()).contains(message);
    }

    @Test
    void anUnknownField_isAnErrorSuggestingTheKnownOne() throws Exception {
        ObjectNode tree = (ObjectNode) Fixtures.tree(json.writeAccountQualification(account()));
        tree.set("recomendedAction", tree.get("recommendedAction"));

        org.leadqualification.api.InvalidLeadException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.leadqualification.api.InvalidLeadException.class,
                () -> json.readAccountQualification(tree.toString()));

        assertThat(e.error().message()).contains("recomendedAction").contains("recommendedAction");
    }

    private static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(m -> m.mapPrefix(
                "https://leadqualification.org/schema/v1/", "classpath:org/leadqualification/schema/")));
    }
}

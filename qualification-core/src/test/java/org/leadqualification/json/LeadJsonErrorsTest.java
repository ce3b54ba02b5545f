package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.internal.JsonTrees;

/** Each kind of bad lead gives its documented error: the lead, the JSON path and what was expected. */
class LeadJsonErrorsTest {
    private final LeadJson json = LeadJson.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            lead-with-unknown-field.json              | L-typo    | compnay                 | unknown field "compnay" (did you mean "company"?): expected one of id, accountId, source
            lead-with-wrong-type.json                 | L-type    | company.employees       | expected a whole number >= 0, got "250"
            lead-with-unknown-enum-value.json         | L-enum    | bant.budget             | expected one of CONFIRMED, PLANNED, NONE, UNKNOWN, got "MAYBE"
            lead-with-negative-count.json             | L-neg     | company.employees       | expected a whole number >= 0, got -5
            lead-with-negative-amount.json            | L-negamt  | customer.monthlyRevenue | expected a number >= 0, got -400.50
            lead-with-fractional-count.json           | L-frac    | product.seats           | expected a whole number >= 0 (no fraction), got 2.5
            lead-without-id.json                      | -         | id                      | missing required field: expected a non-blank string
            lead-with-blank-id.json                   | -         | id                      | expected a non-blank string, got "   "
            lead-with-interaction-without-type.json   | L-notype  | interactions[1].type    | missing required field: expected an interaction type
            lead-with-interaction-without-at.json     | L-noat    | interactions[0].at      | missing required field: expected an ISO-8601 instant with offset
            lead-with-unparseable-instant.json        | L-when    | interactions[3].at      | expected an ISO-8601 instant with offset, e.g. 2026-10-01T09:30:00Z, got "yesterday"
            lead-with-local-date-time.json            | L-local   | createdAt               | got "2026-09-14T09:30:00" (no offset: add Z for UTC or an offset such as +02:00)
            lead-with-nested-attribute.json           | L-nested  | attributes.utm          | expected a string, number or boolean, got an object
            lead-with-null-attribute.json             | L-nullattr| attributes.campaign     | expected a string, number or boolean, got null
            lead-with-product-without-plan.json       | L-noplan  | product.plan            | missing required field: expected one of FREE, TRIAL, PAID
            lead-with-invalid-interaction-type.json   | L-badtype | interactions[0].type    | expected an interaction type, a word of letters, digits and underscores such as DEMO_REQUEST, got "demo request!"
            lead-not-an-object.json                   | -         | -                       | expected a lead object, got "L-1"
            lead-truncated.json                       | L-trunc   | interactions[0].at      | truncated JSON: the input ends inside this lead
            empty.json                                | -         | -                       | expected a lead object, an array of leads or JSON Lines, got an empty input
            """)
    void badLead_givesItsDocumentedError(String fixture, String leadId, String path, String message) {
        String text = Fixtures.text(fixture);

        List<LeadItem> items = Fixtures.items(text);

        assertThat(items).hasSize(1);
        LeadError error = items.get(0).error().orElseThrow();
        assertThat(error.index()).isZero();
        assertThat(error.leadId()).isEqualTo(Optional.ofNullable(leadId));
        assertThat(error.path()).isEqualTo(Optional.ofNullable(path));
        assertThat(error.message()).contains(message);
        assertThat(items.get(0).lead()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lead-with-unknown-field.json      | compnay
            lead-with-unparseable-instant.json| interactions[3].at
            lead-truncated.json               | interactions[0].at
            empty.json                        | ''
            """)
    void readLead_throwsTheSameErrorAsInvalidLeadException(String fixture, String path) {
        String text = Fixtures.text(fixture);
        LeadError expected = Fixtures.items(text).get(0).error().orElseThrow();

        assertThatThrownBy(() -> json.readLead(text))
                .isInstanceOfSatisfying(InvalidLeadException.class, e -> {
                    assertThat(e.error().path()).isEqualTo(Optional.of(path).filter(p -> !p.isEmpty()));
                    assertThat(e.error().leadId()).isEqualTo(expected.leadId());
                    assertThat(e.error().message()).startsWith(expected.message().substring(0, 20));
                    assertThat(e.getMessage()).isEqualTo(e.error().describe());
                });
    }

    @Test
    void describe_namesLeadPathAndExpectation() {
        LeadError error = Fixtures.items(Fixtures.text("lead-with-unparseable-instant.json")).get(0).error()
                .orElseThrow();

        assertThat(error.describe()).isEqualTo("lead \"L-when\" (#0) at interactions[3].at: expected an ISO-8601 "
                + "instant with offset, e.g. 2026-10-01T09:30:00Z, got \"yesterday\"");
    }

    @Test
    void readLeadFromTree_prefixesErrorPathsWithTheBasePath() {
        JsonNode scenario = Fixtures.tree("{\"scenarios\":[{\"lead\":{\"id\":\"S-1\",\"interactions\":"
                + "[{\"type\":\"PAGE_VIEW\",\"at\":\"soon\"}]}}]}");
        JsonNode lead = scenario.get("scenarios").get(0).get("lead");

        assertThatThrownBy(() -> JsonTrees.readLead(lead, "scenarios[0].lead"))
                .isInstanceOfSatisfying(InvalidLeadException.class, e -> {
                    assertThat(e.error().path()).contains("scenarios[0].lead.interactions[0].at");
                    assertThat(e.error().leadId()).contains("S-1");
                });
        assertThat(JsonTrees.readLead(Fixtures.tree("{\"id\":\"S-2\"}"), "scenarios[1].lead").id()).isEqualTo("S-2");
    }

    @Test
    void readLeadFromTree_acceptsTreesReadWithDoubles() throws Exception {
        JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"id\":\"D-1\",\"company\":{\"annualRevenue\":1500.5,\"employees\":12}}");

        assertThat(JsonTrees.readLead(tree, "").company().annualRevenue()).contains(new java.math.BigDecimal("1500.5"));
    }

    @Test
    void duplicateField_isAnError() {
        List<LeadItem> items = Fixtures.items("{\"id\":\"L-d\",\"source\":\"A\",\"source\":\"B\"}");

        assertThat(items.get(0).error().orElseThrow()).satisfies(e -> {
            assertThat(e.path()).contains("source");
            assertThat(e.message()).isEqualTo("duplicate field \"source\": expected each field at most once");
        });
    }

    @Test
    void oddAttributeName_isQuotedInThePath() {
        LeadError error = Fixtures.items("{\"id\":\"L-k\",\"attributes\":{\"utm source\":[1]}}").get(0).error()
                .orElseThrow();

        assertThat(error.path()).contains("attributes[\"utm source\"]");
    }

    @Test
    void invalidDate_isAnErrorEvenWithTheRightShape() {
        LeadError error = Fixtures.items("{\"id\":\"L-d\",\"createdAt\":\"2026-13-45T09:30:00Z\"}").get(0).error()
                .orElseThrow();

        assertThat(error.path()).contains("createdAt");
        assertThat(error.message()).endsWith("(not a valid date, time or offset)");
    }

    @Test
    void numericInstant_isAnError() {
        LeadError error = Fixtures.items("{\"id\":\"L-e\",\"createdAt\":1727775000}").get(0).error().orElseThrow();

        assertThat(error.message()).isEqualTo("expected an ISO-8601 instant with offset, e.g. 2026-10-01T09:30:00Z, "
                + "got 1727775000");
    }

    @Test
    void hugeNegativeExponent_isRejectedWithoutExpandingTheNumber() {
        LeadError error = Fixtures.items("{\"id\":\"L-x\",\"company\":{\"fundingRaised\":-1e999999999}}").get(0)
                .error().orElseThrow();

        assertThat(error.path()).contains("company.fundingRaised");
        assertThat(error.message()).startsWith("expected a number >= 0, got -1");
    }

    @Test
    void qualificationErrors_nameTheLeadAndPath() {
        assertThatThrownBy(() -> json.readQualification("{\"leadId\":\"L-1\",\"asOf\":\"2026-11-01T00:00:00Z\","
                + "\"stage\":\"SQL\",\"score\":140,\"grade\":\"A\",\"dimensions\":{\"fit\":1,\"engagement\":1,"
                + "\"intent\":1,\"bant\":1},\"recommendedAction\":\"Call\"}"))
                .isInstanceOfSatisfying(InvalidLeadException.class, e -> {
                    assertThat(e.error().leadId()).contains("L-1");
                    assertThat(e.error().path()).contains("score");
                    assertThat(e.error().message()).isEqualTo("expected a whole number from 0 to 100, got 140");
                });
    }

    @Test
    void trailingContentAfterOneLead_isAnErrorForReadLead() {
        assertThatThrownBy(() -> json.readLead("{\"id\":\"a\"} {\"id\":\"b\"}"))
                .isInstanceOfSatisfying(InvalidLeadException.class, e -> assertThat(e.error().message())
                        .startsWith("unexpected content after the end of the JSON value"));
    }
}

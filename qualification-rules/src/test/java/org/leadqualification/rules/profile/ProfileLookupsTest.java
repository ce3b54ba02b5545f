package org.leadqualification.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Company;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Person;

/** The profile's lookups at their boundaries: a value or empty, never null. */
class ProfileLookupsTest {
    private static final ScoringProfile DEFAULTS = ScoringProfile.defaults();
    private static final Fit FIT = DEFAULTS.fit();

    @ParameterizedTest(name = "{0} employees -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            0,     none
            1,     0
            9,     0
            10,    5
            49,    5
            50,    15
            999,   15
            1000,  12
            9999,  12
            10000, 8
            9223372036854775807, 8
            """)
    void sizeBand_givenEmployees_isTheFirstBandHoldingThemOrEmpty(long employees, Integer points) {
        assertThat(FIT.sizeBand(employees).map(Band::points)).isEqualTo(java.util.Optional.ofNullable(points));
    }

    @ParameterizedTest(name = "{0} revenue -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            0,          none
            999999,     none
            1000000,    5
            9999999,    5
            9999999.99, 5
            10000000,   10
            499999999,  10
            500000000,  8
            1E30,       8
            """)
    void revenueBand_givenAnyAmount_isTheFirstBandHoldingItOrEmpty(BigDecimal revenue, Integer points) {
        assertThat(FIT.revenueBand(revenue).map(Band::points)).isEqualTo(java.util.Optional.ofNullable(points));
    }

    @Test
    void revenueBand_givenALong_matchesTheAmountOverload() {
        assertThat(FIT.revenueBand(1_000_000L)).isEqualTo(FIT.revenueBand(new BigDecimal("1000000")))
                .map(Band::points).contains(5);
        assertThat(FIT.revenueBand(999_999L)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            VP Marketing,               marketing
            Head of Sales & Growth,     sales
            sales-ops lead,             sales
            Salesforce admin,           none
            CRM,                        crm
            Chief Executive,            none
            '',                         none
            none,                       none
            """)
    void firstWordIn_givenATitle_isTheFirstKeywordAsAWholeWordOrEmpty(String title, String keyword) {
        assertThat(FIT.jobTitleKeywords().firstWordIn(title)).isEqualTo(java.util.Optional.ofNullable(keyword));
    }

    @Test
    void firstWordIn_givenAKeywordOfSeveralWords_findsItAcrossPunctuation() {
        PointsForValues keywords = new PointsForValues(5, java.util.List.of("revenue operations"));

        assertThat(keywords.firstWordIn("Director, Revenue-Operations")).contains("revenue operations");
        assertThat(keywords.firstWordIn("Revenue Ops")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "none", textBlock = """
            email=test@acme.io,                   e-mail test@acme.io
            email=ann@mailinator.com,             e-mail ann@mailinator.com
            email=ann@acme,                       e-mail ann@acme is not an address
            first=John; last=Doe,                 name John Doe
            first=Test,                           name Test
            phone=000 000 0000,                   phone 000 000 0000
            phone=123-456-7890,                   phone 123-456-7890
            email=ann@acme.io; first=Ann; phone=+44 20 7946 0018, none
            """)
    void evidenceIn_givenAPerson_isWhatLooksMadeUpOrEmpty(String fields, String evidence) {
        Person.Builder b = Person.builder();
        for (String kv : fields.split("; ")) {
            String[] p = kv.split("=", 2);
            switch (p[0]) {
                case "email" -> b.email(p[1]);
                case "first" -> b.firstName(p[1]);
                case "last" -> b.lastName(p[1]);
                case "phone" -> b.phone(p[1]);
                default -> throw new IllegalArgumentException(kv);
            }
        }

        assertThat(FIT.fakeData().evidenceIn(b.build())).isEqualTo(java.util.Optional.ofNullable(evidence));
    }

    @ParameterizedTest(name = "e-mail {0}, company {1} -> {2}")
    @CsvSource(nullValues = "none", textBlock = """
            ann@hubspot.com,      none,              hubspot.com
            ann@eu.HubSpot.com,   none,              eu.hubspot.com
            ann@nothubspot.com,   none,              none
            ann@acme.io,          EU.Salesforce.com, eu.salesforce.com
            ann@acme.io,          salesforce.com.au, none
            none,                 zoho.com,          zoho.com
            none,                 none,              none
            """)
    void competitorDomainOf_givenALead_isTheCompetitorsDomainOrEmpty(String email, String companyDomain,
                                                                   String expected) {
        Person.Builder person = Person.builder();
        if (email != null) {
            person.email(email);
        }
        Company.Builder company = Company.builder();
        if (companyDomain != null) {
            company.domain(companyDomain);
        }
        Lead lead = Lead.builder("L").person(person.build()).company(company.build()).build();

        assertThat(DEFAULTS.classification().disqualify().competitorDomainOf(lead))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }
}

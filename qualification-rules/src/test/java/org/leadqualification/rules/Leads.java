package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Company;
import org.leadqualification.model.CustomerAccount;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.ProductPlan;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;

/** Test fixtures: a fixed as-of instant and the leads the rule tests are built from. */
final class Leads {
    /** Every test judges at this instant unless it says otherwise. */
    static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    private Leads() {
    }

    static Instant daysAgo(long days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    /** A lead about which nothing is known. */
    static Lead.Builder blank(String id) {
        return Lead.builder(id);
    }

    static Person strongPerson() {
        return Person.builder().firstName("Ana").lastName("Silva").email("ana@acme.example").phone("+55 11 5555 0100")
                .jobTitle("Head of Marketing").seniority(Seniority.DIRECTOR).department("MARKETING").country("BR")
                .build();
    }

    static Company strongCompany() {
        return Company.builder().name("Acme").domain("acme.example").industry("SOFTWARE").employees(250)
                .annualRevenue(25_000_000).country("BR").fundingRaised(12_000_000).build();
    }

    static Bant fullBant() {
        return new Bant(Budget.CONFIRMED, Authority.DECISION_MAKER, Need.CONFIRMED, Timeline.WITHIN_3_MONTHS);
    }

    /** Person and company fitting the ideal customer profile (fit 90, grade A); no BANT, no interactions. */
    static Lead.Builder strongFit(String id) {
        return Lead.builder(id).source("WEBINAR").createdAt(daysAgo(40)).person(strongPerson())
                .company(strongCompany());
    }

    /**
     * The acceptance case: a recent demo request, a decision maker, budget and need confirmed, buying within three
     * months, target industry.
     */
    static Lead.Builder clearSql(String id) {
        return strongFit(id).bant(fullBant()).interaction("CONTENT_DOWNLOAD", daysAgo(31))
                .interaction("DEMO_REQUEST", daysAgo(12));
    }

    static ProductUsage product(ProductPlan plan, long signedUpDaysAgo, int activeDays, int seats,
                                List<String> features, boolean limitReached) {
        return new ProductUsage(plan, Optional.of(daysAgo(signedUpDaysAgo)), OptionalInt.of(activeDays),
                OptionalInt.of(seats), features, limitReached);
    }

    /** A trial account past the PQL thresholds, signed up five days ago. */
    static ProductUsage activatedTrial() {
        return product(ProductPlan.TRIAL, 5, 9, 2, List.of("INTEGRATIONS", "REPORTS"), false);
    }

    static CustomerAccount customer() {
        return new CustomerAccount(Optional.of("STARTER"), Optional.of(daysAgo(500)),
                Optional.of(BigDecimal.valueOf(400)));
    }

    /** @return the only reason the rule gave, failing if it gave none or several */
    static Reason reasonOf(Qualification q, String rule) {
        List<Reason> found = q.reasons().stream().filter(r -> r.rule().equals(rule)).toList();
        assertThat(found).as("reasons of rule \"%s\" in %s", rule, q.reasons()).hasSize(1);
        return found.get(0);
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.*;
import org.leadqualification.result.*;

class SmokeTest {
    @Test
    void sql() {
        try (RuleBasedQualifier q = RuleBasedQualifier.builder().build()) {
            Lead lead = Lead.builder("L-1").source("WEBINAR").createdAt(Instant.parse("2026-09-14T09:30:00Z"))
                .person(Person.builder().firstName("Ana").lastName("Silva").email("ana@acme.example").jobTitle("Head of Marketing").seniority(Seniority.DIRECTOR).department("MARKETING").country("BR").build())
                .company(Company.builder().name("Acme").domain("acme.example").industry("SOFTWARE").employees(250).annualRevenue(25000000).country("BR").fundingRaised(12000000).build())
                .bant(new Bant(Budget.CONFIRMED, Authority.DECISION_MAKER, Need.CONFIRMED, Timeline.WITHIN_3_MONTHS))
                .interaction("CONTENT_DOWNLOAD", Instant.parse("2026-10-01T10:00:00Z"))
                .interaction("DEMO_REQUEST", Instant.parse("2026-10-20T15:12:00Z"))
                .build();
            Qualification r = q.qualify(lead, Instant.parse("2026-11-01T00:00:00Z"));
            System.out.println(r);
            Qualification later = q.qualify(lead, Instant.parse("2027-11-01T00:00:00Z"));
            System.out.println(later);
            assertThat(r.stage()).isEqualTo(Stage.SQL);
            assertThat(later.stage()).isIn(Stage.UNQUALIFIED, Stage.MQL);
        }
    }
}

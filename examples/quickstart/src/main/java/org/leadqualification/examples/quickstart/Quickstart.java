package org.leadqualification.examples.quickstart;

import java.time.Instant;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Company;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.RuleBasedQualifier;

/** The README's first snippet as a program: build a lead, judge it with the built-in rules, print the result. */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * @return the lead of the README snippet
     */
    public static Lead sampleLead() {
        return Lead.builder("L-1001")
                .person(Person.builder().jobTitle("Head of Marketing").seniority(Seniority.DIRECTOR)
                        .department("MARKETING").email("ana@acme.example").build())
                .company(Company.builder().domain("acme.example").industry("SOFTWARE").employees(250)
                        .annualRevenue(25_000_000).country("BR").build())
                .bant(new Bant(Budget.CONFIRMED, Authority.DECISION_MAKER, Need.CONFIRMED, Timeline.WITHIN_3_MONTHS))
                .interaction("DEMO_REQUEST", Instant.parse("2026-10-20T15:12:00Z"))
                .build();
    }

    /**
     * @return the one line the README says the snippet prints
     */
    public static String run() {
        try (RuleBasedQualifier qualifier = RuleBasedQualifier.builder().build()) {
            Qualification q = qualifier.qualify(sampleLead(), Instant.parse("2026-11-01T00:00:00Z"));
            return q.stage() + " " + q.score() + " " + q.grade() + " " + q.recommendedAction();
        }
    }

    /**
     * Prints the judgement of the sample lead.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(run());
    }
}

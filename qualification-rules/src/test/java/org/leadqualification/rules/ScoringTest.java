package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.rules.Leads.AS_OF;
import static org.leadqualification.rules.Leads.daysAgo;
import static org.leadqualification.rules.Leads.reasonOf;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Company;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/** Decay, caps, negative floors, the as-of instant, normalisation and the score blend of the default profile. */
class ScoringTest {
    private static RuleBasedQualifier engine;

    @BeforeAll
    static void compile() {
        engine = Engines.defaults();
    }

    /**
     * The documented formula: {@code points * round(1000 * 0.5^(d / halfLife)) / 1000} for an interaction {@code d}
     * whole days old, rounded half away from zero, capped; nothing beyond the window.
     */
    static int expectedPoints(int points, int cap, int halfLife, int window, long ageDays) {
        if (ageDays > window) {
            return 0;
        }
        long factor = Math.round(1000 * Math.pow(0.5, ageDays / (double) halfLife));
        double value = Math.min(cap, points * factor / 1000.0);
        return (int) Math.round(value);
    }

    static Stream<Long> demoRequestAges() {
        return Stream.of(0L, 1L, 7L, 10L, 20L, 21L, 30L, 42L, 63L, 100L, 119L, 120L);
    }

    @ParameterizedTest(name = "DEMO_REQUEST {0} days old")
    @MethodSource("demoRequestAges")
    void demoRequest_decaysWithAge(long age) {
        Instant demo = Instant.parse("2026-06-01T10:15:00Z");
        Lead lead = Lead.builder("L").interaction("DEMO_REQUEST", demo).build();
        // Judge the same lead at different instants; plus 23 h to show that only whole days count.
        Instant asOf = demo.plus(Duration.ofDays(age)).plus(Duration.ofHours(23));

        Qualification q = engine.qualify(lead, asOf);

        Reason r = reasonOf(q, "Demo requested");
        assertThat(r.dimension()).contains(Dimension.INTENT);
        assertThat(r.points()).isEqualTo(expectedPoints(30, 30, 21, 120, age)).isPositive();
        assertThat(r.detail()).contains("DEMO_REQUEST " + demo);
    }

    @Test
    void demoRequest_worth30Fresh_15AtOneHalfLife_nothingBeyondTheWindow() {
        Instant demo = Instant.parse("2026-06-01T10:15:00Z");
        Lead lead = Lead.builder("L").interaction("DEMO_REQUEST", demo).build();

        assertThat(reasonOf(engine.qualify(lead, demo), "Demo requested").points()).isEqualTo(30);
        assertThat(reasonOf(engine.qualify(lead, demo.plus(Duration.ofDays(21))), "Demo requested").points())
                .isEqualTo(15);
        Qualification beyond = engine.qualify(lead, demo.plus(Duration.ofDays(121)));
        assertThat(beyond.firedRule("Demo requested")).isFalse();
        assertThat(beyond.dimensions().intent()).isZero();
    }

    @Test
    void decayedSums_areCapped() {
        // 30 + 15 decayed would be 45; DEMO_REQUEST is capped at 30.
        Lead lead = Lead.builder("L").interaction("DEMO_REQUEST", AS_OF).interaction("DEMO_REQUEST", daysAgo(21))
                .build();

        Reason r = reasonOf(engine.qualify(lead, AS_OF), "Demo requested");

        assertThat(r.points()).isEqualTo(30);
        assertThat(r.detail()).contains("2x DEMO_REQUEST, latest " + AS_OF);
    }

    @Test
    void decayedSums_addThePerInteractionFactors() {
        // PAGE_VIEW: 1 point, cap 8, half-life 30: 1.000 + 0.500 + 0.250 + 0.794 (10 days) = 2.544 -> 3
        Lead lead = Lead.builder("L").interaction("PAGE_VIEW", AS_OF).interaction("PAGE_VIEW", daysAgo(30))
                .interaction("PAGE_VIEW", daysAgo(60)).interaction("PAGE_VIEW", daysAgo(10)).build();

        assertThat(reasonOf(engine.qualify(lead, AS_OF), "Page views").points()).isEqualTo(3);
    }

    @Test
    void tenEmailOpens_neverExceedTheirCap_andWeighLessThanOneDemoRequest() {
        Lead.Builder opens = Lead.builder("opens");
        IntStream.range(0, 10).forEach(i -> opens.interaction("EMAIL_OPEN", AS_OF.minusSeconds(i * 60L)));
        Lead demo = Lead.builder("demo").interaction("DEMO_REQUEST", AS_OF).build();

        Qualification tenOpens = engine.qualify(opens.build(), AS_OF);
        Qualification oneDemo = engine.qualify(demo, AS_OF);

        int cap = engine.profile().pointsOf("EMAIL_OPEN").cap();
        assertThat(reasonOf(tenOpens, "E-mail opens").points()).isEqualTo(cap).isEqualTo(5);
        assertThat(tenOpens.score()).isLessThan(oneDemo.score());
        assertThat(reasonOf(tenOpens, "E-mail opens").points())
                .isLessThan(reasonOf(oneDemo, "Demo requested").points());
    }

    @Test
    void onlyNegativeSignals_engagementFloorsAtZero_reasonsKeepTheirNegativePoints() {
        Lead.Builder b = Lead.builder("L").person(Person.builder().phone("+1 555 0100").build())
                .interaction("UNSUBSCRIBE", daysAgo(3)).interaction("EMAIL_BOUNCE", daysAgo(2));
        IntStream.range(0, 5).forEach(i -> b.interaction("CAREERS_PAGE_VIEW", daysAgo(i)));

        Qualification q = engine.qualify(b.build(), AS_OF);

        assertThat(q.dimensions().engagement()).isZero();
        assertThat(q.score()).isZero();
        assertThat(q.reasons()).extracting(Reason::points).allMatch(p -> p < 0);
        assertThat(q.reasons()).extracting(Reason::rule)
                .contains("Unsubscribed", "E-mail bounced", "Careers page viewed");
        // Five careers-page views at about -5 each are capped at -15.
        assertThat(reasonOf(q, "Careers page viewed").points()).isEqualTo(-15);
        assertThat(reasonOf(q, "Unsubscribed").points()).isEqualTo(expectedPoints(-20, 20, 60, 365, 3));
    }

    @Test
    void negativeSignals_subtractFromPositiveEngagement() {
        Lead lead = Lead.builder("L").interaction("WEBINAR_ATTENDED", AS_OF).interaction("CAREERS_PAGE_VIEW", AS_OF)
                .build();

        Qualification q = engine.qualify(lead, AS_OF);

        // raw 10 - 5 = 5 of 40 -> 12.5 -> 13
        assertThat(q.dimensions().engagement()).isEqualTo(13);
    }

    @Test
    void interactionsAfterTheAsOfInstant_areIgnored() {
        Lead before = Lead.builder("L").interaction("PAGE_VIEW", daysAgo(1)).build();
        Lead withFuture = before.toBuilder().interaction("DEMO_REQUEST", AS_OF.plusSeconds(1))
                .interaction("SPAM_COMPLAINT", AS_OF.plus(Duration.ofDays(3)))
                .interaction("PAGE_VIEW", AS_OF.plusMillis(1)).build();

        Qualification q = engine.qualify(withFuture, AS_OF);

        assertThat(q).isEqualTo(engine.qualify(before, AS_OF));
        assertThat(q.firedRule("Demo requested")).isFalse();
        assertThat(q.stage()).isNotEqualTo(Stage.DISQUALIFIED);
        assertThat(reasonOf(q, "Page views").detail()).contains("PAGE_VIEW " + daysAgo(1));
    }

    @Test
    void anInteractionAtTheAsOfInstant_counts() {
        Lead lead = Lead.builder("L").interaction("DEMO_REQUEST", AS_OF).build();

        assertThat(reasonOf(engine.qualify(lead, AS_OF), "Demo requested").points()).isEqualTo(30);
    }

    @ParameterizedTest(name = "raw {0} of {1} -> {2}")
    @CsvSource({"0, 40, 0", "-25, 40, 0", "1, 40, 3", "5, 40, 13", "20, 40, 50", "40, 40, 100", "95, 40, 100",
            "30, 60, 50", "1, 3, 33", "2, 3, 67", "1, 200, 1", "1, 201, 0", "95, 100, 95"})
    void normalise_roundsHalfUpAndClamps(long raw, int max, int expected) {
        assertThat(Results.normalise(raw, max)).isEqualTo(expected);
    }

    @Test
    void dimensionScores_andTheWeightedBlend() {
        // fit: VP 18 + SOFTWARE 20 = 38 of 100; engagement: WEBINAR_ATTENDED 10 of 40 = 25;
        // intent: DEMO_REQUEST 30 of 60 = 50; bant: budget 25 + timeline 15 = 40 of 100.
        Lead lead = Lead.builder("L").person(Person.builder().seniority(Seniority.VP).build())
                .company(Company.builder().industry("SOFTWARE").build())
                .bant(new Bant(Budget.CONFIRMED, Authority.UNKNOWN, Need.UNKNOWN, Timeline.WITHIN_6_MONTHS))
                .interaction("WEBINAR_ATTENDED", AS_OF).interaction("DEMO_REQUEST", AS_OF).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.dimensions().fit()).isEqualTo(38);
        assertThat(q.dimensions().engagement()).isEqualTo(25);
        assertThat(q.dimensions().intent()).isEqualTo(50);
        assertThat(q.dimensions().bant()).isEqualTo(40);
        // (38 * 30 + 25 * 25 + 50 * 30 + 40 * 15) / 100 = 38.65 -> 39
        assertThat(q.score()).isEqualTo(39);
        assertThat(q.grade()).isEqualTo(Grade.D);
    }

    @Test
    void grades_followTheFitThresholds() {
        Lead a = Leads.strongFit("a").build();                                                      // 90
        Lead b = Lead.builder("b").person(Person.builder().seniority(Seniority.EXECUTIVE).build())  // 20+20+15+5
                .company(Company.builder().industry("SAAS").employees(60).fundingRaised(2_000_000).build()).build();
        Lead c = Lead.builder("c").company(Company.builder().industry("SAAS").country("US").employees(20)
                .fundingRaised(2_000_000).build()).build();                                         // 20+10+5+5
        Lead f = Lead.builder("f").person(Person.builder().email("x@gmail.com").build()).build();   // -10

        assertThat(engine.qualify(a, AS_OF).grade()).isEqualTo(Grade.A);
        assertThat(engine.qualify(b, AS_OF)).satisfies(q -> {
            assertThat(q.dimensions().fit()).isEqualTo(60);
            assertThat(q.grade()).isEqualTo(Grade.B);
        });
        assertThat(engine.qualify(c, AS_OF)).satisfies(q -> {
            assertThat(q.dimensions().fit()).isEqualTo(40);
            assertThat(q.grade()).isEqualTo(Grade.C);
        });
        assertThat(engine.qualify(f, AS_OF)).satisfies(q -> {
            assertThat(q.dimensions().fit()).isZero();
            assertThat(q.grade()).isEqualTo(Grade.F);
        });
    }

    @Test
    void reasons_areOrderedScoringFirstByWeight() {
        Qualification q = engine.qualify(Leads.clearSql("L").build(), AS_OF);

        assertThat(q.reasons()).isNotEmpty();
        int firstClassifying = (int) q.reasons().stream().filter(r -> r.dimension().isPresent()).count();
        assertThat(q.reasons().subList(firstClassifying, q.reasons().size()))
                .allMatch(r -> r.dimension().isEmpty());
        assertThat(q.reasons().subList(0, firstClassifying)).extracting(r -> Math.abs(r.points()))
                .isSortedAccordingTo((x, y) -> Integer.compare(y, x));
    }

    @Test
    void amountsBeyondALong_scoreAsTheLargestBand_notWrapAround() {
        java.math.BigDecimal huge = new java.math.BigDecimal("1E+30");
        Lead lead = Lead.builder("HUGE").company(Company.builder()
                .annualRevenue(huge).fundingRaised(huge).build()).build();

        var q = engine.qualify(lead, AS_OF);

        assertThat(q.reasons()).contains(
                org.leadqualification.result.Reason.scored("Annual revenue", Dimension.FIT, 8,
                        "1000000000000000000000000000000 annual revenue"),
                org.leadqualification.result.Reason.scored("Funded company", Dimension.FIT, 5,
                        "1000000000000000000000000000000 raised"));
    }
}

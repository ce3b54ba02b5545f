package org.leadqualification.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.leadqualification.funnel.HandMadeLeads.day;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.leadqualification.funnel.FunnelReport.CalibrationRow;
import org.leadqualification.funnel.FunnelReport.OpenBreach;
import org.leadqualification.funnel.FunnelReport.PeriodConversion;
import org.leadqualification.funnel.FunnelReport.SignalLift;
import org.leadqualification.funnel.FunnelReport.SlaCompliance;
import org.leadqualification.funnel.FunnelReport.SourcePerformance;
import org.leadqualification.funnel.FunnelReport.StageActivity;
import org.leadqualification.funnel.FunnelReport.StageAgreement;
import org.leadqualification.funnel.FunnelReport.StageVelocity;
import org.leadqualification.funnel.FunnelReport.StepConversion;
import org.leadqualification.funnel.FunnelReport.StepCount;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.sla.SlaRequirement;

/** Every number of the report over {@link HandMadeLeads}, worked out by hand from the table in its javadoc. */
class FunnelAnalyzerTest {

    private final FunnelReport report = HandMadeLeads.report();

    private static Optional<Duration> days(double d) {
        return Optional.of(Duration.ofSeconds(Math.round(d * 86_400)));
    }

    @Test
    void leads_areCountedOnceEach_noneLost() {
        // 9 read: A..F and I in the cohort, G created before the period, H without any date; 1 error.
        assertThat(report.leads()).isEqualTo(new FunnelReport.LeadCounts(9, 7, 1, 1, 1, 7, 0));
        assertThat(report.asOf()).isEqualTo(HandMadeLeads.AS_OF);
        assertThat(report.window()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void funnel_countsTheCohortLeadsThatReachedEachStep_skippedStepsIncluded() {
        // MQL: A B C D(skipped to SQL) E F; SQL: A B D; opportunity: A B D; won: A D.
        assertThat(report.funnel()).extracting(StepCount::step, StepCount::leads, s -> s.share().of())
                .containsExactly(tuple(FunnelStep.LEAD, 7L, 7L), tuple(FunnelStep.MQL, 6L, 7L),
                        tuple(FunnelStep.SQL, 3L, 7L), tuple(FunnelStep.OPPORTUNITY, 3L, 7L),
                        tuple(FunnelStep.WON, 2L, 7L));
    }

    @Test
    void cohortConversion_countsMatureLeadsConvertedWithinTheWindow() {
        // lead->MQL: all 7 mature (latest created day 80, 80+30 <= 123); within 30 days: all but I.
        // MQL->SQL: E reached MQL on day 100 (100+30 > 123): immature; of A B C D F, A(3 d) B(2 d) D(0 d).
        // SQL->opp: A(5 d) D(4 d); B took 37 days. Opp->won: A(10 d) D(10 d); B lost.
        // lead->won: A(20 d) D(15 d) of 7.
        assertThat(report.cohortConversion())
                .extracting(StepConversion::from, StepConversion::to, StepConversion::entered,
                        StepConversion::immature, StepConversion::converted, c -> c.rate().of())
                .containsExactly(
                        tuple(FunnelStep.LEAD, FunnelStep.MQL, 7L, 0L, 6L, 7L),
                        tuple(FunnelStep.MQL, FunnelStep.SQL, 6L, 1L, 3L, 5L),
                        tuple(FunnelStep.SQL, FunnelStep.OPPORTUNITY, 3L, 0L, 2L, 3L),
                        tuple(FunnelStep.OPPORTUNITY, FunnelStep.WON, 3L, 0L, 2L, 3L),
                        tuple(FunnelStep.LEAD, FunnelStep.WON, 7L, 0L, 2L, 7L));
        assertThat(report.cohortConversion().get(1).hasImmature()).isTrue();
        assertThat(report.cohortConversion().get(1).mature()).isEqualTo(5);
    }

    @Test
    void periodConversion_countsEveryLeadsStepsReachedInThePeriod() {
        // created in the period: A B C D E F I = 7; MQL in it: A B C D F G = 6 (E on day 100 is after it);
        // SQL: A B D G = 4; opportunity: A B D = 3; won: A D = 2.
        assertThat(report.periodConversion())
                .extracting(PeriodConversion::enteredFrom, PeriodConversion::reachedTo)
                .containsExactly(tuple(7L, 6L), tuple(6L, 4L), tuple(4L, 3L), tuple(3L, 2L));
        assertThat(report.periodConversion().get(1).ratio().getAsDouble()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void velocity_isTheMedianAndP90OfCompletedStays() {
        // MQL stays: A 3 d, B 2 d; C E F still MQL. SQL: A 5, B 37, D 4. Opportunity: A 10, B 20, D 10.
        assertThat(report.velocity()).containsExactly(
                new StageVelocity(RecordedStage.MQL, 2, 3, new DurationStats(2, days(2.5), days(3))),
                new StageVelocity(RecordedStage.SQL, 3, 0, new DurationStats(3, days(5), days(37))),
                new StageVelocity(RecordedStage.OPPORTUNITY, 3, 0, new DurationStats(3, days(10), days(20))));
        // SQL to won: A 15 d, D 14 d.
        assertThat(report.salesCycle()).isEqualTo(new DurationStats(2, days(14.5), days(15)));
    }

    @Test
    void sources_showRatesAndRevenuePerLead() {
        assertThat(report.sources()).extracting(SourcePerformance::source, SourcePerformance::leads,
                        s -> s.mql().count(), s -> s.sql().count(), s -> s.won().count(), SourcePerformance::revenue,
                        SourcePerformance::revenuePerLead)
                .containsExactly(
                        tuple("ORGANIC", 3L, 2L, 1L, 1L, new BigDecimal("500"), new BigDecimal("166.67")),
                        tuple("WEBINAR", 3L, 3L, 2L, 1L, new BigDecimal("1000"), new BigDecimal("333.33")),
                        tuple("(none)", 1L, 1L, 0L, 0L, BigDecimal.ZERO, new BigDecimal("0.00")));
    }

    @Test
    void activity_countsEngagementAndDemoRequestsWhileInEachStage() {
        // MQL: A (demo day 4), B (page view), C (download) engaged; E, F not. SQL: only D (demo on day 21).
        // Opportunity: A (e-mail open), D (meeting); B only unsubscribed, which is not engagement.
        assertThat(report.activity()).extracting(StageActivity::stage, StageActivity::leads,
                        a -> a.engaged().count(), a -> a.demo().count())
                .containsExactly(tuple(RecordedStage.MQL, 5L, 3L, 1L), tuple(RecordedStage.SQL, 3L, 1L, 1L),
                        tuple(RecordedStage.OPPORTUNITY, 3L, 2L, 0L));
    }

    @Test
    void interactionLift_comparesWonAndLostLeads() {
        // won: A {PAGE_VIEW, DEMO_REQUEST, EMAIL_OPEN}, D {DEMO_REQUEST, MEETING_BOOKED};
        // lost: B {PAGE_VIEW, UNSUBSCRIBE}, I {PAGE_VIEW}.
        assertThat(report.interactionLift()).extracting(SignalLift::signal, s -> s.amongWon().count(),
                        s -> s.amongLost().count(), SignalLift::lift)
                .containsExactly(
                        tuple("PAGE_VIEW", 1L, 2L, OptionalDouble.of(0.5)),
                        tuple("UNSUBSCRIBE", 0L, 1L, OptionalDouble.of(0.0)),
                        tuple("DEMO_REQUEST", 2L, 0L, OptionalDouble.empty()),
                        tuple("EMAIL_OPEN", 1L, 0L, OptionalDouble.empty()),
                        tuple("MEETING_BOOKED", 1L, 0L, OptionalDouble.empty()));
        assertThat(report.interactionLift()).allSatisfy(s -> {
            assertThat(s.amongWon().of()).isEqualTo(2);
            assertThat(s.amongLost().of()).isEqualTo(2);
        });
    }

    @Test
    void ruleLift_comparesTheRulesOfWonAndLostLeads() {
        assertThat(report.ruleLift()).extracting(SignalLift::signal, s -> s.amongWon().count(),
                        s -> s.amongLost().count(), SignalLift::lift)
                .containsExactly(
                        tuple("Target industry", 1L, 1L, OptionalDouble.of(1.0)),
                        tuple("Free e-mail address", 0L, 1L, OptionalDouble.of(0.0)),
                        tuple("Demo requested", 2L, 0L, OptionalDouble.empty()));
    }

    @Test
    void calibration_byScoreBand() {
        FunnelReport.Calibration c = report.calibration().orElseThrow();
        // scores: A 85 won, D 72 won, B 45 lost, I 72 lost, C 40, F 45, E 15 open. Overall 2 won of 7.
        assertThat(c.bands()).extracting(CalibrationRow::label, CalibrationRow::leads, CalibrationRow::won,
                        CalibrationRow::lost)
                .containsExactly(tuple("0-9", 0L, 0L, 0L), tuple("10-19", 1L, 0L, 0L), tuple("20-29", 0L, 0L, 0L),
                        tuple("30-39", 0L, 0L, 0L), tuple("40-49", 3L, 0L, 1L), tuple("50-59", 0L, 0L, 0L),
                        tuple("60-69", 0L, 0L, 0L), tuple("70-79", 2L, 1L, 1L), tuple("80-89", 1L, 1L, 0L),
                        tuple("90-100", 0L, 0L, 0L));
        // 70-79: 1/2 against 2/7 = 1.75; 80-89: 1/1 against 2/7 = 3.5; 40-49: 0.
        assertThat(c.bands().get(7).lift().getAsDouble()).isCloseTo(1.75, within(1e-12));
        assertThat(c.bands().get(8).lift().getAsDouble()).isCloseTo(3.5, within(1e-12));
        assertThat(c.bands().get(4).lift().getAsDouble()).isZero();
        assertThat(c.bands().get(0).lift()).isEmpty();
        assertThat(c.judgedAt()).isEqualTo("as of the report");
    }

    @Test
    void calibration_byStageOfTheRules() {
        FunnelReport.Calibration c = report.calibration().orElseThrow();
        // UNQUALIFIED: E, I(lost); MQL: C, F; SQL: A(won), B(lost), D(won): 2/3 against 2/7 = 7/3.
        assertThat(c.stages()).extracting(CalibrationRow::label, CalibrationRow::leads, CalibrationRow::won,
                        CalibrationRow::lost)
                .containsExactly(tuple("UNQUALIFIED", 2L, 0L, 1L), tuple("MQL", 2L, 0L, 0L),
                        tuple("SQL", 3L, 2L, 1L));
        assertThat(c.stages().get(2).lift().getAsDouble()).isCloseTo(7.0 / 3, within(1e-12));
    }

    @Test
    void auc_isThePairwiseShareOfWonLeadsScoredAboveLostOnes() {
        // won {85, 72} x lost {45, 72}: 85>45, 85>72, 72>45, 72=72 (one half): 3.5 of 4.
        FunnelReport.Calibration c = report.calibration().orElseThrow();
        assertThat(c.auc().getAsDouble()).isEqualTo(0.875);
        assertThat(c.won()).isEqualTo(2);
        assertThat(c.lost()).isEqualTo(2);
    }

    @Test
    void agreement_ofTheRulesWithTheRecordedStageAtEachMilestone() {
        // MQL stays re-judged: A(SQL) B(SQL) C(MQL) E(UNQUALIFIED) F(MQL): 2 of 5 agree; SQL stays A B D: 3 of 3.
        assertThat(report.agreement()).extracting(StageAgreement::stage, StageAgreement::judged,
                        a -> a.agreed().count())
                .containsExactly(tuple(RecordedStage.MQL, 5L, 2L), tuple(RecordedStage.SQL, 3L, 3L));
    }

    @Test
    void sla_complianceByOwnerAndByStage() {
        // ana: A MQL met, A SQL met (touched exactly at the deadline), D SQL met 1 day late, G MQL and SQL met.
        // bo: B MQL met, B SQL missed (lost on day 60, never touched). cy: F breached. unassigned: C breached.
        // E's MQL clock started on day 100, after the period: not counted.
        assertThat(report.sla().byOwner()).containsExactly(
                new SlaCompliance("(unassigned)", 1, 0, 0, 0, 1, new Rate(0, 1)),
                new SlaCompliance("ana", 5, 4, 1, 0, 0, new Rate(4, 5)),
                new SlaCompliance("bo", 2, 1, 0, 1, 0, new Rate(1, 2)),
                new SlaCompliance("cy", 1, 0, 0, 0, 1, new Rate(0, 1)));
        assertThat(report.sla().byStage()).containsExactly(
                new SlaCompliance("MQL ACCEPTED_OR_REJECTED", 5, 3, 0, 0, 2, new Rate(3, 5)),
                new SlaCompliance("SQL FIRST_TOUCH", 4, 2, 1, 1, 0, new Rate(2, 4)));
    }

    @Test
    void sla_listsEveryOpenBreachMostLateFirst() {
        // C: MQL day 12, due day 17, 106 days late on day 123. F: MQL day 61, due day 66, 57 days late.
        assertThat(report.sla().openBreaches()).containsExactly(
                new OpenBreach("C", Optional.empty(), RecordedStage.MQL, SlaRequirement.ACCEPTED_OR_REJECTED,
                        day(17), Duration.ofDays(106)),
                new OpenBreach("F", Optional.of("cy"), RecordedStage.MQL, SlaRequirement.ACCEPTED_OR_REJECTED,
                        day(66), Duration.ofDays(57)));
        assertThat(report.sla().openBreachCount()).isEqualTo(2);
    }

    @Test
    void theListOfBreaches_isCappedButEveryBreachCounted() {
        FunnelRun run = FunnelAnalyzer.builder().period(HandMadeLeads.D0, HandMadeLeads.PERIOD_END)
                .asOf(HandMadeLeads.AS_OF).sla(HandMadeLeads.SLA).maxListedBreaches(1).build().start();
        HandMadeLeads.leads().forEach(run::add);
        FunnelReport capped = run.report();

        assertThat(capped.sla().openBreaches()).extracting(OpenBreach::leadId).containsExactly("C");
        assertThat(capped.sla().openBreachCount()).isEqualTo(2);
        assertThat(capped.calibration()).isEmpty();
        assertThat(capped.ruleLift()).isEmpty();
    }

    @Test
    void theStreamAndIteratorEntryPoints_giveTheSameReport() {
        FunnelAnalyzer analyzer = HandMadeLeads.analyzer();

        FunnelReport fromStream = analyzer.analyze(HandMadeLeads.leads().stream());
        FunnelReport fromIterator = analyzer.analyze(HandMadeLeads.leads().iterator());

        assertThat(fromStream).isEqualTo(fromIterator);
        assertThat(fromStream.leads().errors()).isZero();
    }

    @Test
    void historyAfterAsOf_isIgnored() {
        Lead lead = Lead.builder("L").createdAt(day(1)).stageChange(RecordedStage.MQL, day(2))
                .stageChange(RecordedStage.SQL, day(200)).build();
        FunnelReport r = FunnelAnalyzer.builder().period(HandMadeLeads.D0, HandMadeLeads.PERIOD_END)
                .asOf(HandMadeLeads.AS_OF).build().analyze(java.util.stream.Stream.of(lead));

        assertThat(r.funnel().get(FunnelStep.SQL.ordinal()).leads()).isZero();
        assertThat(r.velocity()).singleElement().satisfies(v -> assertThat(v.ongoing()).isEqualTo(1));
    }

    @Test
    void aRunReportsOnce() {
        FunnelRun run = HandMadeLeads.analyzer().start();
        run.report();

        assertThatThrownBy(run::report).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.add(Lead.builder("X").build())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builder_checksItsArguments() {
        assertThatThrownBy(() -> FunnelAnalyzer.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("a period is required: call period(start, end)");
        assertThatThrownBy(() -> FunnelAnalyzer.builder().period(day(5), day(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunnelAnalyzer.builder().conversionWindow(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunnelAnalyzer.builder().period(day(0), day(5)).rejudgeAtMilestones(true).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FunnelAnalyzer.builder().period(day(0), day(5)).asOf(Instant.EPOCH).build())
                .isInstanceOf(IllegalStateException.class);
    }
}

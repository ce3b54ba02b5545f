package org.leadqualification.funnel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.SalesFollowUp;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.sla.SlaPolicy;
import org.leadqualification.sla.SlaRequirement;

/**
 * Nine hand-made leads whose every funnel number is worked out by hand in {@link FunnelAnalyzerTest} (and in
 * {@code hand-made-leads.md} beside that test's expectations). Days count from {@link #D0}; the period is days 0..92
 * (July to September 2026), as of day 123 (1 November), window 30 days.
 *
 * <pre>
 * lead source   created history (day: stage)                 outcome        sales                         score stage rules
 * A    WEBINAR  0       2 MQL, 5 SQL, 10 OPP                 WON 20, 1000   ana, accepted 3, touch 6        85  SQL   Demo requested, Target industry
 * B    WEBINAR  0       1 MQL, 3 SQL, 40 OPP                 LOST 60 price  bo, accepted 2                  45  SQL   Target industry
 * C    ORGANIC  10      12 MQL                               open           -                               40  MQL   Target industry
 * D    ORGANIC  20      21 SQL, 25 OPP                       WON 35, 500    ana, touch 23                   72  SQL   Demo requested
 * E    -        80      100 MQL                              open           -                               15  UNQ   Target industry
 * F    WEBINAR  60      61 MQL                               open           cy                              45  MQL   Target industry
 * G    WEBINAR  -10     5 MQL, 8 SQL                         open           ana, accepted 7, touch 8.5      (outside the period)
 * H    X        -       -                                    -              -                               (undated)
 * I    ORGANIC  30      -                                    LOST 40        -                               72  UNQ   Free e-mail address
 * interactions: A PAGE_VIEW 1, DEMO_REQUEST 4, EMAIL_OPEN 12; B PAGE_VIEW 2, UNSUBSCRIBE 50; C CONTENT_DOWNLOAD 15;
 *               D DEMO_REQUEST 21, MEETING_BOOKED 26; I PAGE_VIEW 31
 * </pre>
 */
final class HandMadeLeads {
    static final Instant D0 = Instant.parse("2026-07-01T00:00:00Z");
    static final Instant PERIOD_END = day(92);
    static final Instant AS_OF = day(123);
    static final SlaPolicy SLA = SlaPolicy.builder()
            .deadline(RecordedStage.MQL, SlaRequirement.ACCEPTED_OR_REJECTED, Duration.ofDays(5))
            .deadline(RecordedStage.SQL, SlaRequirement.FIRST_TOUCH, Duration.ofHours(24))
            .build();

    private HandMadeLeads() {
    }

    static Instant day(double d) {
        return D0.plusSeconds(Math.round(d * 86_400));
    }

    static List<Lead> leads() {
        List<Lead> leads = new ArrayList<>();
        leads.add(Lead.builder("A").source("WEBINAR").createdAt(day(0))
                .stageChange(RecordedStage.MQL, day(2)).stageChange(RecordedStage.SQL, day(5))
                .stageChange(RecordedStage.OPPORTUNITY, day(10))
                .outcome(DealOutcome.won(day(20), new BigDecimal("1000")))
                .sales(SalesFollowUp.builder().owner("ana").acceptedAt(day(3)).firstTouchAt(day(6)).build())
                .interaction("PAGE_VIEW", day(1)).interaction("DEMO_REQUEST", day(4))
                .interaction("EMAIL_OPEN", day(12))
                .attribute("score", 85).attribute("stage", "SQL").attribute("rules", "Demo requested|Target industry")
                .build());
        leads.add(Lead.builder("B").source("WEBINAR").createdAt(day(0))
                .stageChange(RecordedStage.MQL, day(1)).stageChange(RecordedStage.SQL, day(3))
                .stageChange(RecordedStage.OPPORTUNITY, day(40))
                .outcome(DealOutcome.lost(day(60), "price"))
                .sales(SalesFollowUp.builder().owner("bo").acceptedAt(day(2)).build())
                .interaction("PAGE_VIEW", day(2)).interaction("UNSUBSCRIBE", day(50))
                .attribute("score", 45).attribute("stage", "SQL").attribute("rules", "Target industry")
                .build());
        leads.add(Lead.builder("C").source("ORGANIC").createdAt(day(10))
                .stageChange(RecordedStage.MQL, day(12))
                .interaction("CONTENT_DOWNLOAD", day(15))
                .attribute("score", 40).attribute("stage", "MQL").attribute("rules", "Target industry")
                .build());
        leads.add(Lead.builder("D").source("ORGANIC").createdAt(day(20))
                .stageChange(RecordedStage.SQL, day(21)).stageChange(RecordedStage.OPPORTUNITY, day(25))
                .outcome(DealOutcome.won(day(35), new BigDecimal("500")))
                .sales(SalesFollowUp.builder().owner("ana").firstTouchAt(day(23)).build())
                .interaction("DEMO_REQUEST", day(21)).interaction("MEETING_BOOKED", day(26))
                .attribute("score", 72).attribute("stage", "SQL").attribute("rules", "Demo requested")
                .build());
        leads.add(Lead.builder("E").createdAt(day(80))
                .stageChange(RecordedStage.MQL, day(100))
                .attribute("score", 15).attribute("stage", "UNQUALIFIED").attribute("rules", "Target industry")
                .build());
        leads.add(Lead.builder("F").source("WEBINAR").createdAt(day(60))
                .stageChange(RecordedStage.MQL, day(61))
                .sales(SalesFollowUp.builder().owner("cy").build())
                .attribute("score", 45).attribute("stage", "MQL").attribute("rules", "Target industry")
                .build());
        leads.add(Lead.builder("G").source("WEBINAR").createdAt(day(-10))
                .stageChange(RecordedStage.MQL, day(5)).stageChange(RecordedStage.SQL, day(8))
                .sales(SalesFollowUp.builder().owner("ana").acceptedAt(day(7)).firstTouchAt(day(8.5)).build())
                .attribute("score", 99).attribute("stage", "SQL").attribute("rules", "Outside")
                .build());
        leads.add(Lead.builder("H").source("X")
                .attribute("score", 99).attribute("stage", "SQL").attribute("rules", "Undated")
                .build());
        leads.add(Lead.builder("I").source("ORGANIC").createdAt(day(30))
                .outcome(DealOutcome.lost(day(40), null))
                .interaction("PAGE_VIEW", day(31))
                .attribute("score", 72).attribute("stage", "UNQUALIFIED").attribute("rules", "Free e-mail address")
                .build());
        return leads;
    }

    /** Judges a lead by its attributes: its score, stage and the rules it names, whatever the instant. */
    static final LeadQualifier BY_ATTRIBUTES = (lead, asOf) -> {
        List<Reason> reasons = new ArrayList<>();
        for (String rule : ((String) lead.attributes().get("rules")).split("\\|")) {
            reasons.add(Reason.classified(rule, "hand-made"));
        }
        Stage stage = Stage.valueOf((String) lead.attributes().get("stage"));
        return new Qualification(lead.id(), asOf, stage, ((Number) lead.attributes().get("score")).intValue(),
                Grade.A, new DimensionScores(0, 0, 0, 0), reasons, Set.of(stage), "hand-made");
    };

    /** The analyzer the hand-made numbers are worked out for. */
    static FunnelAnalyzer analyzer() {
        return FunnelAnalyzer.builder().period(D0, PERIOD_END).asOf(AS_OF).conversionWindow(Duration.ofDays(30))
                .qualifier(BY_ATTRIBUTES, JudgeAt.reportAsOf()).rejudgeAtMilestones(true).sla(SLA).build();
    }

    /** The report over the nine leads and one input that was not a lead. */
    static FunnelReport report() {
        FunnelRun run = analyzer().start();
        leads().forEach(run::add);
        run.addError();
        return run.report();
    }
}

package org.leadqualification.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.SalesFollowUp;

class SlaPolicyTest {

    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    private static final SlaPolicy POLICY = SlaPolicy.builder()
            .deadline(RecordedStage.SQL, SlaRequirement.FIRST_TOUCH, Duration.ofHours(24))
            .deadline(RecordedStage.MQL, SlaRequirement.ACCEPTED_OR_REJECTED, Duration.ofDays(5))
            .build();

    private static Instant hours(long h) {
        return T0.plus(Duration.ofHours(h));
    }

    @Test
    void deadlines_areOrderedByStageThenRequirement() {
        assertThat(POLICY.deadlines()).extracting(SlaDeadline::stage)
                .containsExactly(RecordedStage.MQL, RecordedStage.SQL);
    }

    @Test
    void of_aProfileShapedMap_equalsTheBuiltPolicy() {
        SlaPolicy fromMap = SlaPolicy.of(Map.of(
                RecordedStage.SQL, Map.of(SlaRequirement.FIRST_TOUCH, Duration.ofHours(24)),
                RecordedStage.MQL, Map.of(SlaRequirement.ACCEPTED_OR_REJECTED, Duration.ofDays(5))));

        assertThat(fromMap).isEqualTo(POLICY);
    }

    @Test
    void aNonPositiveDuration_orADuplicate_isRejected() {
        assertThatThrownBy(() -> SlaPolicy.builder().deadline(RecordedStage.SQL, SlaRequirement.FIRST_TOUCH,
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("within must be positive, got PT0S for SQL FIRST_TOUCH");
        assertThatThrownBy(() -> SlaPolicy.builder()
                .deadline(RecordedStage.SQL, SlaRequirement.FIRST_TOUCH, Duration.ofHours(1))
                .deadline(RecordedStage.SQL, SlaRequirement.FIRST_TOUCH, Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate deadline for SQL FIRST_TOUCH: PT1H and PT2H");
    }

    @Test
    void anSqlTouchedAfter30Hours_isMetLateBy6Hours() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.SQL, hours(0))
                .sales(SalesFollowUp.builder().owner("ana").firstTouchAt(hours(30)).build()).build();

        List<SlaCheck> checks = POLICY.evaluate(lead, hours(100));

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(SlaStatus.MET_LATE);
            assertThat(c.dueAt()).isEqualTo(hours(24));
            assertThat(c.lateBy()).isEqualTo(Duration.ofHours(6));
            assertThat(c.owner()).contains("ana");
        });
        assertThat(POLICY.breaches(lead, hours(100))).isEmpty();
    }

    @Test
    void anSqlNotTouched_isAnOpenBreachLateByAsOfMinusDue() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.MQL, hours(0))
                .stageChange(RecordedStage.SQL, hours(10))
                .sales(SalesFollowUp.builder().owner("bo").acceptedAt(hours(20)).build()).build();

        List<SlaBreach> breaches = POLICY.breaches(lead, hours(50));

        // due at 10 + 24 = 34 h; as of 50 h: 16 h late. The MQL acceptance at 20 h is within 5 days: met.
        assertThat(breaches).containsExactly(new SlaBreach(RecordedStage.SQL, SlaRequirement.FIRST_TOUCH,
                Optional.of("bo"), hours(34), Duration.ofHours(16)));
        assertThat(POLICY.evaluate(lead, hours(50))).extracting(SlaCheck::status)
                .containsExactly(SlaStatus.MET, SlaStatus.BREACHED);
    }

    @Test
    void beforeItsDeadline_anUnmetCheckIsPending() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.SQL, hours(0)).build();

        assertThat(POLICY.evaluate(lead, hours(23))).extracting(SlaCheck::status).containsExactly(SlaStatus.PENDING);
        assertThat(POLICY.evaluate(lead, hours(25))).extracting(SlaCheck::status).containsExactly(SlaStatus.BREACHED);
    }

    @Test
    void aStepAfterAsOf_hasNotHappenedYet() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.SQL, hours(0))
                .sales(SalesFollowUp.builder().firstTouchAt(hours(40)).build()).build();

        assertThat(POLICY.breaches(lead, hours(30))).singleElement()
                .satisfies(b -> assertThat(b.lateBy()).isEqualTo(Duration.ofHours(6)));
    }

    @Test
    void aTouchBeforeTheStage_meetsItsDeadlineOnTime() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.MQL, hours(0))
                .stageChange(RecordedStage.SQL, hours(100))
                .sales(SalesFollowUp.builder().acceptedAt(hours(2)).firstTouchAt(hours(3)).build()).build();

        assertThat(POLICY.evaluate(lead, hours(200))).extracting(SlaCheck::status)
                .containsExactly(SlaStatus.MET, SlaStatus.MET);
    }

    @Test
    void aLeadLostAfterTheDeadline_missedIt_andBeforeItVoidsIt() {
        Lead lostLate = Lead.builder("L-1").stageChange(RecordedStage.SQL, hours(0))
                .outcome(DealOutcome.lost(hours(30), null)).build();
        Lead lostEarly = Lead.builder("L-2").stageChange(RecordedStage.SQL, hours(0))
                .outcome(DealOutcome.lost(hours(5), null)).build();

        assertThat(POLICY.evaluate(lostLate, hours(100))).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(SlaStatus.MISSED);
            assertThat(c.lateBy()).isEqualTo(Duration.ofHours(6));
        });
        assertThat(POLICY.evaluate(lostEarly, hours(100))).extracting(SlaCheck::status)
                .containsExactly(SlaStatus.VOID);
        assertThat(POLICY.breaches(lostLate, hours(100))).isEmpty();
    }

    @Test
    void aDisqualificationStopsTheClock() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.MQL, hours(0))
                .stageChange(RecordedStage.DISQUALIFIED, hours(200)).build();

        // MQL due at 120 h, disqualified at 200 h: missed by 80 h, not an open breach.
        assertThat(POLICY.evaluate(lead, hours(300))).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(SlaStatus.MISSED);
            assertThat(c.lateBy()).isEqualTo(Duration.ofHours(80));
        });
    }

    @Test
    void aStageEnteredAfterAsOf_orNeverEntered_hasNoCheck() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.SQL, hours(50)).build();

        assertThat(POLICY.evaluate(lead, hours(10))).isEmpty();
        assertThat(SlaPolicy.none().evaluate(lead, hours(100))).isEmpty();
    }

    @Test
    void theClockStartsAtTheFirstEntryIntoTheStage() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.SQL, hours(0))
                .stageChange(RecordedStage.MQL, hours(5)).stageChange(RecordedStage.SQL, hours(10)).build();

        assertThat(POLICY.breaches(lead, hours(40))).extracting(SlaBreach::stage, SlaBreach::dueAt)
                .contains(org.assertj.core.groups.Tuple.tuple(RecordedStage.SQL, hours(24)));
    }
}

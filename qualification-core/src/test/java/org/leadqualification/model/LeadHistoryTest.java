package org.leadqualification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadHistoryTest {

    private static final Instant CREATED = Instant.parse("2026-09-01T00:00:00Z");

    private static Instant day(int d) {
        return CREATED.plusSeconds(86_400L * d);
    }

    @Test
    void aLeadWithoutHistory_hasEmptyHistoryOutcomeAndSales() {
        Lead lead = Lead.builder("L-1").build();

        assertThat(lead.stageHistory()).isEmpty();
        assertThat(lead.outcome()).isEmpty();
        assertThat(lead.sales()).isEmpty();
    }

    @Test
    void theTenPartConstructor_makesALeadWithoutHistory() {
        Lead lead = new Lead("L-1", Optional.empty(), Optional.of(CREATED), null, null, null, null, null, null, null);

        assertThat(lead.stageHistory()).isEmpty();
        assertThat(lead.outcome()).isEmpty();
        assertThat(lead.createdAt()).contains(CREATED);
    }

    @Test
    void history_isKeptInOrderAndCopied() {
        List<StageChange> changes = new ArrayList<>(List.of(StageChange.of(RecordedStage.MQL, day(1)),
                StageChange.of(RecordedStage.SQL, day(3))));
        Lead lead = Lead.builder("L-1").createdAt(CREATED).stageHistory(changes)
                .stageChange(RecordedStage.OPPORTUNITY, day(5))
                .outcome(DealOutcome.won(day(9), new BigDecimal("1200")))
                .sales(SalesFollowUp.builder().owner("ana").acceptedAt(day(2)).firstTouchAt(day(3)).build())
                .build();
        changes.clear();

        assertThat(lead.stageHistory()).extracting(StageChange::stage)
                .containsExactly(RecordedStage.MQL, RecordedStage.SQL, RecordedStage.OPPORTUNITY);
        assertThat(lead.outcome()).get().extracting(DealOutcome::amount).isEqualTo(Optional.of(new BigDecimal("1200")));
        assertThat(lead.toBuilder().build()).isEqualTo(lead);
    }

    @Test
    void stageChanges_outOfTimeOrder_areAnErrorNamingTheField() {
        assertThatThrownBy(() -> Lead.builder("L-1").stageChange(RecordedStage.MQL, day(4))
                .stageChange(RecordedStage.SQL, day(2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stageHistory[1].at must not be before stageHistory[0].at 2026-09-05T00:00:00Z: "
                        + "expected stage changes in time order, got 2026-09-03T00:00:00Z");
    }

    @Test
    void aStageChangeBeforeCreation_isAnError() {
        assertThatThrownBy(() -> Lead.builder("L-1").createdAt(CREATED)
                .stageChange(RecordedStage.MQL, day(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stageHistory[0].at must not be before createdAt 2026-09-01T00:00:00Z, "
                        + "got 2026-08-31T00:00:00Z");
    }

    @Test
    void anOutcomeBeforeCreation_isAnError() {
        assertThatThrownBy(() -> Lead.builder("L-1").createdAt(CREATED).outcome(DealOutcome.lost(day(-2), null)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome.at must not be before createdAt 2026-09-01T00:00:00Z, got 2026-08-30T00:00:00Z");
    }

    @Test
    void aStageChangeAfterTheDealClosed_isAnError() {
        assertThatThrownBy(() -> Lead.builder("L-1").stageChange(RecordedStage.SQL, day(10))
                .outcome(DealOutcome.won(day(8), null)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stageHistory[0].at must not be after the deal closed (outcome.at 2026-09-09T00:00:00Z), "
                        + "got 2026-09-11T00:00:00Z");
    }

    @Test
    void aStageChangeAfterAnOpenOutcomeInstant_isFine() {
        Lead lead = Lead.builder("L-1").stageChange(RecordedStage.SQL, day(10))
                .outcome(new DealOutcome(OutcomeStatus.OPEN, Optional.of(day(8)), Optional.empty(), Optional.empty()))
                .build();

        assertThat(lead.stageHistory()).hasSize(1);
    }

    @Test
    void aSalesStepBeforeCreationOrAfterClosing_isAnError() {
        assertThatThrownBy(() -> Lead.builder("L-1").createdAt(CREATED)
                .sales(SalesFollowUp.builder().firstTouchAt(day(-1)).build()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sales.firstTouchAt must not be before createdAt 2026-09-01T00:00:00Z, "
                        + "got 2026-08-31T00:00:00Z");
        assertThatThrownBy(() -> Lead.builder("L-1").outcome(DealOutcome.lost(day(3), "price"))
                .sales(SalesFollowUp.builder().acceptedAt(day(4)).build()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sales.acceptedAt must not be after the deal closed (outcome.at 2026-09-04T00:00:00Z), "
                        + "got 2026-09-05T00:00:00Z");
    }

    @Test
    void aNegativeAmount_isAnError() {
        assertThatThrownBy(() -> DealOutcome.won(day(1), new BigDecimal("-5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must be >= 0, got -5");
    }

    @Test
    void aClosedOutcomeWithoutInstant_isAnError() {
        assertThatThrownBy(() -> new DealOutcome(OutcomeStatus.WON, Optional.empty(), Optional.empty(),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at is required when status is WON");
    }

    @Test
    void aLostReasonOnAWonDeal_isAnError() {
        assertThatThrownBy(() -> new DealOutcome(OutcomeStatus.WON, Optional.of(day(1)), Optional.empty(),
                Optional.of("price")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lostReason is only allowed when status is LOST, got status WON");
    }

    @Test
    void acceptedAndRejected_together_isAnError() {
        assertThatThrownBy(() -> SalesFollowUp.builder().acceptedAt(day(1)).rejectedAt(day(2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("acceptedAt and rejectedAt must not both be given, got acceptedAt 2026-09-02T00:00:00Z "
                        + "and rejectedAt 2026-09-03T00:00:00Z");
    }

    @Test
    void aRejectionReasonWithoutRejection_isAnError() {
        assertThatThrownBy(() -> SalesFollowUp.builder().rejectionReason("no budget").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rejectionReason requires rejectedAt, got rejectionReason \"no budget\" without it");
    }

    @Test
    void decidedAt_isAcceptanceOrRejection() {
        assertThat(SalesFollowUp.builder().rejectedAt(day(2)).build().decidedAt()).contains(day(2));
        assertThat(SalesFollowUp.builder().acceptedAt(day(1)).build().decidedAt()).contains(day(1));
        assertThat(SalesFollowUp.EMPTY.decidedAt()).isEmpty();
    }

    @Test
    void closedAt_isOnlyForWonOrLost() {
        assertThat(DealOutcome.won(day(1), null).closedAt()).contains(day(1));
        assertThat(new DealOutcome(OutcomeStatus.OPEN, Optional.of(day(1)), Optional.empty(), Optional.empty())
                .closedAt()).isEmpty();
    }
}

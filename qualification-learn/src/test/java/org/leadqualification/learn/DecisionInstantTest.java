package org.leadqualification.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;

/** When a lead is judged to learn from it: never after its outcome. */
class DecisionInstantTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Lead LEAD = Lead.builder("L").createdAt(CREATED)
            .stageChange(RecordedStage.PQL, Instant.parse("2026-01-05T00:00:00Z"))
            .stageChange(RecordedStage.OPPORTUNITY, Instant.parse("2026-01-09T00:00:00Z"))
            .outcome(DealOutcome.won(Instant.parse("2026-01-10T00:00:00Z"), null)).build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "created+3d,   2026-01-04T00:00:00Z",
        "created+PT6H, 2026-01-01T06:00:00Z",
        "created+30d,  2026-01-10T00:00:00Z",
        "mql,          2026-01-05T00:00:00Z",
        "SQL,          2026-01-09T00:00:00Z",
        "opportunity,  2026-01-09T00:00:00Z",
    })
    void theInstant_isTheFirstReachOrTheDelay_clampedToTheOutcome(String text, String expected) {
        assertThat(DecisionInstant.parse(text).of(LEAD)).contains(Instant.parse(expected));
    }

    @Test
    void aLeadThatNeverReachedTheStage_orHasNoCreation_hasNone() {
        assertThat(DecisionInstant.parse("mql").of(Lead.builder("X").createdAt(CREATED).build())).isEmpty();
        assertThat(DecisionInstant.afterCreation(Duration.ofDays(1)).of(Lead.builder("Y").build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"created+", "created+x", "tomorrow", "won"})
    void nonsense_isRejectedSayingWhatIsExpected(String text) {
        assertThatThrownBy(() -> DecisionInstant.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected created+<days>d");
    }

    @Test
    void knownAt_dropsTheHistoryAndLaterInteractions() {
        Lead lead = LEAD.toBuilder().interaction("PAGE_VIEW", Instant.parse("2026-01-02T00:00:00Z"))
                .interaction("DEMO_REQUEST", Instant.parse("2026-01-08T00:00:00Z")).build();

        Lead known = DecisionInstant.knownAt(lead, Instant.parse("2026-01-03T00:00:00Z"));

        assertThat(known.interactions()).extracting(i -> i.type()).containsExactly("PAGE_VIEW");
        assertThat(known.outcome()).isEmpty();
        assertThat(known.stageHistory()).isEmpty();
        assertThat(known.sales()).isEmpty();
        assertThat(DecisionInstant.parse("created+14d")).hasToString("14 days after creation (never after the outcome)");
    }
}

package org.leadqualification.funnel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.OutcomeStatus;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.StageChange;

/**
 * One lead's history as of an instant: when it reached each funnel step, its stays in recorded stages and its
 * outcome. History after the instant is left out. Package-private.
 */
final class LeadTimeline {
    private static final FunnelStep[] STEPS = FunnelStep.values();

    private final Instant created;
    private final Instant[] reached = new Instant[STEPS.length];
    private final OutcomeStatus status;
    private final Instant closedAt;
    private final List<Stay> stays;

    /**
     * A stay in a recorded stage.
     *
     * @param stage the stage
     * @param from  when the lead entered it
     * @param to    when it left it (next stage change or the deal closing), or null if still there at as-of
     */
    record Stay(RecordedStage stage, Instant from, Instant to) {
    }

    private LeadTimeline(Lead lead, Instant asOf) {
        List<StageChange> history = new ArrayList<>();
        for (StageChange c : lead.stageHistory()) {
            if (!c.at().isAfter(asOf)) {
                history.add(c); // in time order: the model checks it
            }
        }
        created = lead.createdAt().orElse(history.isEmpty() ? null : history.get(0).at());
        Optional<DealOutcome> outcome = lead.outcome();
        Instant closed = outcome.flatMap(DealOutcome::closedAt).orElse(null);
        if (closed != null && !closed.isAfter(asOf)) {
            status = outcome.get().status();
            closedAt = closed;
        } else {
            status = OutcomeStatus.OPEN;
            closedAt = null;
        }
        // The instant each step was reached by a record of its own, then passed down the waterfall.
        Instant[] own = new Instant[STEPS.length];
        own[FunnelStep.LEAD.ordinal()] = created;
        for (StageChange c : history) {
            FunnelStep.of(c.stage()).ifPresent(step -> {
                if (own[step.ordinal()] == null) {
                    own[step.ordinal()] = c.at();
                }
            });
        }
        if (status == OutcomeStatus.WON) {
            own[FunnelStep.WON.ordinal()] = closedAt;
        }
        Instant earliest = null;
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (own[i] != null && (earliest == null || own[i].isBefore(earliest))) {
                earliest = own[i];
            }
            reached[i] = earliest;
        }
        List<Stay> list = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            StageChange c = history.get(i);
            Instant to = i + 1 < history.size() ? history.get(i + 1).at() : closedAt;
            list.add(new Stay(c.stage(), c.at(), to));
        }
        stays = list;
    }

    static LeadTimeline of(Lead lead, Instant asOf) {
        return new LeadTimeline(lead, asOf);
    }

    /** @return when the lead was created (else its first stage change), or null if undated */
    Instant created() {
        return created;
    }

    /** @return when the lead reached the step, or null if it did not by as-of */
    Instant reached(FunnelStep step) {
        return reached[step.ordinal()];
    }

    /** @return open, or won or lost by as-of */
    OutcomeStatus status() {
        return status;
    }

    /** @return when the deal was won or lost, or null if open as of as-of */
    Instant closedAt() {
        return closedAt;
    }

    /** @return the stays in recorded stages, in time order */
    List<Stay> stays() {
        return stays;
    }
}

package org.leadqualification.sla;

import java.time.Instant;
import java.util.Optional;
import org.leadqualification.model.SalesFollowUp;

/** What sales must do with a lead by a deadline. */
public enum SlaRequirement {
    /** Sales accepts or rejects the handoff ({@link SalesFollowUp#decidedAt()}). */
    ACCEPTED_OR_REJECTED,
    /** Sales touches the lead for the first time ({@link SalesFollowUp#firstTouchAt()}). */
    FIRST_TOUCH;

    /**
     * @param sales what sales did
     * @return when this requirement was met, if it was
     */
    public Optional<Instant> metAt(SalesFollowUp sales) {
        return switch (this) {
            case ACCEPTED_OR_REJECTED -> sales.decidedAt();
            case FIRST_TOUCH -> sales.firstTouchAt();
        };
    }
}

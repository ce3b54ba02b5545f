package org.leadqualification.sla;

import java.time.Duration;
import java.util.Objects;
import org.leadqualification.model.RecordedStage;

/**
 * One term of the agreement: once a lead is recorded in {@code stage}, sales meets {@code requirement} within
 * {@code within}.
 *
 * @param stage       the stage that starts the clock (its first entry in the lead's history)
 * @param requirement what sales must do
 * @param within      how long sales has, positive
 */
public record SlaDeadline(RecordedStage stage, SlaRequirement requirement, Duration within) {

    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code within} is zero or negative
     */
    public SlaDeadline {
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(requirement, "requirement must not be null");
        Objects.requireNonNull(within, "within must not be null");
        if (within.isZero() || within.isNegative()) {
            throw new IllegalArgumentException("within must be positive, got " + within + " for " + stage + " "
                    + requirement);
        }
    }
}

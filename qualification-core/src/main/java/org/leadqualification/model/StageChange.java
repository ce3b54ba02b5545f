package org.leadqualification.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a lead's stage history: the CRM recorded the lead in {@code stage} at {@code at}.
 *
 * @param stage the stage recorded
 * @param at    when it was recorded
 */
public record StageChange(RecordedStage stage, Instant at) {

    /** @throws NullPointerException if an argument is null */
    public StageChange {
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(at, "at must not be null");
    }

    /**
     * @param stage the stage recorded
     * @param at    when
     * @return the stage change
     */
    public static StageChange of(RecordedStage stage, Instant at) {
        return new StageChange(stage, at);
    }
}

package org.leadqualification.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.model.RecordedStage;

/**
 * An open breach: a live lead whose deadline has passed without sales meeting it. What a CRM alerts on.
 *
 * @param stage       the stage that started the clock
 * @param requirement what sales has not done
 * @param owner       the lead's sales owner, if known
 * @param dueAt       when it was due
 * @param lateBy      how late it is as of the instant evaluated, positive
 */
public record SlaBreach(RecordedStage stage, SlaRequirement requirement, Optional<String> owner, Instant dueAt,
                        Duration lateBy) {

    /** @throws NullPointerException if an argument is null */
    public SlaBreach {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(requirement, "requirement");
        owner = owner == null ? Optional.empty() : owner;
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(lateBy, "lateBy");
    }
}

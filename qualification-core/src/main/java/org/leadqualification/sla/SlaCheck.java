package org.leadqualification.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One deadline applied to one lead as of an instant.
 *
 * @param deadline  the term of the agreement
 * @param owner     the lead's sales owner, if known
 * @param startedAt when the lead was first recorded in the deadline's stage
 * @param dueAt     {@code startedAt + within}
 * @param status    where it stands
 * @param metAt     when the requirement was met, for {@link SlaStatus#MET} and {@link SlaStatus#MET_LATE}
 * @param lateBy    how late: when met late, met minus due; when breached, as-of minus due; when missed, closed
 *                  minus due; otherwise zero
 */
public record SlaCheck(SlaDeadline deadline, Optional<String> owner, Instant startedAt, Instant dueAt,
                       SlaStatus status, Optional<Instant> metAt, Duration lateBy) {

    /** @throws NullPointerException if an argument is null */
    public SlaCheck {
        Objects.requireNonNull(deadline, "deadline");
        owner = owner == null ? Optional.empty() : owner;
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        metAt = metAt == null ? Optional.empty() : metAt;
        Objects.requireNonNull(lateBy, "lateBy");
        if (lateBy.isNegative()) {
            throw new IllegalArgumentException("lateBy must not be negative, got " + lateBy);
        }
    }
}

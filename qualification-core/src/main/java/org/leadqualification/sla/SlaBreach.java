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

    /**
     * @return the breach for a person, e.g. {@code SQL since 2026-10-20T15:12:00Z: no first sales touch, due
     *         2026-10-21T15:12:00Z, 2d 3h late (owner ana)}
     */
    public String describe() {
        String what = switch (requirement) {
            case ACCEPTED_OR_REJECTED -> "not accepted or rejected by sales";
            case FIRST_TOUCH -> "no first sales touch";
        };
        return stage + ": " + what + ", due " + dueAt + ", " + late(lateBy) + " late"
                + owner.map(o -> " (owner " + o + ")").orElse(" (no owner)");
    }

    /** @return e.g. {@code 2d 3h}, {@code 5h 20m}, {@code 45m} */
    private static String late(Duration d) {
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + mins + "m" : Math.max(mins, 0) + "m";
    }
}

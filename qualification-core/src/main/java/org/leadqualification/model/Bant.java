package org.leadqualification.model;

import java.util.Objects;

/**
 * What sales learned about budget, authority, need and timeline. A part that is absent is {@code UNKNOWN}.
 *
 * @param budget    whether money is available
 * @param authority the person's role in the decision
 * @param need      whether the need is established
 * @param timeline  when they expect to buy
 */
public record Bant(Budget budget, Authority authority, Need need, Timeline timeline) {

    /** Nothing known: every part {@code UNKNOWN}. */
    public static final Bant UNKNOWN = new Bant(Budget.UNKNOWN, Authority.UNKNOWN, Need.UNKNOWN, Timeline.UNKNOWN);

    /** Replaces absent parts with {@code UNKNOWN}. */
    public Bant {
        budget = Objects.requireNonNullElse(budget, Budget.UNKNOWN);
        authority = Objects.requireNonNullElse(authority, Authority.UNKNOWN);
        need = Objects.requireNonNullElse(need, Need.UNKNOWN);
        timeline = Objects.requireNonNullElse(timeline, Timeline.UNKNOWN);
    }

    /** @return true when every part is {@code UNKNOWN} */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }
}

package org.leadqualification.bench.naive;

import java.time.Instant;
import java.util.Objects;

/**
 * A fact: the instant a lead is judged as of. The NAIVE_INTERACTIONS rules join it with the {@code Interaction}
 * facts to age them, the way teams model "now" in a rule base. One per session.
 *
 * @param instant the as-of instant
 */
public record AsOf(Instant instant) {
    /** @throws NullPointerException if {@code instant} is null */
    public AsOf {
        Objects.requireNonNull(instant, "instant");
    }
}

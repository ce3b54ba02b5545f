package org.leadqualification.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;

/**
 * When time alone can next change a lead's result. The engine measures every age in whole days
 * ({@code floor(seconds between / 86,400)}): decay and windows from each interaction's instant, recency from creation,
 * sign-up and customer start. So a result can only change at {@code anchor + k × 24 h}, or when an interaction dated
 * in the future becomes past. Anchors older than the horizon (the longest decay window plus a day) are left out:
 * past every window nothing they feed changes any more.
 */
final class NextChange {
    private static final long DAY_SECONDS = 86_400L;

    private NextChange() {
    }

    /**
     * @param lead    the lead
     * @param asOf    the instant it was last judged at
     * @param horizon how long after an anchor a change can still come from it
     * @return the earliest instant after {@code asOf} at which its result can change, if any
     */
    static Optional<Instant> after(Lead lead, Instant asOf, Duration horizon) {
        Instant[] best = {null};
        for (Interaction i : lead.interactions()) {
            consider(best, i.at(), asOf, horizon);
        }
        lead.createdAt().ifPresent(t -> consider(best, t, asOf, horizon));
        lead.product().flatMap(p -> p.signedUpAt()).ifPresent(t -> consider(best, t, asOf, horizon));
        lead.customer().flatMap(c -> c.since()).ifPresent(t -> consider(best, t, asOf, horizon));
        return Optional.ofNullable(best[0]);
    }

    private static void consider(Instant[] best, Instant anchor, Instant asOf, Duration horizon) {
        Instant next;
        if (anchor.isAfter(asOf)) {
            next = anchor; // not counted yet: it starts to count at its own instant
        } else {
            Duration age = Duration.between(anchor, asOf);
            if (age.compareTo(horizon) > 0) {
                return;
            }
            long days = age.getSeconds() / DAY_SECONDS;
            next = anchor.plusSeconds((days + 1) * DAY_SECONDS);
        }
        if (best[0] == null || next.isBefore(best[0])) {
            best[0] = next;
        }
    }
}

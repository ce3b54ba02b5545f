package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

/**
 * The profile's {@code inactivity}: a penalty for leads without recent engagement.
 *
 * @param days   days without positive engagement
 * @param points the (negative) points
 */
public record Inactivity(int days, int points) {
    /** @throws IllegalArgumentException if {@code days} <= 0 */
    public Inactivity {
        check(days > 0, "inactivity.days must be > 0, got %s", days);
    }
}

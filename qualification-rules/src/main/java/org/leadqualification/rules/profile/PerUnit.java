package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

/**
 * Points per unit, capped, e.g. the profile's {@code product.activeDays}.
 *
 * @param pointsEach points per unit
 * @param cap        the most in total
 */
public record PerUnit(int pointsEach, int cap) {
    /** @throws IllegalArgumentException if {@code cap} is negative */
    public PerUnit {
        check(cap >= 0, "cap must be >= 0, got %s", cap);
    }

    /**
     * @param units how many
     * @return the capped points
     */
    public int pointsFor(long units) {
        return (int) Math.min(cap, Math.max(0, units) * (long) pointsEach);
    }
}

package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

/**
 * Points for a number in a range: one entry of the profile's {@code fit.companySize} or {@code fit.annualRevenue}.
 *
 * @param min    lowest value, inclusive
 * @param max    highest value, inclusive; absent (null) in a profile file for no upper bound, which the band
 *               stores as {@code Long.MAX_VALUE}: never null once built
 * @param points points
 */
public record Band(long min, Long max, int points) {
    /** @throws IllegalArgumentException if {@code min > max} or {@code min < 0} */
    public Band {
        max = max == null ? Long.MAX_VALUE : max;
        check(min >= 0 && min <= max, "band must satisfy 0 <= min <= max, got min=%s max=%s", min, max);
    }

    /**
     * @param value a number
     * @return true if it is in the band
     */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }
}

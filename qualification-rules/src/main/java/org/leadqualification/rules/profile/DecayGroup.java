package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

/**
 * One entry of the profile's {@code decay}: how fast interactions of a group lose value.
 *
 * @param halfLifeDays points halve every this many days
 * @param windowDays   interactions older than this no longer count
 */
public record DecayGroup(int halfLifeDays, int windowDays) {
    /** @throws IllegalArgumentException unless both are > 0 */
    public DecayGroup {
        check(halfLifeDays > 0, "halfLifeDays must be > 0, got %s", halfLifeDays);
        check(windowDays > 0, "windowDays must be > 0, got %s", windowDays);
    }
}

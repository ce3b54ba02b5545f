package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

import java.util.Objects;

/**
 * One entry of the profile's {@code interactions}: the points of one interaction type.
 *
 * @param points points per interaction before decay; negative for negative signals
 * @param cap    the most the type can add (or, for negative points, subtract) in total, {@code >= 0}
 * @param group  the decay group
 */
public record InteractionPoints(int points, int cap, String group) {
    /** @throws IllegalArgumentException if {@code cap} is negative or {@code group} missing */
    public InteractionPoints {
        check(cap >= 0, "cap must be >= 0, got %s", cap);
        Objects.requireNonNull(group, "group");
    }
}

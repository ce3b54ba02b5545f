package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

/**
 * The profile's {@code account.intent.handRaise}: a hand-raise (an interaction of a type in
 * {@code classification.sql.handRaiseTypes}) by anyone in the account.
 *
 * @param points     points, once per account
 * @param recentDays the latest hand-raise must be at most this many whole days old
 */
public record HandRaise(int points, int recentDays) {
    /** @throws IllegalArgumentException if {@code recentDays} is negative */
    public HandRaise {
        check(recentDays >= 0, "recentDays must be >= 0, got %s", recentDays);
    }
}

package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

import java.util.Objects;

/**
 * The profile's {@code account.intent}.
 *
 * @param handRaise               a hand-raise anywhere in the account
 * @param strongestContactPercent the share (percent) of the strongest contact intent score that the account gets
 */
public record AccountIntent(HandRaise handRaise, int strongestContactPercent) {
    /** @throws IllegalArgumentException if the percent is outside 0..100 */
    public AccountIntent {
        Objects.requireNonNull(handRaise, "handRaise");
        check(strongestContactPercent >= 0 && strongestContactPercent <= 100,
                "strongestContactPercent must be in 0..100, got %s", strongestContactPercent);
    }

    /**
     * @param intentScore the strongest contact intent score
     * @return the points it gives the account, rounded half up
     */
    public int pointsFor(int intentScore) {
        return (intentScore * strongestContactPercent + 50) / 100;
    }
}

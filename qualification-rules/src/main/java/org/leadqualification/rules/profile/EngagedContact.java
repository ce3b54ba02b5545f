package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

/**
 * The profile's {@code account.engagedContact}: when a contact counts as engaged for its account. A disqualified
 * contact never does.
 *
 * @param minEngagement lowest engagement score (0..100, decayed) of an engaged contact
 * @param minIntent     lowest intent score (0..100, decayed) of an engaged contact; either threshold suffices
 */
public record EngagedContact(int minEngagement, int minIntent) {
    /** @throws IllegalArgumentException if a threshold is outside 1..100 */
    public EngagedContact {
        check(minEngagement >= 1 && minEngagement <= 100, "minEngagement must be in 1..100, got %s", minEngagement);
        check(minIntent >= 1 && minIntent <= 100, "minIntent must be in 1..100, got %s", minIntent);
    }
}

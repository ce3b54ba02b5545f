package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

/**
 * The profile's {@code account.engagement}: the account's engagement is the sum over its most engaged contacts of
 * each one's engagement score (already decayed), capped per contact, so that one very active person cannot make
 * an account.
 *
 * @param bestContacts  how many contacts count, the most engaged first (ties by lead id)
 * @param capPerContact the most one contact adds
 */
public record AccountEngagement(int bestContacts, int capPerContact) {
    /** @throws IllegalArgumentException if {@code bestContacts} is below 1 or {@code capPerContact} negative */
    public AccountEngagement {
        check(bestContacts >= 1, "bestContacts must be >= 1, got %s", bestContacts);
        check(capPerContact >= 0, "capPerContact must be >= 0, got %s", capPerContact);
    }

    /**
     * @param engagementScore a contact's engagement score
     * @return the points it adds to its account
     */
    public int pointsFor(int engagementScore) {
        return Math.max(0, Math.min(capPerContact, engagementScore));
    }
}

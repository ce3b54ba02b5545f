package org.leadqualification.rules.profile;

/**
 * The profile's {@code account.classification.engaged}.
 *
 * @param minScore           lowest account score
 * @param minEngagedContacts fewest engaged contacts
 */
public record EngagedAccount(int minScore, int minEngagedContacts) {
}

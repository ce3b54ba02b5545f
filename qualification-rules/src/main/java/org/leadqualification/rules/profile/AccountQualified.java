package org.leadqualification.rules.profile;

/**
 * The profile's {@code account.classification.accountQualified}: the marketing-qualified account (MQA).
 *
 * @param minScore           lowest account score
 * @param minEngagedContacts fewest engaged contacts
 * @param minCommittee       lowest buying-committee score
 */
public record AccountQualified(int minScore, int minEngagedContacts, int minCommittee) {
}

package org.leadqualification.rules.facts;

/**
 * A fact: how recently the lead engaged, as of the as-of instant. One per lead. {@code -1} means never or
 * unknown.
 *
 * @param daysSinceLastEngagement  whole days since the latest interaction of a type with positive points in the
 *                                 profile
 * @param daysSinceCreated         whole days since the lead was created
 * @param daysSinceProductActivity whole days since the latest product activity (the profile's PQL activity types,
 *                                 or the product sign-up)
 */
public record Recency(long daysSinceLastEngagement, long daysSinceCreated, long daysSinceProductActivity) {

    /**
     * @return days without engagement: since the last positive interaction, or since the lead was created when
     *         there is none; -1 when neither is known
     */
    public long idleDays() {
        return daysSinceLastEngagement >= 0 ? daysSinceLastEngagement : daysSinceCreated;
    }
}

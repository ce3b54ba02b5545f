package org.leadqualification.rules.profile;

/**
 * The profile's {@code product}: product-usage points.
 *
 * @param activeDays        per active day
 * @param keyFeatures       per key feature used
 * @param seats             team adoption
 * @param usageLimitReached hitting a usage limit
 */
public record ProductPoints(PerUnit activeDays, PerUnit keyFeatures, Threshold seats, Points usageLimitReached) {
}

package org.leadqualification.rules.profile;

/**
 * A number of points, e.g. the profile's {@code product.usageLimitReached}.
 *
 * @param points the points
 */
public record Points(int points) {
}

package org.leadqualification.rules.profile;

import java.math.BigDecimal;

/**
 * Points for a number at or over a threshold, e.g. the profile's {@code fit.funding} or {@code product.seats}.
 *
 * @param min    the threshold
 * @param points points
 */
public record Threshold(long min, int points) {
    /**
     * @param value an amount, any size
     * @return true if it is at or over {@code min}
     */
    public boolean reachedBy(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(min)) >= 0;
    }
}

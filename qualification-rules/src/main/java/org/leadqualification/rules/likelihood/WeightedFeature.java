package org.leadqualification.rules.likelihood;

import java.util.Objects;

/**
 * A feature of a likelihood model with its weight.
 *
 * @param feature the feature
 * @param center  the feature's (transformed) mean over the training leads: contributions are measured from it, so
 *                an average lead's contributions are near 0
 * @param weight  the log-odds per unit of the transformed feature
 */
public record WeightedFeature(Feature feature, double center, double weight) {

    /**
     * @throws NullPointerException     if {@code feature} is null
     * @throws IllegalArgumentException if a number is not finite
     */
    public WeightedFeature {
        Objects.requireNonNull(feature, "feature");
        if (!Double.isFinite(center) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("center and weight must be finite, got " + center + " and " + weight
                    + " for " + feature.name());
        }
    }
}

package org.leadqualification.result;

import java.util.Objects;

/**
 * What one feature of a learned likelihood model added to a lead's conversion likelihood, in log-odds against the
 * average lead the model was trained on: positive raises the likelihood, negative lowers it. The likelihood is
 * {@code sigmoid(intercept + Σ logOdds)}, so the contributions of one result add up to its log-odds.
 *
 * @param feature the feature, named after what it reads: {@code rule:Demo requested} (the points of that rule, so
 *                the reason of that name), {@code interactions:PAGE_VIEW} (how many up to the as-of instant),
 *                {@code source=Google}, {@code attribute:occupation=Student}, {@code attribute:timeOnSite}
 * @param value   the lead's value of the feature (points, a count, 1 or 0 for a category)
 * @param logOdds the feature's contribution, {@code weight × (value − the training mean)}
 */
public record LikelihoodContribution(String feature, double value, double logOdds) {

    /**
     * @throws NullPointerException     if {@code feature} is null
     * @throws IllegalArgumentException if {@code feature} is blank or a number is not finite
     */
    public LikelihoodContribution {
        Objects.requireNonNull(feature, "feature must not be null");
        if (feature.isBlank()) {
            throw new IllegalArgumentException("feature must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value + " for " + feature);
        }
        if (!Double.isFinite(logOdds)) {
            throw new IllegalArgumentException("logOdds must be finite, got " + logOdds + " for " + feature);
        }
    }
}

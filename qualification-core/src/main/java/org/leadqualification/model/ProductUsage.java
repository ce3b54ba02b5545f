package org.leadqualification.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the lead uses the product on a free, trial or paid self-serve plan (product-qualified lead signals).
 *
 * @param plan              the plan
 * @param signedUpAt        when the account was created
 * @param activeDays        days with activity, {@code >= 0}
 * @param seats             seats in use, {@code >= 0}
 * @param keyFeaturesUsed   key features used, free upper-case words
 * @param usageLimitReached whether a usage limit of the plan was hit
 */
public record ProductUsage(ProductPlan plan, Optional<Instant> signedUpAt, OptionalInt activeDays, OptionalInt seats,
                           List<String> keyFeaturesUsed, boolean usageLimitReached) {

    /**
     * Normalises and checks the usage.
     *
     * @throws NullPointerException     if {@code plan} is null
     * @throws IllegalArgumentException if {@code activeDays} or {@code seats} is negative
     */
    public ProductUsage {
        Objects.requireNonNull(plan, "plan must not be null");
        signedUpAt = Checks.orEmpty(signedUpAt);
        activeDays = Checks.nonNegative(activeDays, "activeDays");
        seats = Checks.nonNegative(seats, "seats");
        keyFeaturesUsed = Checks.list(keyFeaturesUsed, "keyFeaturesUsed");
    }
}

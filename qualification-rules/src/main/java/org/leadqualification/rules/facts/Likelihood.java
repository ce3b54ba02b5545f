package org.leadqualification.rules.facts;

import java.util.List;
import org.leadqualification.result.LikelihoodContribution;

/**
 * A lead's conversion likelihood and why.
 *
 * @param value         0..1, rounded to 4 decimals
 * @param contributions each feature's log-odds (rounded to 4 decimals; zeros left out), the largest either way
 *                      first, then by feature name
 */
public record Likelihood(double value, List<LikelihoodContribution> contributions) {

    /** @throws IllegalArgumentException if {@code value} is outside 0..1 */
    public Likelihood {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("value must be in 0..1, got " + value);
        }
        contributions = List.copyOf(contributions);
    }
}

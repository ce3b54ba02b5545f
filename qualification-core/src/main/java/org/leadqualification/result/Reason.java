package org.leadqualification.result;

import java.util.Objects;
import java.util.Optional;

/**
 * One contribution to a result: the rule that made it, the dimension it scored on (absent for a classification
 * reason), its points (negative for negative signals) and a detail for a person.
 *
 * @param rule      the rule's name, as a sales or marketing person would read it
 * @param dimension the dimension the points went to; empty for reasons that only classify
 * @param points    whole points, may be negative
 * @param detail    what the rule saw, e.g. {@code DEMO_REQUEST 2026-10-20T15:12:00Z}
 */
public record Reason(String rule, Optional<Dimension> dimension, int points, Optional<String> detail) {

    /**
     * @throws NullPointerException     if {@code rule} is null
     * @throws IllegalArgumentException if {@code rule} is blank
     */
    public Reason {
        Objects.requireNonNull(rule, "rule must not be null");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        dimension = dimension == null ? Optional.empty() : dimension;
        detail = detail == null ? Optional.empty() : detail.filter(s -> !s.isBlank());
    }

    /**
     * @param rule      rule name
     * @param dimension dimension scored
     * @param points    points
     * @param detail    what the rule saw, may be null
     * @return a scoring reason
     */
    public static Reason scored(String rule, Dimension dimension, int points, String detail) {
        return new Reason(rule, Optional.of(dimension), points, Optional.ofNullable(detail));
    }

    /**
     * @param rule   rule name
     * @param detail what the rule saw, may be null
     * @return a reason that classifies without points
     */
    public static Reason classified(String rule, String detail) {
        return new Reason(rule, Optional.empty(), 0, Optional.ofNullable(detail));
    }
}

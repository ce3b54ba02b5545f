package org.leadqualification.rules.profile;

import java.util.Map;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Need;
import org.leadqualification.model.Timeline;

/**
 * The profile's {@code bant}: points per BANT answer; answers not listed give 0.
 *
 * @param budget    per budget answer
 * @param authority per authority answer
 * @param need      per need answer
 * @param timeline  per timeline answer
 */
public record BantPoints(Map<Budget, Integer> budget, Map<Authority, Integer> authority, Map<Need, Integer> need,
                         Map<Timeline, Integer> timeline) {
    /** Copies the maps. */
    public BantPoints {
        budget = Map.copyOf(budget);
        authority = Map.copyOf(authority);
        need = Map.copyOf(need);
        timeline = Map.copyOf(timeline);
    }
}

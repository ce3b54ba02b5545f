package org.leadqualification.rules.profile;

import java.util.Set;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Need;
import org.leadqualification.model.Timeline;

/**
 * The profile's {@code classification.sql.positiveBant}: the BANT answers that count as positive.
 *
 * @param budget    positive budget answers
 * @param authority positive authority answers
 * @param need      positive need answers
 * @param timeline  positive timeline answers
 */
public record PositiveBant(Set<Budget> budget, Set<Authority> authority, Set<Need> need, Set<Timeline> timeline) {
    /** Copies the sets. */
    public PositiveBant {
        budget = Set.copyOf(budget);
        authority = Set.copyOf(authority);
        need = Set.copyOf(need);
        timeline = Set.copyOf(timeline);
    }

    /**
     * @param bant what sales learned
     * @return how many of the four parts are positive
     */
    public int count(Bant bant) {
        return (budget.contains(bant.budget()) ? 1 : 0) + (authority.contains(bant.authority()) ? 1 : 0)
                + (need.contains(bant.need()) ? 1 : 0) + (timeline.contains(bant.timeline()) ? 1 : 0);
    }
}

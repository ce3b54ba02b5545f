package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Set;
import org.leadqualification.model.ProductPlan;

/**
 * The profile's {@code classification.pql}: product-qualified criteria.
 *
 * @param plans          plans that can be product-qualified
 * @param minActiveDays  lowest active days
 * @param minKeyFeatures lowest number of key features used
 * @param recentDays     product activity or sign-up within this many days
 * @param activityTypes  interaction types that count as product activity
 */
public record Pql(Set<ProductPlan> plans, int minActiveDays, int minKeyFeatures, int recentDays,
                  List<String> activityTypes) {
    /** Copies the collections. */
    public Pql {
        plans = Set.copyOf(plans);
        activityTypes = List.copyOf(activityTypes);
    }
}

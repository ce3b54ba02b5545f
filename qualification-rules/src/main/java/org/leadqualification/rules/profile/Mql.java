package org.leadqualification.rules.profile;

import org.leadqualification.result.Grade;

/**
 * The profile's {@code classification.mql}: marketing-qualified criteria.
 *
 * @param minScore   lowest unidimensional score
 * @param recentDays positive engagement within this many days
 * @param minGrade   worst fit grade allowed
 */
public record Mql(int minScore, int recentDays, Grade minGrade) {
}

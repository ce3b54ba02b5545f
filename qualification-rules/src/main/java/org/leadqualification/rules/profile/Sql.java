package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

import java.util.List;
import org.leadqualification.result.Grade;

/**
 * The profile's {@code classification.sql}: sales-qualified criteria.
 *
 * @param handRaiseTypes interaction types that are a hand-raise
 * @param recentDays     the hand-raise within this many days
 * @param minGrade       worst fit grade allowed
 * @param minBantParts   how many BANT parts must be positive
 * @param positiveBant   which answers count as positive
 * @param directInquiry  the direct-inquiry route to SQL
 */
public record Sql(List<String> handRaiseTypes, int recentDays, Grade minGrade, int minBantParts,
                  PositiveBant positiveBant, DirectInquiry directInquiry) {
    /** @throws IllegalArgumentException if {@code minBantParts} is outside 0..4 */
    public Sql {
        handRaiseTypes = List.copyOf(handRaiseTypes);
        check(minBantParts >= 0 && minBantParts <= 4, "classification.sql.minBantParts must be in 0..4, got %s",
                minBantParts);
    }
}

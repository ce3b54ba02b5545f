package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.checkField;
import static org.leadqualification.rules.profile.ProfileChecks.checkTypes;

import java.util.Objects;

/**
 * The profile's {@code classification}: the criteria of each stage.
 *
 * @param mql              marketing-qualified
 * @param sql              sales-qualified
 * @param pql              product-qualified
 * @param serviceQualified service-qualified
 * @param disqualify       disqualifying lists
 */
public record Classification(Mql mql, Sql sql, Pql pql, ServiceQualified serviceQualified, Disqualify disqualify) {
    /** @throws IllegalArgumentException if a part is missing or a type list holds a word that is not a type */
    public Classification {
        Objects.requireNonNull(mql, "classification.mql");
        Objects.requireNonNull(sql, "classification.sql");
        Objects.requireNonNull(pql, "classification.pql");
        Objects.requireNonNull(serviceQualified, "classification.serviceQualified");
        Objects.requireNonNull(disqualify, "classification.disqualify");
        checkTypes(sql.handRaiseTypes(), "classification.sql.handRaiseTypes");
        checkTypes(serviceQualified.types(), "classification.serviceQualified.types");
        checkTypes(pql.activityTypes(), "classification.pql.activityTypes");
        checkField("classification.mql.minScore", mql.minScore() >= 0 && mql.minScore() <= 100,
                "classification.mql.minScore must be in 0..100, got %s", mql.minScore());
    }
}

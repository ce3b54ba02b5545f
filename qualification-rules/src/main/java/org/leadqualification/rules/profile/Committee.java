package org.leadqualification.rules.profile;

import java.util.Objects;

/**
 * The profile's {@code account.committee}: buying-committee coverage, counted over the engaged contacts.
 *
 * @param seniorities    points per distinct seniority engaged, capped
 * @param departments    points per distinct department engaged, capped
 * @param economicBuyer  an engaged economic buyer
 * @param bantPartPoints points per BANT part (budget, authority, need, timeline) answered positively by anyone in the
 *                       account, in the sense of {@code classification.sql.positiveBant}
 */
public record Committee(PerUnit seniorities, PerUnit departments, EconomicBuyer economicBuyer, int bantPartPoints) {
    /** @throws NullPointerException if a part is missing */
    public Committee {
        Objects.requireNonNull(seniorities, "seniorities");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(economicBuyer, "economicBuyer");
    }
}

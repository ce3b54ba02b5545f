package org.leadqualification.rules.profile;

import java.util.Objects;

/**
 * The profile's {@code account.classification}: the account stage criteria. An account whose contacts are all
 * disqualified is {@code DISQUALIFIED}; an account that meets none is {@code COLD}.
 *
 * @param customerExpansion existing customers with expansion signals
 * @param accountQualified  the marketing-qualified account
 * @param engaged           an account someone engages with
 */
public record AccountClassification(CustomerExpansion customerExpansion, AccountQualified accountQualified,
                                    EngagedAccount engaged) {
    /** @throws NullPointerException if a part is missing */
    public AccountClassification {
        Objects.requireNonNull(customerExpansion, "customerExpansion");
        Objects.requireNonNull(accountQualified, "accountQualified");
        Objects.requireNonNull(engaged, "engaged");
    }
}

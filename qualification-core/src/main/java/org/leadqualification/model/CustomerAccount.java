package org.leadqualification.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Present only when the lead is already a customer.
 *
 * @param plan           the current plan, a free word
 * @param since          customer since
 * @param monthlyRevenue monthly recurring revenue, {@code >= 0}
 */
public record CustomerAccount(Optional<String> plan, Optional<Instant> since, Optional<BigDecimal> monthlyRevenue) {

    /**
     * Normalises and checks the account.
     *
     * @throws IllegalArgumentException if {@code monthlyRevenue} is negative
     */
    public CustomerAccount {
        plan = Checks.text(plan);
        since = Checks.orEmpty(since);
        monthlyRevenue = Checks.nonNegativeAmount(monthlyRevenue, "monthlyRevenue");
    }
}

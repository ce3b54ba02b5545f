package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

import org.leadqualification.result.AccountDimension;

/**
 * One integer per account dimension: the profile's {@code account.normalisation} (raw points at which a dimension
 * reaches 100) and {@code account.weights} (weight of each dimension in the account score).
 *
 * @param fit        fit
 * @param engagement engagement
 * @param committee  buying-committee coverage
 * @param intent     intent
 */
public record AccountValues(int fit, int engagement, int committee, int intent) {
    /** @throws IllegalArgumentException if a value is negative */
    public AccountValues {
        check(fit >= 0 && engagement >= 0 && committee >= 0 && intent >= 0,
                "account values must be >= 0, got fit=%s engagement=%s committee=%s intent=%s", fit, engagement,
                committee, intent);
    }

    /**
     * @param dimension an account dimension
     * @return its value
     */
    public int get(AccountDimension dimension) {
        return switch (dimension) {
            case FIT -> fit;
            case ENGAGEMENT -> engagement;
            case COMMITTEE -> committee;
            case INTENT -> intent;
        };
    }
}

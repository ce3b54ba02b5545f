package org.leadqualification.result;

/**
 * The account's dimension scores, each an integer 0..100.
 *
 * @param fit        the company against the ideal customer profile
 * @param engagement how engaged its best contacts are
 * @param committee  buying-committee coverage
 * @param intent     buying intent anywhere in the account
 */
public record AccountDimensionScores(int fit, int engagement, int committee, int intent) {

    /**
     * @throws IllegalArgumentException if a score is outside 0..100
     */
    public AccountDimensionScores {
        check(fit, "fit");
        check(engagement, "engagement");
        check(committee, "committee");
        check(intent, "intent");
    }

    private static void check(int value, String name) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " must be in 0..100, got " + value);
        }
    }

    /**
     * @param dimension a dimension
     * @return its score
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

package org.leadqualification.result;

/**
 * The multidimensional scores, each an integer 0..100.
 *
 * @param fit        persona / ideal customer profile
 * @param engagement awareness and interactions
 * @param intent     buying stage
 * @param bant       budget, authority, need, timeline
 */
public record DimensionScores(int fit, int engagement, int intent, int bant) {

    /**
     * @throws IllegalArgumentException if a score is outside 0..100
     */
    public DimensionScores {
        check(fit, "fit");
        check(engagement, "engagement");
        check(intent, "intent");
        check(bant, "bant");
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
    public int get(Dimension dimension) {
        return switch (dimension) {
            case FIT -> fit;
            case ENGAGEMENT -> engagement;
            case INTENT -> intent;
            case BANT -> bant;
        };
    }
}

package org.leadqualification.rules.profile;

import org.leadqualification.result.Dimension;

/**
 * One integer per dimension: the profile's {@code normalisation} (raw points at which a dimension reaches 100) and
 * {@code weights} (weight of each dimension in the unidimensional score).
 *
 * @param fit        fit
 * @param engagement engagement
 * @param intent     intent
 * @param bant       bant
 */
public record DimensionValues(int fit, int engagement, int intent, int bant) {
    /**
     * @param d a dimension
     * @return its value
     */
    public int get(Dimension d) {
        return switch (d) {
            case FIT -> fit;
            case ENGAGEMENT -> engagement;
            case INTENT -> intent;
            case BANT -> bant;
        };
    }
}

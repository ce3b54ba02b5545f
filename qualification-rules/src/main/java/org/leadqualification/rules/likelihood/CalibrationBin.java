package org.leadqualification.rules.likelihood;

/**
 * One decile of leads ranked by predicted likelihood: how likely the model said they were to convert, and how
 * many did.
 *
 * @param decile        1 (lowest predicted) .. 10 (highest)
 * @param leads         leads in the decile
 * @param meanPredicted the mean predicted likelihood
 * @param observed      the share that converted (won among won and lost)
 */
public record CalibrationBin(int decile, long leads, double meanPredicted, double observed) {

    /** @throws IllegalArgumentException if a value is out of range */
    public CalibrationBin {
        if (decile < 1 || decile > 10) {
            throw new IllegalArgumentException("decile must be in 1..10, got " + decile);
        }
        if (leads < 0) {
            throw new IllegalArgumentException("leads must be >= 0, got " + leads);
        }
        if (!(meanPredicted >= 0 && meanPredicted <= 1) || !(observed >= 0 && observed <= 1)) {
            throw new IllegalArgumentException("meanPredicted and observed must be in 0..1, got " + meanPredicted
                    + " and " + observed);
        }
    }
}

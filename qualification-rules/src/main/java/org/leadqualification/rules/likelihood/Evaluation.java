package org.leadqualification.rules.likelihood;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How well a model did on a set of leads it was not trained on (the held-out, newest leads).
 *
 * @param leads         leads judged
 * @param won           of which won
 * @param auc           ROC AUC of the likelihood, won against lost
 * @param scoreAuc      ROC AUC of the rules' score on the same leads, to compare with
 * @param logLoss       mean negative log-likelihood
 * @param brier         mean squared error of the likelihood
 * @param topDecileLift the conversion rate of the 10% most likely leads over the overall rate
 * @param calibration   predicted against observed, by decile
 */
public record Evaluation(long leads, long won, double auc, OptionalDouble scoreAuc, double logLoss, double brier,
                         double topDecileLift, List<CalibrationBin> calibration) {

    /** @throws IllegalArgumentException if a count is negative or exceeds {@code leads} */
    public Evaluation {
        if (leads < 0 || won < 0 || won > leads) {
            throw new IllegalArgumentException("expected 0 <= won <= leads, got " + won + " of " + leads);
        }
        scoreAuc = scoreAuc == null ? OptionalDouble.empty() : scoreAuc;
        calibration = List.copyOf(calibration);
    }
}

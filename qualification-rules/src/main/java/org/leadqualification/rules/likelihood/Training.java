package org.leadqualification.rules.likelihood;

import java.time.Instant;
import java.util.Objects;

/**
 * How a likelihood model was trained: on which leads, judged when, and with which regularisation.
 *
 * @param method          e.g. {@code L2-regularised logistic regression (LIBLINEAR)}
 * @param decisionInstant when each lead was judged, e.g. {@code 14 days after creation (never after the outcome)}
 * @param from            the creation instant of the oldest lead used
 * @param to              the creation instant of the newest lead used
 * @param leads           won and lost leads used (train and test)
 * @param won             of which won
 * @param trainLeads      the older leads trained on
 * @param testFrom        the creation instant of the oldest held-out lead: every held-out lead is this new or newer
 * @param testLeads       the newer leads held out
 * @param l2              the inverse regularisation strength C chosen by cross-validation
 * @param folds           the folds of that cross-validation, within the training leads
 */
public record Training(String method, String decisionInstant, Instant from, Instant to, long leads, long won,
                       long trainLeads, Instant testFrom, long testLeads, double l2, int folds) {

    /** @throws NullPointerException if a component is null @throws IllegalArgumentException if a count is off */
    public Training {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(decisionInstant, "decisionInstant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(testFrom, "testFrom");
        if (leads < 0 || won < 0 || won > leads || trainLeads < 0 || testLeads < 0 || trainLeads + testLeads != leads) {
            throw new IllegalArgumentException("inconsistent counts: leads " + leads + ", won " + won + ", train "
                    + trainLeads + ", test " + testLeads);
        }
        if (!(l2 > 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l2 must be > 0, got " + l2);
        }
    }
}

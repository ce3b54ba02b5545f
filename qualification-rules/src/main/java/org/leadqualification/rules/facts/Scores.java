package org.leadqualification.rules.facts;

import org.leadqualification.result.Grade;

/**
 * A fact inserted once every scoring rule has fired: the final scores, for classification rules. Rules that
 * match {@code Scores} may classify ({@code score.qualify(...)}, {@code score.disqualify(...)}) but no longer add
 * points.
 *
 * @param fit               fit score 0..100
 * @param engagement        engagement score 0..100
 * @param intent            intent score 0..100
 * @param bant              BANT score 0..100
 * @param score             the unidimensional score 0..100
 * @param grade             the fit grade
 * @param bantPositiveParts how many BANT parts are positive in the sense of the profile (0..4)
 */
public record Scores(int fit, int engagement, int intent, int bant, int score, Grade grade, int bantPositiveParts) {

    /**
     * @param worst the worst grade allowed
     * @return true if the fit grade is {@code worst} or better
     */
    public boolean gradeAtLeast(Grade worst) {
        return grade.compareTo(worst) <= 0;
    }
}

package org.leadqualification.learn;

import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;

/**
 * L2-regularised logistic regression with LIBLINEAR's trust-region Newton solver ({@code L2R_LR}): a deterministic
 * optimum of {@code ½‖w‖² + C Σ log(1 + e^(−y·(w·x + b)))}, with the intercept {@code b} not regularised. Features
 * are scaled by their standard deviation (not centered, so sparse rows stay sparse) before fitting, so one C
 * regularises every feature alike; the weights returned are on the features' own scale.
 *
 * <p>One instance holds one training set in LIBLINEAR's form, built once (0.1 to 0.2 s and about 45 MB for 80,000
 * leads), and fits it for any number of C values, each from scratch. Not a warm start from the previous C's solution,
 * as LIBLINEAR's own parameter search does: its solver stops at 1% of the gradient's norm at zero, which grows with C
 * and the number of leads, so on many leads a fit started near the previous optimum stops at once, or early, and
 * cross-validation can no longer tell the C values apart. Each fit is a function of its C alone. Not thread-safe.
 */
final class Logistic {
    static {
        Linear.disableDebugOutput();
    }

    private final Problem problem;
    private final double[] scale;

    /**
     * @param rows  the transformed feature values of each lead
     * @param won   each lead's outcome
     * @param scale each feature's scale (its standard deviation, > 0)
     */
    Logistic(double[][] rows, boolean[] won, double[] scale) {
        int n = rows.length;
        int f = scale.length;
        this.scale = scale;
        this.problem = new Problem();
        problem.l = n;
        problem.n = f + 1;
        problem.bias = 1;
        problem.y = new double[n];
        problem.x = new de.bwaldvogel.liblinear.Feature[n][];
        List<de.bwaldvogel.liblinear.Feature> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            problem.y[i] = won[i] ? 1 : -1;
            nodes.clear();
            for (int j = 0; j < f; j++) {
                double v = rows[i][j] / scale[j];
                if (v != 0) {
                    nodes.add(new FeatureNode(j + 1, v));
                }
            }
            nodes.add(new FeatureNode(f + 1, 1));
            problem.x[i] = nodes.toArray(new de.bwaldvogel.liblinear.Feature[0]);
        }
    }

    /**
     * @param c the inverse regularisation strength
     * @return the weights per feature (on the unscaled features), then the intercept as the last element
     */
    double[] fit(double c) {
        // LIBLINEAR's own default stopping tolerance for L2R_LR: the gradient's norm below 1% of its start (and 1e-3
        // relative would cost several times more Newton-CG steps on 100,000 leads for changes in the 4th decimal).
        Parameter param = new Parameter(SolverType.L2R_LR, c, 0.01);
        param.setRegularizeBias(false);
        Model model = Linear.train(problem, param);
        double[] w = model.getFeatureWeights();
        int f = scale.length;
        // LIBLINEAR's decision value is positive for its first label; make it the log-odds of winning.
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] out = new double[f + 1];
        for (int j = 0; j < f; j++) {
            out[j] = sign * w[j] / scale[j];
        }
        out[f] = sign * w[f] * problem.bias;
        return out;
    }

    /**
     * @param rows  the transformed feature values of each lead
     * @param won   each lead's outcome
     * @param scale each feature's scale (its standard deviation, > 0)
     * @param c     the inverse regularisation strength
     * @return the weights per feature (on the unscaled features), then the intercept
     */
    static double[] fit(double[][] rows, boolean[] won, double[] scale, double c) {
        return new Logistic(rows, won, scale).fit(c);
    }

    /** @return the log-odds of a row under {@code weights} (the intercept last) */
    static double logit(double[] row, double[] weights) {
        double z = weights[weights.length - 1];
        for (int j = 0; j < row.length; j++) {
            z += weights[j] * row[j];
        }
        return z;
    }
}

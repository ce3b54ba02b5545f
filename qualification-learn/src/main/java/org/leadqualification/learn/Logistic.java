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
 * L2-regularised logistic regression with LIBLINEAR's trust-region Newton solver ({@code L2R_LR}): an exact,
 * deterministic optimum of {@code ½‖w‖² + C Σ log(1 + e^(−y·(w·x + b)))}, with the intercept {@code b} not
 * regularised. Features are scaled by their standard deviation (not centered, so sparse rows stay sparse) before
 * fitting, so one C regularises every feature alike; the weights returned are on the features' own scale.
 */
final class Logistic {
    static {
        Linear.disableDebugOutput();
    }

    private Logistic() {
    }

    /**
     * @param rows  the transformed feature values of each lead
     * @param won   each lead's outcome
     * @param scale each feature's scale (its standard deviation, > 0)
     * @param c     the inverse regularisation strength
     * @return the weights per feature (on the unscaled features), then the intercept as the last element
     */
    static double[] fit(double[][] rows, boolean[] won, double[] scale, double c) {
        int n = rows.length;
        int f = scale.length;
        Problem p = new Problem();
        p.l = n;
        p.n = f + 1;
        p.bias = 1;
        p.y = new double[n];
        p.x = new de.bwaldvogel.liblinear.Feature[n][];
        for (int i = 0; i < n; i++) {
            p.y[i] = won[i] ? 1 : -1;
            List<de.bwaldvogel.liblinear.Feature> nodes = new ArrayList<>();
            for (int j = 0; j < f; j++) {
                double v = rows[i][j] / scale[j];
                if (v != 0) {
                    nodes.add(new FeatureNode(j + 1, v));
                }
            }
            nodes.add(new FeatureNode(f + 1, 1));
            p.x[i] = nodes.toArray(new de.bwaldvogel.liblinear.Feature[0]);
        }
        // LIBLINEAR's own default stopping tolerance for L2R_LR: the gradient's norm below 1% of its start (and 1e-3
        // relative would cost several times more Newton-CG steps on 100,000 leads for changes in the 4th decimal).
        Parameter param = new Parameter(SolverType.L2R_LR, c, 0.01);
        param.setRegularizeBias(false);
        Model model = Linear.train(p, param);
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's decision value is positive for its first label; make it the log-odds of winning.
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] out = new double[f + 1];
        for (int j = 0; j < f; j++) {
            out[j] = sign * w[j] / scale[j];
        }
        out[f] = sign * w[f] * p.bias;
        return out;
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

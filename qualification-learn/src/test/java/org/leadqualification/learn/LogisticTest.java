package org.leadqualification.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The LIBLINEAR fit: a planted relation is recovered, and a warm-started fit reaches the cold fit's optimum. */
class LogisticTest {
    private static final int N = 40_000;
    private static final double[] TRUE = {1.5, -0.8, 0.0};
    private static final double TRUE_INTERCEPT = -0.5;

    private static double[][] rows;
    private static boolean[] won;
    private static double[] scale = {1, 2, 0.5};

    static {
        Random r = new Random(17);
        rows = new double[N][3];
        won = new boolean[N];
        for (int i = 0; i < N; i++) {
            double z = TRUE_INTERCEPT;
            for (int j = 0; j < 3; j++) {
                rows[i][j] = r.nextGaussian() * scale[j];
                z += TRUE[j] * rows[i][j] / scale[j];
            }
            won[i] = r.nextDouble() < 1 / (1 + Math.exp(-z));
        }
    }

    @Test
    void weakRegularisation_recoversThePlantedWeights_onTheFeaturesOwnScale() {
        double[] w = Logistic.fit(rows, won, scale, 100);

        for (int j = 0; j < 3; j++) {
            assertThat(w[j] * scale[j]).as("feature " + j).isCloseTo(TRUE[j], within(0.15));
        }
        assertThat(w[3]).isCloseTo(TRUE_INTERCEPT, within(0.15));
    }

    @Test
    void eachFitOfAPath_isTheColdFitsOptimum() {
        // One problem fitted at increasing C, as a cross-validation fold does. Each fit must reach the optimum of its
        // own C: a fit started from the previous C's solution passes LIBLINEAR's stopping rule (1% of the gradient
        // at zero, which grows with C and the leads) at once on this many leads, and would return that solution.
        Logistic path = new Logistic(rows, won, scale);
        double previous = 0;
        for (double c : new double[] {0.00001, 0.001, 0.1, 10}) {
            double[] fitted = path.fit(c);
            double[] cold = Logistic.fit(rows, won, scale, c);
            for (int j = 0; j < 4; j++) {
                assertThat(fitted[j]).as("C " + c + ", weight " + j).isCloseTo(cold[j], within(1e-9));
            }
            // Weaker regularisation, larger weights: the path really refits at each C.
            assertThat(Math.abs(fitted[0])).as("C " + c).isGreaterThan(previous);
            previous = Math.abs(fitted[0]);
        }
    }

    @Test
    void theSamePath_givesTheSameWeights() {
        Logistic a = new Logistic(rows, won, scale);
        Logistic b = new Logistic(rows, won, scale);
        a.fit(0.01);
        b.fit(0.01);

        assertThat(a.fit(1)).containsExactly(b.fit(1));
    }
}

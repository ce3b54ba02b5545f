package org.leadqualification.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The LIBLINEAR fit: a planted relation is recovered, and a warm-started fit reaches the cold fit's optimum. */
class LogisticTest {
    private static final int N = 4000;
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
    void aWarmStartedPath_endsWhereAColdFitDoes() {
        Logistic path = new Logistic(rows, won, scale);
        double[] weak = path.fit(0.001);
        double[] strong = path.fit(0.1);
        double[] end = path.fit(10);
        double[] cold = Logistic.fit(rows, won, scale, 10);

        for (int j = 0; j < 4; j++) {
            assertThat(end[j]).as("weight " + j).isCloseTo(cold[j], within(0.01));
        }
        // Stronger regularisation shrinks the weights: the path really refits at each C.
        assertThat(Math.abs(weak[0])).isLessThan(Math.abs(strong[0]));
        assertThat(Math.abs(strong[0])).isLessThanOrEqualTo(Math.abs(end[0]) + 1e-9);
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

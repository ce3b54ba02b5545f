package org.leadqualification.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** ROC AUC: pairs of won above lost, ties one half, the same from histograms and from raw scores. */
class RocAucTest {

    @Test
    void perfectRanking_is1_reversed_is0_ties_areOneHalf() {
        assertThat(RocAuc.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2})).hasValue(1.0);
        assertThat(RocAuc.of(new double[] {0.1}, new double[] {0.9})).hasValue(0.0);
        assertThat(RocAuc.of(new double[] {0.5, 0.5}, new double[] {0.5})).hasValue(0.5);
    }

    @Test
    void withoutWonOrLost_thereIsNone() {
        assertThat(RocAuc.of(new double[] {0.3}, new double[0])).isEmpty();
        assertThat(RocAuc.ofHistograms(new long[] {0, 0}, new long[] {1, 2})).isEmpty();
    }

    @Test
    void rawScores_agreeWithTheCountOfPairs() {
        Random random = new Random(42);
        double[] won = new double[300];
        double[] lost = new double[500];
        for (int i = 0; i < won.length; i++) {
            won[i] = Math.round(random.nextGaussian() * 10 + 3) / 10.0;
        }
        for (int i = 0; i < lost.length; i++) {
            lost[i] = Math.round(random.nextGaussian() * 10) / 10.0;
        }
        double pairs = 0;
        for (double w : won) {
            for (double l : lost) {
                pairs += w > l ? 1 : w == l ? 0.5 : 0;
            }
        }

        assertThat(RocAuc.of(won, lost).getAsDouble()).isCloseTo(pairs / (300.0 * 500), within(1e-12));
    }
}

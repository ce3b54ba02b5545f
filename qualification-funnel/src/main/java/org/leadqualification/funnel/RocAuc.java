package org.leadqualification.funnel;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The ROC AUC of a score, won against lost: the probability that a won lead scores above a lost one, ties counting
 * one half. Exact. The funnel report's score calibration uses it on its score histograms; the likelihood trainer on
 * predicted likelihoods (ranked into histograms first).
 */
public final class RocAuc {
    private RocAuc() {
    }

    /**
     * @param won  won leads per score value, from the lowest value to the highest
     * @param lost lost leads per score value, the same length
     * @return the AUC, or empty without both won and lost leads
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static OptionalDouble ofHistograms(long[] won, long[] lost) {
        if (won.length != lost.length) {
            throw new IllegalArgumentException("histograms differ in length: " + won.length + " and " + lost.length);
        }
        long allWon = 0;
        long allLost = 0;
        double pairs = 0;
        for (int i = 0; i < won.length; i++) {
            pairs += won[i] * (allLost + 0.5 * lost[i]);
            allLost += lost[i];
            allWon += won[i];
        }
        if (allWon == 0 || allLost == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(pairs / ((double) allWon * allLost));
    }

    /**
     * @param won  the scores of won leads
     * @param lost the scores of lost leads
     * @return the AUC, or empty without both won and lost leads
     * @throws IllegalArgumentException if a score is NaN
     */
    public static OptionalDouble of(double[] won, double[] lost) {
        Objects.requireNonNull(won, "won");
        Objects.requireNonNull(lost, "lost");
        double[] all = new double[won.length + lost.length];
        System.arraycopy(won, 0, all, 0, won.length);
        System.arraycopy(lost, 0, all, won.length, lost.length);
        for (double d : all) {
            if (Double.isNaN(d)) {
                throw new IllegalArgumentException("a score is NaN");
            }
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        double[] values = Arrays.copyOf(all, distinct);
        long[] w = new long[distinct];
        long[] l = new long[distinct];
        for (double d : won) {
            w[Arrays.binarySearch(values, d)]++;
        }
        for (double d : lost) {
            l[Arrays.binarySearch(values, d)]++;
        }
        return ofHistograms(w, l);
    }
}

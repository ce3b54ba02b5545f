package org.leadqualification.learn;

import org.leadqualification.funnel.RocAuc;
import org.leadqualification.result.Qualification;

/**
 * How well a rule set's score (0..100) ranks won against lost leads it was not tuned on.
 *
 * @param leads         the won and lost leads judged
 * @param won           how many of them were won
 * @param auc           ROC AUC of the score, won against lost (ties count one half); 0.5 without both outcomes
 * @param topDecileLift the conversion of the 10% highest-scored leads over the overall conversion; leads tied at the
 *                      cut count in proportion (the expected lift of a random tie-break), so no input order matters
 * @param mqlOrBetter   the share of leads at MQL, PQL, SQL or service-qualified
 */
public record ScoreQuality(long leads, long won, double auc, double topDecileLift, double mqlOrBetter) {

    /**
     * Counts judged leads one at a time, in constant memory (a histogram of the 101 score values per outcome), so a
     * million leads cost what ten do. The result does not depend on the order leads are added in. Not thread-safe.
     */
    public static final class Tally {
        private final long[] won = new long[101];
        private final long[] lost = new long[101];
        private long qualified;

        /**
         * @param result   a lead's result
         * @param wasWon   whether the lead's deal was won (else lost)
         * @return this tally
         */
        public Tally add(Qualification result, boolean wasWon) {
            int s = Math.max(0, Math.min(100, result.score()));
            (wasWon ? won : lost)[s]++;
            qualified += switch (result.stage()) {
                case MQL, PQL, SQL, SERVICE_QUALIFIED -> 1;
                default -> 0;
            };
            return this;
        }

        /** @return the quality of the leads added so far, rounded to 4 decimals */
        public ScoreQuality result() {
            long wins = 0;
            long n = 0;
            for (int s = 0; s <= 100; s++) {
                wins += won[s];
                n += won[s] + lost[s];
            }
            double auc = RocAuc.ofHistograms(won, lost).orElse(0.5);
            double lift = 0;
            if (n > 0 && wins > 0) {
                // The top tenth (at least one lead), highest scores first; at the cut, the tied leads' wins in
                // proportion to how many of them fit.
                double room = Math.max(1, n / 10);
                double size = room;
                double topWins = 0;
                for (int s = 100; s >= 0 && room > 0; s--) {
                    long here = won[s] + lost[s];
                    if (here == 0) {
                        continue;
                    }
                    double take = Math.min(room, here);
                    topWins += won[s] * take / here;
                    room -= take;
                }
                lift = (topWins / size) / ((double) wins / n);
            }
            return new ScoreQuality(n, wins, LikelihoodTrainer.round(auc), LikelihoodTrainer.round(lift),
                    LikelihoodTrainer.round(n == 0 ? 0 : (double) qualified / n));
        }
    }
}

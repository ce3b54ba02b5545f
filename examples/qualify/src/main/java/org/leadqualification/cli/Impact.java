package org.leadqualification.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.learn.ScoreQuality;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * What changing the rules does to a set of leads, accumulated one lead at a time in constant memory: how many
 * leads move from each baseline stage to each candidate stage, and the sum of the score shifts.
 */
final class Impact {
    private static final Stage[] STAGES = Stage.values();

    private final long[][] transitions = new long[STAGES.length][STAGES.length];
    private final long[] dimensionShift = new long[Dimension.values().length];
    private final ScoreQuality.Tally baselineRanking = new ScoreQuality.Tally();
    private final ScoreQuality.Tally candidateRanking = new ScoreQuality.Tally();
    private long scoreShift;
    private long leads;
    private long changed;
    private long withOutcome;
    private long withoutDecisionInstant;

    /**
     * Counts one lead judged both ways.
     *
     * @param baseline  its result under the baseline rules
     * @param candidate its result under the candidate rules
     * @param won       whether its deal was won or lost, when it was and the lead was judged before the outcome (so
     *                  that how well each side ranks won against lost leads is counted)
     * @return the change, when the lead changes stage
     */
    Optional<Change> add(Qualification baseline, Qualification candidate, Optional<Boolean> won) {
        leads++;
        if (won.isPresent()) {
            withOutcome++;
            baselineRanking.add(baseline, won.get());
            candidateRanking.add(candidate, won.get());
        }
        transitions[baseline.stage().ordinal()][candidate.stage().ordinal()]++;
        scoreShift += candidate.score() - baseline.score();
        for (Dimension d : Dimension.values()) {
            dimensionShift[d.ordinal()] += candidate.dimensions().get(d) - baseline.dimensions().get(d);
        }
        if (baseline.stage() == candidate.stage()) {
            return Optional.empty();
        }
        changed++;
        return Optional.of(new Change(baseline, candidate, missingFrom(baseline, candidate),
                missingFrom(candidate, baseline)));
    }

    /** @return how many leads were judged both ways */
    long leads() {
        return leads;
    }

    /** Counts a lead that was not judged: it has no decision instant. */
    void withoutDecisionInstant() {
        withoutDecisionInstant++;
    }

    /** @return how many leads were not judged for want of a decision instant */
    long leadsWithoutDecisionInstant() {
        return withoutDecisionInstant;
    }

    /**
     * @return how well the baseline's and the candidate's scores rank the won against the lost leads, or empty when
     *         no judged lead had a known outcome
     */
    Optional<Ranking> ranking() {
        return withOutcome == 0 ? Optional.empty()
                : Optional.of(new Ranking(baselineRanking.result(), candidateRanking.result()));
    }

    /**
     * How well each side's score ranks the won and lost leads.
     *
     * @param baseline  the baseline's
     * @param candidate the candidate's
     */
    record Ranking(ScoreQuality baseline, ScoreQuality candidate) {
    }

    /** @return how many of them changed stage */
    long changed() {
        return changed;
    }

    /**
     * @param from the baseline stage
     * @param to   the candidate stage
     * @return how many leads went from one to the other
     */
    long transitions(Stage from, Stage to) {
        return transitions[from.ordinal()][to.ordinal()];
    }

    /** @return the mean score shift, candidate minus baseline, or empty when no lead was judged */
    Optional<Double> meanScoreShift() {
        return leads == 0 ? Optional.empty() : Optional.of((double) scoreShift / leads);
    }

    /**
     * @param d a dimension
     * @return its mean shift, candidate minus baseline, or empty when no lead was judged
     */
    Optional<Double> meanShift(Dimension d) {
        return leads == 0 ? Optional.empty() : Optional.of((double) dimensionShift[d.ordinal()] / leads);
    }

    /**
     * The reasons of {@code a} that {@code b} lacks, compared by rule, dimension and points (not detail, which may
     * say the same in other words); a rule that fires twice in {@code a} and once in {@code b} counts once.
     */
    private static List<Reason> missingFrom(Qualification a, Qualification b) {
        Map<Key, Integer> inB = new HashMap<>();
        b.reasons().forEach(r -> inB.merge(Key.of(r), 1, Integer::sum));
        List<Reason> missing = new ArrayList<>();
        for (Reason r : a.reasons()) {
            Integer n = inB.computeIfPresent(Key.of(r), (k, v) -> v - 1);
            if (n == null || n < 0) {
                missing.add(r);
            }
        }
        return missing;
    }

    private record Key(String rule, Optional<Dimension> dimension, int points) {
        static Key of(Reason r) {
            return new Key(r.rule(), r.dimension(), r.points());
        }
    }

    /**
     * A lead whose stage differs between the two rule sets.
     *
     * @param baseline        its baseline result
     * @param candidate       its candidate result
     * @param onlyInBaseline  reasons the baseline gave and the candidate did not
     * @param onlyInCandidate reasons the candidate gave and the baseline did not
     */
    record Change(Qualification baseline, Qualification candidate, List<Reason> onlyInBaseline,
                  List<Reason> onlyInCandidate) {
        Change {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(candidate, "candidate");
            onlyInBaseline = List.copyOf(onlyInBaseline);
            onlyInCandidate = List.copyOf(onlyInCandidate);
        }
    }
}

package org.leadqualification.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.facts.Scores;
import org.leadqualification.rules.profile.ScoringProfile;

/** The arithmetic between the two rule phases and the result assembly: plain Java, no Drools. */
final class Results {
    /**
     * Scoring reasons before classification reasons; then the largest contributions (by absolute points) first;
     * then by rule, dimension and detail, so that the order never depends on the order rules fired in.
     */
    static final Comparator<Reason> REASON_ORDER = Results::compareReasons;

    private Results() {
    }

    /** The dimension scores, score, grade and positive BANT parts of what the scoring rules recorded. */
    static Scores scores(Lead lead, Tally tally) {
        ScoringProfile profile = tally.profile();
        int fit = normalise(tally.raw(Dimension.FIT), profile.normalisation().fit());
        int engagement = normalise(tally.raw(Dimension.ENGAGEMENT), profile.normalisation().engagement());
        int intent = normalise(tally.raw(Dimension.INTENT), profile.normalisation().intent());
        int bant = normalise(tally.raw(Dimension.BANT), profile.normalisation().bant());
        var w = profile.weights();
        int score = (fit * w.fit() + engagement * w.engagement() + intent * w.intent() + bant * w.bant() + 50) / 100;
        Grade grade = profile.grades().gradeOf(fit);
        int bantParts = profile.classification().sql().positiveBant().count(lead.bant());
        return new Scores(fit, engagement, intent, bant, score, grade, bantParts);
    }

    /** {@code round(raw * 100 / max)} clamped to 0..100, in integers. */
    static int normalise(long raw, int max) {
        if (raw <= 0) {
            return 0;
        }
        long scaled = (raw * 200 + max) / (2L * max);
        return (int) Math.min(100, scaled);
    }

    /** The result: the highest-precedence stage qualified for, the reasons in {@link #REASON_ORDER}. */
    static Qualification result(Lead lead, Instant asOf, Tally tally, Scores s) {
        Set<Stage> met = tally.qualifications().isEmpty() ? Set.of() : EnumSet.copyOf(tally.qualifications());
        Stage stage = Stage.UNQUALIFIED;
        for (Stage candidate : met) {
            if (candidate.precedence() < stage.precedence()) {
                stage = candidate;
            }
        }
        List<Reason> reasons = tally.reasons();
        reasons.sort(REASON_ORDER);
        return new Qualification(lead.id(), asOf, stage, s.score(), s.grade(),
                new DimensionScores(s.fit(), s.engagement(), s.intent(), s.bant()), reasons, met,
                tally.profile().actionFor(stage));
    }

    private static int compareReasons(Reason a, Reason b) {
        boolean aClassifies = a.dimension().isEmpty();
        if (aClassifies != b.dimension().isEmpty()) {
            return aClassifies ? 1 : -1;
        }
        int c = Integer.compare(Math.abs(b.points()), Math.abs(a.points()));
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = Integer.compare(aClassifies ? -1 : a.dimension().get().ordinal(),
                    b.dimension().isEmpty() ? -1 : b.dimension().get().ordinal());
        }
        if (c == 0) {
            c = a.detail().orElse("").compareTo(b.detail().orElse(""));
        }
        return c;
    }
}

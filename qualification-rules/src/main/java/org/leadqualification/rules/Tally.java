package org.leadqualification.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.facts.Activity;
import org.leadqualification.rules.facts.Scorecard;
import org.leadqualification.rules.profile.InteractionPoints;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The engine's {@link Scorecard}: the points and reasons the rules record for one lead, the stages it qualifies for,
 * and which rule is firing. Package-private: rules see only the {@link Scorecard} calls. Confined to the thread
 * judging its lead.
 */
final class Tally implements Scorecard {
    private final ScoringProfile profile;
    private final List<Reason> reasons = new ArrayList<>();
    private final Set<Stage> qualifications = EnumSet.noneOf(Stage.class);
    private final long[] raw = new long[Dimension.values().length];
    private String currentRule = "(no rule)";
    private boolean classifying;

    Tally(ScoringProfile profile) {
        this.profile = profile;
    }

    @Override
    public void add(Dimension dimension, int points, String detail) {
        Objects.requireNonNull(dimension, "dimension");
        if (classifying) {
            throw new IllegalStateException("points can no longer be added once classification has started: "
                    + "a rule that matches Scores may only call qualify or disqualify");
        }
        if (points != 0) {
            raw[dimension.ordinal()] += points;
            reasons.add(Reason.scored(currentRule, dimension, points, detail));
        }
    }

    @Override
    public void activity(Dimension dimension, Activity activity) {
        InteractionPoints p = profile.pointsOf(activity.type());
        add(dimension, activityPoints(p, activity.decayedMillis()), describe(activity));
    }

    static int activityPoints(InteractionPoints p, long decayedMillis) {
        long millis = p.points() * decayedMillis;
        long cap = p.cap() * 1000L;
        millis = Math.max(-cap, Math.min(cap, millis));
        return (int) (millis >= 0 ? (millis + 500) / 1000 : -((-millis + 500) / 1000));
    }

    static String describe(Activity a) {
        String last = org.leadqualification.json.internal.Instants.format(a.last());
        return a.recentCount() == 1 ? a.type() + " " + last : a.recentCount() + "x " + a.type() + ", latest " + last;
    }

    @Override
    public void qualify(Stage stage, String detail) {
        Objects.requireNonNull(stage, "stage");
        if (stage == Stage.UNQUALIFIED) {
            throw new IllegalArgumentException("UNQUALIFIED cannot be qualified for: it holds when no other stage does");
        }
        qualifications.add(stage);
        reasons.add(Reason.classified(currentRule, detail));
    }

    @Override
    public void note(String detail) {
        reasons.add(Reason.classified(currentRule, detail));
    }

    ScoringProfile profile() {
        return profile;
    }

    void enter(String rule) {
        this.currentRule = rule;
    }

    String currentRule() {
        return currentRule;
    }

    void startClassification() {
        this.classifying = true;
    }

    long raw(Dimension d) {
        return raw[d.ordinal()];
    }

    /** @return the reasons recorded so far: the live list, which the engine sorts once the lead is judged */
    List<Reason> reasons() {
        return reasons;
    }

    Set<Stage> qualifications() {
        return qualifications;
    }
}

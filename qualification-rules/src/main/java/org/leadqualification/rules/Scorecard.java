package org.leadqualification.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * What rules write to: the DRL global {@code score}, one per lead judged. Every method records a reason named
 * after the rule that is firing, so a result always says which rule gave which points.
 *
 * <p>Declare it in a rule file as {@code global org.leadqualification.rules.Scorecard score;}. Scoring rules call
 * {@link #add}, {@link #fit}, {@link #engagement}, {@link #intent}, {@link #bant} or {@link #activity};
 * classification rules (those that match {@link Scores}) call {@link #qualify} or {@link #disqualify}. A
 * scorecard is confined to the thread judging its lead.
 */
public final class Scorecard {
    private final ScoringProfile profile;
    private final List<Reason> reasons = new ArrayList<>();
    private final Map<Stage, Boolean> qualifications = new EnumMap<>(Stage.class);
    private final long[] raw = new long[Dimension.values().length];
    private String currentRule = "(no rule)";
    private boolean classifying;

    Scorecard(ScoringProfile profile) {
        this.profile = profile;
    }

    /**
     * Adds points to a dimension. Zero points record nothing.
     *
     * @param dimension the dimension
     * @param points    whole points, negative to subtract
     * @param detail    what the rule saw, for a person; may be null
     * @throws IllegalStateException if called from a classification rule
     */
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

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    public void fit(int points, String detail) {
        add(Dimension.FIT, points, detail);
    }

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    public void engagement(int points, String detail) {
        add(Dimension.ENGAGEMENT, points, detail);
    }

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    public void intent(int points, String detail) {
        add(Dimension.INTENT, points, detail);
    }

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    public void bant(int points, String detail) {
        add(Dimension.BANT, points, detail);
    }

    /**
     * Scores an activity with the profile's numbers for its type: points per interaction times each interaction's
     * decay factor, summed, capped at the type's cap, rounded to whole points (halves away from zero).
     *
     * @param dimension the dimension
     * @param activity  the activity
     */
    public void activity(Dimension dimension, Activity activity) {
        org.leadqualification.rules.profile.InteractionPoints p = profile.pointsOf(activity.type());
        add(dimension, activityPoints(p, activity.decayedMillis()), describe(activity));
    }

    static int activityPoints(org.leadqualification.rules.profile.InteractionPoints p, long decayedMillis) {
        long millis = p.points() * decayedMillis;
        long cap = p.cap() * 1000L;
        millis = Math.max(-cap, Math.min(cap, millis));
        return (int) (millis >= 0 ? (millis + 500) / 1000 : -((-millis + 500) / 1000));
    }

    static String describe(Activity a) {
        String last = org.leadqualification.json.Instants.format(a.last());
        return a.recentCount() == 1 ? a.type() + " " + last : a.recentCount() + "x " + a.type() + ", latest " + last;
    }

    /**
     * Records that the lead meets a stage's criteria. The result's stage is the highest-precedence stage met.
     *
     * @param stage  the stage, not {@link Stage#UNQUALIFIED} (which holds when nothing else does)
     * @param detail why, for a person; may be null
     * @throws IllegalArgumentException if {@code stage} is {@code UNQUALIFIED}
     */
    public void qualify(Stage stage, String detail) {
        Objects.requireNonNull(stage, "stage");
        if (stage == Stage.UNQUALIFIED) {
            throw new IllegalArgumentException("UNQUALIFIED cannot be qualified for: it holds when no other stage does");
        }
        qualifications.put(stage, Boolean.TRUE);
        reasons.add(Reason.classified(currentRule, detail));
    }

    /**
     * Records that the lead is not to be contacted.
     *
     * @param detail why, for a person; may be null
     */
    public void disqualify(String detail) {
        qualify(Stage.DISQUALIFIED, detail);
    }

    /** @return the profile the engine judges with */
    public ScoringProfile profile() {
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

    java.util.Set<Stage> qualifications() {
        return qualifications.keySet();
    }
}

package org.leadqualification.rules.facts;

import org.leadqualification.result.Dimension;
import org.leadqualification.result.Stage;

/**
 * What rules write to: the DRL global {@code score}, one per lead judged. Every call records a reason named after
 * the rule that is firing, so a result always says which rule gave which points.
 *
 * <p>Declare it in a rule file as {@code global org.leadqualification.rules.facts.Scorecard score;}. Scoring rules
 * call {@link #add}, {@link #fit}, {@link #engagement}, {@link #intent}, {@link #bant} or {@link #activity};
 * classification rules (those that match {@link Scores}) call {@link #qualify} or {@link #disqualify} and may not
 * add points (the engine refuses such a rule when it is built).
 *
 * <p>The engine implements this interface; rule authors only call it. A scorecard is confined to the thread
 * judging its lead.
 */
public interface Scorecard {

    /**
     * Adds points to a dimension. Zero points record nothing.
     *
     * @param dimension the dimension
     * @param points    whole points, negative to subtract
     * @param detail    what the rule saw, for a person; may be null
     * @throws IllegalStateException if called from a classification rule
     */
    void add(Dimension dimension, int points, String detail);

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    default void fit(int points, String detail) {
        add(Dimension.FIT, points, detail);
    }

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    default void engagement(int points, String detail) {
        add(Dimension.ENGAGEMENT, points, detail);
    }

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    default void intent(int points, String detail) {
        add(Dimension.INTENT, points, detail);
    }

    /**
     * @param points points
     * @param detail what the rule saw
     * @see #add(Dimension, int, String)
     */
    default void bant(int points, String detail) {
        add(Dimension.BANT, points, detail);
    }

    /**
     * Scores an activity with the profile's numbers for its type: points per interaction times each interaction's
     * decay factor, summed, capped at the type's cap, rounded to whole points (halves away from zero).
     *
     * @param dimension the dimension
     * @param activity  the activity
     * @throws IllegalStateException if called from a classification rule
     */
    void activity(Dimension dimension, Activity activity);

    /**
     * Records that the lead meets a stage's criteria. The result's stage is the highest-precedence stage met.
     *
     * @param stage  the stage, not {@link Stage#UNQUALIFIED} (which holds when nothing else does)
     * @param detail why, for a person; may be null
     * @throws IllegalArgumentException if {@code stage} is {@code UNQUALIFIED}
     */
    void qualify(Stage stage, String detail);

    /**
     * Records a reason without points or stage: something the person reading the result should act on, such as an
     * overdue sales follow-up. Allowed in both phases.
     *
     * @param detail what to act on, for a person
     */
    void note(String detail);

    /**
     * Records that the lead is not to be contacted.
     *
     * @param detail why, for a person; may be null
     */
    default void disqualify(String detail) {
        qualify(Stage.DISQUALIFIED, detail);
    }
}

package org.leadqualification.result;

/**
 * The qualification stage of a lead. Declared in the order results list them; {@link #precedence()} says which
 * stage wins when a lead meets the criteria of several.
 */
public enum Stage {
    /** Not to be contacted: spam complaint, not interested, unreachable, student, competitor, excluded. */
    DISQUALIFIED(1),
    /** None of the other stages holds. */
    UNQUALIFIED(6),
    /** Marketing-qualified: engaged enough, recently, with acceptable fit. */
    MQL(5),
    /** Sales-qualified: a recent hand-raise with fit and BANT. */
    SQL(3),
    /** Product-qualified: a free or trial account past the activation thresholds. */
    PQL(4),
    /** An existing customer with a recent upgrade or add-on signal. */
    SERVICE_QUALIFIED(2);

    private final int precedence;

    Stage(int precedence) {
        this.precedence = precedence;
    }

    /** @return 1 for the stage that wins over all others, 6 for {@link #UNQUALIFIED} */
    public int precedence() {
        return precedence;
    }
}

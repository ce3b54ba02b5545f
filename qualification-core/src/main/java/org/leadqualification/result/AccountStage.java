package org.leadqualification.result;

/**
 * The stage of an account (all the leads of one company judged together). Declared in the order results list
 * them; {@link #precedence()} says which stage wins when an account meets the criteria of several.
 */
public enum AccountStage {
    /** Not to be worked: every contact of the account is disqualified. */
    DISQUALIFIED(1),
    /** An existing customer whose contacts show upgrade or add-on interest. */
    CUSTOMER_EXPANSION(2),
    /** Account-qualified (MQA): enough people of the buying committee engaged, with fit, for sales to work it. */
    ACCOUNT_QUALIFIED(3),
    /** Someone at the account is engaging, but not yet enough of the buying committee. */
    ENGAGED(4),
    /** None of the other stages holds. */
    COLD(5);

    private final int precedence;

    AccountStage(int precedence) {
        this.precedence = precedence;
    }

    /** @return 1 for the stage that wins over all others, 5 for {@link #COLD} */
    public int precedence() {
        return precedence;
    }
}

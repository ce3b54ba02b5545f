package org.leadqualification.model;

/**
 * A stage a CRM recorded a lead in: the six qualification stages of the rules, plus {@link #OPPORTUNITY} (sales
 * opened a deal). Won and lost are not stages here: they live only in the lead's {@link DealOutcome}, so a history
 * can never contradict the outcome.
 *
 * <p>The names of the first six are those of {@code org.leadqualification.result.Stage}, so
 * {@code RecordedStage.valueOf(stage.name())} maps a judged stage to a recorded one.
 */
public enum RecordedStage {
    /** Not to be contacted. */
    DISQUALIFIED,
    /** None of the other stages. */
    UNQUALIFIED,
    /** Marketing-qualified. */
    MQL,
    /** Sales-qualified. */
    SQL,
    /** Product-qualified. */
    PQL,
    /** An existing customer with an upgrade or add-on signal. */
    SERVICE_QUALIFIED,
    /** Sales opened a deal (an opportunity) for the lead. */
    OPPORTUNITY
}

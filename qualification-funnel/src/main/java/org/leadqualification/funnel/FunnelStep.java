package org.leadqualification.funnel;

import java.util.Optional;
import org.leadqualification.model.RecordedStage;

/**
 * The steps of the demand waterfall the funnel counts: lead, MQL, SQL, opportunity, won.
 *
 * <p>Recorded stages map to steps: {@code MQL} and {@code PQL} are the {@link #MQL} step (qualified on the marketing
 * or product side), {@code SQL} and {@code SERVICE_QUALIFIED} the {@link #SQL} step (ready for sales),
 * {@code OPPORTUNITY} the {@link #OPPORTUNITY} step; {@code UNQUALIFIED} and {@code DISQUALIFIED} are no step. A
 * lead that skips a step passes it when it reaches a later one (a direct inquiry recorded as an SQL at once has also
 * reached MQL, at the same instant), as in a waterfall.
 */
public enum FunnelStep {
    /** The lead exists: its {@code createdAt}, else its first stage change. */
    LEAD("Lead"),
    /** Marketing- or product-qualified. */
    MQL("MQL"),
    /** Sales- or service-qualified. */
    SQL("SQL"),
    /** Sales opened a deal. */
    OPPORTUNITY("Opportunity"),
    /** The deal was won. */
    WON("Won");

    private final String label;

    FunnelStep(String label) {
        this.label = label;
    }

    /** @return the name a person reads, e.g. {@code Opportunity} */
    public String label() {
        return label;
    }

    /**
     * @param stage a recorded stage
     * @return the step it counts as, or empty for {@code UNQUALIFIED} and {@code DISQUALIFIED}
     */
    public static Optional<FunnelStep> of(RecordedStage stage) {
        return switch (stage) {
            case MQL, PQL -> Optional.of(MQL);
            case SQL, SERVICE_QUALIFIED -> Optional.of(SQL);
            case OPPORTUNITY -> Optional.of(OPPORTUNITY);
            case UNQUALIFIED, DISQUALIFIED -> Optional.empty();
        };
    }
}

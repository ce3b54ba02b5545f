package org.leadqualification.model;

/** Where a lead's deal stands: still open, won or lost. */
public enum OutcomeStatus {
    /** No decision yet. */
    OPEN,
    /** The lead bought. */
    WON,
    /** The lead will not buy (now). */
    LOST;

    /** @return true for {@link #WON} and {@link #LOST} */
    public boolean isClosed() {
        return this != OPEN;
    }
}

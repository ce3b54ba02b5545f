package org.leadqualification.sla;

/** Where one deadline of one lead stands as of an instant. */
public enum SlaStatus {
    /** Met on time. */
    MET,
    /** Met, after the deadline. */
    MET_LATE,
    /** Not met yet, and not due yet. */
    PENDING,
    /** Not met, overdue, and the lead is still live: an open breach, to act on now. */
    BREACHED,
    /** Not met, and the lead was closed (won, lost or disqualified) after the deadline had passed. */
    MISSED,
    /** Not met, but the lead was closed before the deadline: the deadline no longer applies. */
    VOID;

    /** @return true if this status counts in a compliance rate: met (on time or late), breached or missed */
    public boolean counts() {
        return this != PENDING && this != VOID;
    }

    /** @return true only for {@link #MET} */
    public boolean compliant() {
        return this == MET;
    }
}

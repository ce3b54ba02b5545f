package org.leadqualification.api;

/** A lead in the input could not be read: the {@link LeadError} names the lead, the JSON path and the problem. */
public class InvalidLeadException extends LeadQualificationException {
    private static final long serialVersionUID = 1L;

    private final LeadError error;

    /**
     * @param error the error
     * @param cause the underlying failure, may be null
     */
    public InvalidLeadException(LeadError error, Throwable cause) {
        super(error.describe(), cause);
        this.error = error;
    }

    /** @return the lead, path and problem */
    public LeadError error() {
        return error;
    }
}

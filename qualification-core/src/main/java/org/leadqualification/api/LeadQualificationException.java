package org.leadqualification.api;

/**
 * The root of the library's own exceptions. A caller's mistake (a null argument, an invalid value in a model
 * record) is an {@link IllegalArgumentException} or {@link NullPointerException} instead.
 */
public abstract class LeadQualificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause   the underlying failure, may be null
     */
    protected LeadQualificationException(String message, Throwable cause) {
        super(message, cause);
    }
}

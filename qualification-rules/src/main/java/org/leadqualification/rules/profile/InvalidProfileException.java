package org.leadqualification.rules.profile;

import org.leadqualification.api.LeadQualificationException;

/** A scoring profile could not be read or holds an invalid value. The message names the source and the field. */
public class InvalidProfileException extends LeadQualificationException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;

    /**
     * @param source  the profile's file or name
     * @param path    the offending field, e.g. {@code fit.companySize[1].min}, or empty
     * @param message what is wrong and what was expected
     * @param cause   the underlying failure, may be null
     */
    public InvalidProfileException(String source, String path, String message, Throwable cause) {
        super("invalid scoring profile " + source + (path.isEmpty() ? "" : " at " + path) + ": " + message, cause);
        this.source = source;
        this.path = path;
    }

    /** @return the profile's file or name */
    public String source() {
        return source;
    }

    /** @return the offending field, or an empty string when the whole profile is to blame */
    public String path() {
        return path;
    }
}

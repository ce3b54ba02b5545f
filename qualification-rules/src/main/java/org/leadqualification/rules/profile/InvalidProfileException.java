package org.leadqualification.rules.profile;

import java.util.Objects;
import org.leadqualification.api.Location;
import org.leadqualification.api.LeadQualificationException;

/**
 * A scoring profile could not be read or holds an invalid value. The message names the file (with line and column
 * when known) and the field: {@code invalid scoring profile our-profile.yaml:7:5 at fit.companySize[1].min: ...}.
 * Both stay available after serialization.
 */
public class InvalidProfileException extends LeadQualificationException {
    private static final long serialVersionUID = 2L;

    private final Location.InFile location;
    private final String path;

    /**
     * @param location the profile's file or name, with the line and column of the offending node when known (0
     *                 otherwise)
     * @param path     the offending field, e.g. {@code fit.companySize[1].min}, or empty when the whole profile is
     *                 to blame
     * @param message  what is wrong and what was expected
     * @param cause    the underlying failure, may be null
     * @throws NullPointerException if {@code location}, {@code path} or {@code message} is null
     */
    public InvalidProfileException(Location.InFile location, String path, String message, Throwable cause) {
        super("invalid scoring profile " + location.describe() + (path.isEmpty() ? "" : " at " + path) + ": "
                + Objects.requireNonNull(message, "message"), cause);
        this.location = location;
        this.path = path;
    }

    /** @return the profile's file or name, and the line and column of the offending node (0 when unknown) */
    public Location.InFile location() {
        return location;
    }

    /** @return the profile's file or name, as {@link #location()} names it */
    public String source() {
        return location.file();
    }

    /** @return the offending field, e.g. {@code fit.companySize[1].min}, or an empty string when the whole profile
     *          is to blame */
    public String path() {
        return path;
    }
}

package org.leadqualification.rules.likelihood;

import java.util.Objects;
import org.leadqualification.api.LeadQualificationException;
import org.leadqualification.api.Location;

/**
 * A likelihood model file could not be read or holds an invalid value. The message names the file and the JSON
 * path: {@code invalid likelihood model model.json at features[3].weight: expected a finite number, got "x"}.
 */
public class InvalidLikelihoodModelException extends LeadQualificationException {
    private static final long serialVersionUID = 1L;

    private final Location.InFile location;
    private final String path;

    /**
     * @param location the file or resource (line and column when known, 0 otherwise)
     * @param path     the offending JSON path, e.g. {@code features[3].weight}, or empty for the whole file
     * @param message  what is wrong and what was expected
     * @param cause    the underlying failure, may be null
     * @throws NullPointerException if an argument but {@code cause} is null
     */
    public InvalidLikelihoodModelException(Location.InFile location, String path, String message, Throwable cause) {
        super("invalid likelihood model " + location.describe() + (path.isEmpty() ? "" : " at " + path) + ": "
                + Objects.requireNonNull(message, "message"), cause);
        this.location = location;
        this.path = path;
    }

    /** @return the file or resource, with the line and column when known */
    public Location.InFile location() {
        return location;
    }

    /** @return the offending JSON path, or an empty string when the whole file is to blame */
    public String path() {
        return path;
    }
}

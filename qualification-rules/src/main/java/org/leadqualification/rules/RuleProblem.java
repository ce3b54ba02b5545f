package org.leadqualification.rules;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import org.leadqualification.api.Location;

/**
 * One problem found while building rules.
 *
 * @param location the rule file (a path, a classpath resource or a name given to inline rules) and the line, 1-based,
 *                 0 when Drools gives none
 * @param message  what is wrong
 */
public record RuleProblem(Location.InFile location, String message) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @throws NullPointerException if {@code location} or {@code message} is null */
    public RuleProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param file    the rule file
     * @param line    1-based line, 0 when unknown
     * @param message what is wrong
     * @return the problem
     */
    public static RuleProblem of(String file, int line, String message) {
        return new RuleProblem(Location.InFile.of(file, line), message);
    }

    /** @return the rule file: a path, a classpath resource or the name given to inline rules */
    public String file() {
        return location.file();
    }

    /** @return the 1-based line; 0 when Drools gives none */
    public int line() {
        return location.line();
    }

    @Override
    public String toString() {
        return location.describe() + ": " + message;
    }
}

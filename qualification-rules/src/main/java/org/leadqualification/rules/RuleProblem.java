package org.leadqualification.rules;

import java.util.Objects;

/**
 * One problem found while building rules.
 *
 * @param file    the rule file (a path, a classpath resource or a name given to inline rules)
 * @param line    the line, 1-based; 0 when Drools gives none
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {

    /** @throws NullPointerException if {@code file} or {@code message} is null */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(0, line);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

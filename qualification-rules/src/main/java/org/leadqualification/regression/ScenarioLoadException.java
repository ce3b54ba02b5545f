package org.leadqualification.regression;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leadqualification.api.LeadQualificationException;
import org.leadqualification.api.Location;

/**
 * One or more scenario files are broken: a syntax error, an unknown field, a scenario without a name or without
 * expectations, a duplicate name, a missing or invalid lead, an unknown base, an empty or inverted range, an
 * unknown stage or grade. Loading never skips a broken scenario; it collects every {@link Problem} it finds in
 * the files it was given and throws them together. The message lists them one per line as
 * {@code file:line:column: what is wrong}.
 */
public final class ScenarioLoadException extends LeadQualificationException {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    /**
     * @param problems what is wrong, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ScenarioLoadException(List<Problem> problems) {
        super(describe(problems), null);
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return (problems.size() == 1 ? "broken scenario file: " : problems.size() + " problems in scenario files:\n")
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** @return every problem found, file by file in the order they were found */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One thing wrong in a scenario file.
     *
     * @param location the file as it was named when loaded (a path, or {@code classpath:} and the resource name), the
     *                 1-based line and column of the offending node (0 when the problem concerns the whole file or
     *                 the column is unknown)
     * @param message  what is wrong and what was expected
     */
    public record Problem(Location.InFile location, String message) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        /** @throws NullPointerException if {@code location} or {@code message} is null */
        public Problem {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(message, "message");
        }

        /**
         * @param file    the file
         * @param line    1-based line, 0 for the whole file
         * @param column  1-based column, 0 when unknown
         * @param message what is wrong
         * @return the problem
         */
        public static Problem at(String file, int line, int column, String message) {
            return new Problem(new Location.InFile(file, line, column), message);
        }

        /**
         * @param file    the file
         * @param message what is wrong with the whole file
         * @return the problem
         */
        public static Problem of(String file, String message) {
            return at(file, 0, 0, message);
        }

        /** @return the file as it was named when loaded */
        public String file() {
            return location.file();
        }

        /** @return the 1-based line; 0 when the problem concerns the whole file */
        public int line() {
            return location.line();
        }

        /** @return the 1-based column; 0 when unknown */
        public int column() {
            return location.column();
        }

        /** @return {@code file:line:column: message}, leaving out an unknown line or column */
        @Override
        public String toString() {
            return location.describe() + ": " + message;
        }
    }
}

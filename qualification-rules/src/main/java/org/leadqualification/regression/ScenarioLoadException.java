package org.leadqualification.regression;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leadqualification.api.LeadQualificationException;

/**
 * One or more scenario files are broken: a syntax error, an unknown field, a scenario without a name or without
 * expectations, a duplicate name, a missing or invalid lead, an unknown base, an empty or inverted range, an
 * unknown stage or grade. Loading never skips a broken scenario; it collects every {@link Problem} it finds in
 * the files it was given and throws them together. The message lists them one per line as
 * {@code file:line:column: what is wrong}.
 */
public final class ScenarioLoadException extends LeadQualificationException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

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
     * @param file    the file as it was named when loaded (a path, or {@code classpath:} and the resource name)
     * @param line    1-based line of the offending node; 0 when the problem concerns the whole file
     * @param column  1-based column; 0 when unknown
     * @param message what is wrong and what was expected
     */
    public record Problem(String file, int line, int column, String message) {

        /** @throws NullPointerException if {@code file} or {@code message} is null */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
            line = Math.max(line, 0);
            column = Math.max(column, 0);
        }

        /** @return {@code file:line:column: message}, leaving out an unknown line or column */
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
        }
    }
}

package org.leadqualification.regression;

import java.util.Objects;

/**
 * One expectation of a scenario that the result did not meet.
 *
 * @param expectation which expectation, as written in the scenario file, e.g. {@code stage},
 *                    {@code qualifications.includes}, {@code fit}, {@code rulesFired}
 * @param expected    what the scenario expected, e.g. {@code SQL} or {@code 70..100}
 * @param actual      what the result had, e.g. {@code MQL}
 */
public record UnmetExpectation(String expectation, String expected, String actual) {

    /** @throws NullPointerException if a component is null */
    public UnmetExpectation {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /** @return {@code expectation: expected X, actual Y} */
    @Override
    public String toString() {
        return expectation + ": expected " + expected + ", actual " + actual;
    }
}

package org.leadqualification.regression;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The failure message of a lead or an account scenario: one shape for both, so a reader meets one format. */
final class ScenarioFailure {
    private ScenarioFailure() {
    }

    /**
     * @param name     the scenario's name
     * @param location where it is written ({@code file:line})
     * @param error    what the engine threw, if it did
     * @param threw    who threw for what, e.g. {@code the qualifier threw for lead "L-1"}
     * @param asOf     the instant it was judged at
     * @param unmet    the unmet expectations, one line each
     * @param result   the whole result, for people, when the engine returned one
     * @return {@code Scenario "NAME" (LOCATION) failed: ...}: every unmet expectation then the result, or the error
     *         with its stack trace
     */
    static String message(String name, String location, Optional<Throwable> error, String threw, Instant asOf,
                          List<?> unmet, Supplier<String> result) {
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario \"").append(name).append("\" (").append(location).append(") ");
        if (error.isPresent()) {
            StringWriter trace = new StringWriter();
            error.get().printStackTrace(new PrintWriter(trace));
            return sb.append("failed: ").append(threw).append(" as of ").append(asOf).append(":\n")
                    .append(trace.toString().stripTrailing()).toString();
        }
        sb.append("failed: ").append(unmet.size()).append(unmet.size() == 1 ? " unmet expectation" :
                " unmet expectations").append('\n');
        unmet.forEach(u -> sb.append("  ").append(u).append('\n'));
        return sb.append(result.get()).toString();
    }
}

package org.leadqualification.regression;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;

/**
 * What running one scenario gave: the result, and the expectations it did not meet; or the error the qualifier
 * threw.
 *
 * @param scenario      the scenario
 * @param qualification the lead's result, unless the qualifier threw
 * @param unmet         the expectations the result did not meet
 * @param error         what the qualifier threw, if it did
 * @param elapsed       how long judging the lead took
 */
public record ScenarioResult(Scenario scenario, Optional<Qualification> qualification, List<UnmetExpectation> unmet,
                             Optional<Throwable> error, Duration elapsed) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if there is neither a result nor an error, or both
     */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(qualification, "qualification");
        unmet = List.copyOf(unmet);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(elapsed, "elapsed");
        if (qualification.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a scenario result has either a qualification or an error");
        }
    }

    /** @return true when the qualifier returned a result that met every expectation */
    public boolean passed() {
        return error.isEmpty() && unmet.isEmpty();
    }

    /**
     * Explains a failure so that a reader sees why without a debugger: every unmet expectation, expected against
     * actual, then the whole result (stage, score, grade, dimensions, qualifications, action and every reason with
     * its rule, dimension, points and detail); or the qualifier's error with its stack trace.
     *
     * @return the explanation, or empty when the scenario passed
     */
    public Optional<String> failureMessage() {
        if (passed()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario \"").append(scenario.name()).append("\" (").append(scenario.location()).append(") ");
        if (error.isPresent()) {
            StringWriter trace = new StringWriter();
            error.get().printStackTrace(new PrintWriter(trace));
            sb.append("failed: the qualifier threw for lead \"").append(scenario.lead().id()).append("\" as of ")
                    .append(scenario.asOf()).append(":\n").append(trace.toString().stripTrailing());
            return Optional.of(sb.toString());
        }
        sb.append("failed: ").append(unmet.size()).append(unmet.size() == 1 ? " unmet expectation" :
                " unmet expectations").append('\n');
        unmet.forEach(u -> sb.append("  ").append(u).append('\n'));
        Qualification q = qualification.orElseThrow();
        sb.append("Result for lead \"").append(q.leadId()).append("\" as of ").append(q.asOf()).append(":\n");
        sb.append("  stage ").append(q.stage()).append(", score ").append(q.score()).append(", grade ")
                .append(q.grade()).append('\n');
        sb.append("  dimensions: fit ").append(q.dimensions().fit()).append(", engagement ")
                .append(q.dimensions().engagement()).append(", intent ").append(q.dimensions().intent())
                .append(", bant ").append(q.dimensions().bant()).append('\n');
        sb.append("  qualifications: ").append(q.qualifications()).append('\n');
        sb.append("  recommended action: ").append(q.recommendedAction()).append('\n');
        sb.append("  reasons:");
        if (q.reasons().isEmpty()) {
            sb.append(" none");
        }
        for (Reason r : q.reasons()) {
            sb.append("\n    ").append(String.format("%+4d", r.points())).append(' ')
                    .append(String.format("%-10s", r.dimension().map(d -> d.jsonName()).orElse("-")))
                    .append(' ').append(r.rule());
            r.detail().ifPresent(d -> sb.append(" (").append(d).append(')'));
        }
        return Optional.of(sb.toString());
    }
}

package org.leadqualification.regression;

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
        return Optional.of(ScenarioFailure.message(scenario.name(), scenario.location(), error,
                "the qualifier threw for lead \"" + scenario.lead().id() + "\"", scenario.asOf(), unmet,
                () -> describe(qualification.orElseThrow())));
    }

    /** The whole result, for people: stage, score, grade, dimensions, qualifications, action, every reason. */
    private static String describe(Qualification q) {
        StringBuilder sb = new StringBuilder();
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
        return sb.toString();
    }
}

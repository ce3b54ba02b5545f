package org.leadqualification.regression;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.result.AccountQualification;

/**
 * What running one account scenario gave ({@link AccountScenarios#run}): the account result and the expectations it
 * did not meet; or the error the engine threw.
 *
 * @param scenario      the scenario
 * @param qualification the account result, unless the engine threw
 * @param unmet         the expectations the result did not meet, one line each ({@code stage: expected X, actual Y})
 * @param error         what the engine threw, if it did
 * @param elapsed       how long judging the account took
 */
public record AccountScenarioResult(AccountScenario scenario, Optional<AccountQualification> qualification,
                                    List<String> unmet, Optional<Throwable> error, Duration elapsed) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if there is neither a result nor an error, or both
     */
    public AccountScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(qualification, "qualification");
        unmet = List.copyOf(unmet);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(elapsed, "elapsed");
        if (qualification.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("an account scenario result has either a qualification or an error");
        }
    }

    /** @return true when the engine returned a result that met every expectation */
    public boolean passed() {
        return error.isEmpty() && unmet.isEmpty();
    }

    /**
     * Explains a failure as {@link ScenarioResult#failureMessage()} does for a lead: every unmet expectation, then the
     * whole account result ({@link AccountScenarios#describe}); or the engine's error with its stack trace.
     *
     * @return the explanation, or empty when the scenario passed
     */
    public Optional<String> failureMessage() {
        if (passed()) {
            return Optional.empty();
        }
        return Optional.of(ScenarioFailure.message(scenario.name(), scenario.location(), error,
                "the account engine threw for account \"" + scenario.accountId() + "\"", scenario.asOf(), unmet,
                () -> AccountScenarios.describe(qualification.orElseThrow())).stripTrailing());
    }
}

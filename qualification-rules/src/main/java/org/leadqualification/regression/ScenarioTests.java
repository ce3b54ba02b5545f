package org.leadqualification.regression;

import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a scenario suite as JUnit 5 dynamic tests: one container per file, one test per scenario, named after
 * it, so that {@code mvn test} and its Surefire reports show each scenario. A failing scenario throws an
 * {@link AssertionError} carrying {@link ScenarioResult#failureMessage()}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.dynamicTests(ScenarioSuite.fromClasspath("scenarios"), ScenarioRunner.of(qualifier));
 * }
 * }</pre>
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} on the classpath, which this library declares optional.
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /**
     * @param suite  the scenarios
     * @param runner what runs them
     * @return a container per file, named after it, with a test per scenario, named after it; each test's source
     *         is the scenario file and line
     */
    public static Stream<DynamicNode> dynamicTests(ScenarioSuite suite, ScenarioRunner runner) {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(runner, "runner");
        return suite.files().stream().map(file -> DynamicContainer.dynamicContainer(file.name(), file.source(),
                file.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.name(), s.source(), () -> check(runner, s)))));
    }

    private static void check(ScenarioRunner runner, Scenario scenario) {
        ScenarioResult result = runner.run(scenario);
        if (!result.passed()) {
            AssertionError failure = new AssertionError(result.failureMessage().orElseThrow());
            result.error().ifPresent(failure::initCause);
            throw failure;
        }
    }
}

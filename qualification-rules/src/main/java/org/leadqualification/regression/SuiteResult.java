package org.leadqualification.regression;

import java.util.List;

/**
 * What running a suite gave: one {@link ScenarioResult} per scenario, in suite order.
 *
 * @param results the results
 */
public record SuiteResult(List<ScenarioResult> results) {

    /** @throws NullPointerException if {@code results} or one of them is null */
    public SuiteResult {
        results = List.copyOf(results);
    }

    /** @return how many scenarios passed */
    public int passedCount() {
        return (int) results.stream().filter(ScenarioResult::passed).count();
    }

    /** @return how many scenarios failed, including those whose qualifier threw */
    public int failedCount() {
        return results.size() - passedCount();
    }

    /** @return true when every scenario passed */
    public boolean allPassed() {
        return failedCount() == 0;
    }

    /** @return the failed scenarios' results, in suite order */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** @return {@code N passed, N failed} */
    public String summary() {
        return passedCount() + " passed, " + failedCount() + " failed";
    }

    /** @return the summary line followed by every failure's message, separated by blank lines */
    public String report() {
        StringBuilder sb = new StringBuilder(summary());
        for (ScenarioResult r : failures()) {
            sb.append("\n\n").append(r.failureMessage().orElseThrow());
        }
        return sb.toString();
    }
}

package org.leadqualification.regression;

import java.util.List;

/**
 * What running a suite gave: one {@link ScenarioResult} per lead scenario and one {@link AccountScenarioResult} per
 * account scenario, each in suite order.
 *
 * @param results        the lead scenarios' results
 * @param accountResults the account scenarios' results
 */
public record SuiteResult(List<ScenarioResult> results, List<AccountScenarioResult> accountResults) {

    /** @throws NullPointerException if a list or one of its results is null */
    public SuiteResult {
        results = List.copyOf(results);
        accountResults = List.copyOf(accountResults);
    }

    /**
     * Lead scenarios' results only.
     *
     * @param results the results
     * @throws NullPointerException if {@code results} or one of them is null
     */
    public SuiteResult(List<ScenarioResult> results) {
        this(results, List.of());
    }

    /** @return how many scenarios passed, of both kinds */
    public int passedCount() {
        return (int) (results.stream().filter(ScenarioResult::passed).count()
                + accountResults.stream().filter(AccountScenarioResult::passed).count());
    }

    /** @return how many scenarios failed, of both kinds, including those whose engine threw */
    public int failedCount() {
        return results.size() + accountResults.size() - passedCount();
    }

    /** @return true when every scenario passed */
    public boolean allPassed() {
        return failedCount() == 0;
    }

    /** @return the failed lead scenarios' results, in suite order */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** @return the failed account scenarios' results, in suite order */
    public List<AccountScenarioResult> accountFailures() {
        return accountResults.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * @return {@code N passed, N failed}; with account scenarios followed by the counts of each kind,
     *         {@code (lead scenarios: N passed, N failed; account scenarios: N passed, N failed)}
     */
    public String summary() {
        String all = passedCount() + " passed, " + failedCount() + " failed";
        if (accountResults.isEmpty()) {
            return all;
        }
        long leadsFailed = failures().size();
        long accountsFailed = accountFailures().size();
        return all + " (lead scenarios: " + (results.size() - leadsFailed) + " passed, " + leadsFailed
                + " failed; account scenarios: " + (accountResults.size() - accountsFailed) + " passed, "
                + accountsFailed + " failed)";
    }

    /** @return the summary line followed by every failure's message, lead scenarios first, separated by blank lines */
    public String report() {
        StringBuilder sb = new StringBuilder(summary());
        for (ScenarioResult r : failures()) {
            sb.append("\n\n").append(r.failureMessage().orElseThrow());
        }
        for (AccountScenarioResult r : accountFailures()) {
            sb.append("\n\n").append(r.failureMessage().orElseThrow());
        }
        return sb.toString();
    }
}

/**
 * Rule regression suites: scenario files (YAML or JSON) that pair a lead with what its result must be, run
 * against any {@link org.leadqualification.api.LeadQualifier}.
 *
 * <p>Entry points: {@link org.leadqualification.regression.ScenarioSuite} loads files, folders and classpath
 * folders; {@link org.leadqualification.regression.ScenarioRunner} runs them into a
 * {@link org.leadqualification.regression.SuiteResult}; {@link org.leadqualification.regression.ScenarioTests}
 * turns a suite into JUnit 5 dynamic tests; {@link org.leadqualification.regression.JUnitXmlWriter} writes JUnit
 * XML. A broken file is a {@link org.leadqualification.regression.ScenarioLoadException} naming file and line.
 * The file format is documented by the JSON Schema resource
 * {@code org/leadqualification/regression/scenarios.schema.json}.
 *
 * <p>Account scenario files (top-level {@code accountScenarios}, schema
 * {@code org/leadqualification/regression/account-scenarios.schema.json}) pair an account's leads with what the
 * account result must be: {@link org.leadqualification.regression.AccountScenarios} loads and runs them against an
 * {@link org.leadqualification.rules.AccountQualifier}. Both kinds may share a folder; each loader takes its own
 * kind, and {@link org.leadqualification.regression.RegressionSuite} loads both.
 */
package org.leadqualification.regression;

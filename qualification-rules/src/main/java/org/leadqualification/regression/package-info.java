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
 */
package org.leadqualification.regression;

/**
 * The Drools rule engine. Entry point: {@link org.leadqualification.rules.RuleBasedQualifier#builder()}.
 *
 * <p>Also the fact model that rule files are written against: {@link org.leadqualification.rules.Activity},
 * {@link org.leadqualification.rules.Recency} and {@link org.leadqualification.rules.Scores} facts, and the
 * {@code score} global, a {@link org.leadqualification.rules.Scorecard}. No Drools type appears in this package's
 * public API.
 */
package org.leadqualification.rules;

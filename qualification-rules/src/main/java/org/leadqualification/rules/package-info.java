/**
 * The Drools rule engine. Entry point: {@link org.leadqualification.rules.RuleBasedQualifier#builder()}.
 *
 * <p>The fact model that rule files are written against is in {@link org.leadqualification.rules.facts}. No Drools
 * type appears in this package's public API.
 */
package org.leadqualification.rules;

/**
 * The scoring profile: every number of the built-in rules, editable without writing DRL. Entry point:
 * {@link org.leadqualification.rules.profile.ScoringProfile#defaults()}.
 */
package org.leadqualification.rules.profile;

/**
 * The scoring profile: every number of the built-in rules, editable without writing DRL. Entry point:
 * {@link org.leadqualification.rules.profile.ScoringProfile#defaults()}; each section of the profile file is a value
 * type of its own ({@link org.leadqualification.rules.profile.Fit}, {@link
 * org.leadqualification.rules.profile.Classification}, ...). Errors are
 * {@link org.leadqualification.rules.profile.InvalidProfileException}s that name the file, line, column and field.
 */
package org.leadqualification.rules.profile;

/**
 * A conversion likelihood learned from won and lost leads, applied at judge time: {@link
 * org.leadqualification.rules.likelihood.LikelihoodModel} (read from its JSON file with
 * {@link org.leadqualification.rules.likelihood.LikelihoodModel#load(java.nio.file.Path)}, or named to the engine's
 * builder with {@code RuleBasedQualifier.builder().likelihoodModel(...)}), the features it reads
 * ({@link org.leadqualification.rules.likelihood.Feature} over a lead's
 * {@link org.leadqualification.rules.likelihood.LeadSignals}), and the file's errors. Training lives in the
 * {@code qualification-learn} module; this package has no dependency beyond the engine's own.
 */
package org.leadqualification.rules.likelihood;

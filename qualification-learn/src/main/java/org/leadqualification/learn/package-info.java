/**
 * Learning a conversion likelihood from won and lost leads. Entry point: {@link
 * org.leadqualification.learn.LikelihoodTrainer#builder(org.leadqualification.api.LeadQualifier)}; the model it
 * writes is read by {@code RuleBasedQualifier.builder().likelihoodModel(...)}, and
 * {@link org.leadqualification.learn.ProfileProposal} turns its weights into points for the built-in rules.
 */
package org.leadqualification.learn;

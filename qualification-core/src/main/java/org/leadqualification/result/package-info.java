/**
 * What a qualifier returns: {@link org.leadqualification.result.Qualification} with its
 * {@link org.leadqualification.result.Stage}, {@link org.leadqualification.result.Grade},
 * {@link org.leadqualification.result.DimensionScores} and {@link org.leadqualification.result.Reason}s; for an
 * account, {@link org.leadqualification.result.AccountQualification} with its
 * {@link org.leadqualification.result.AccountStage}, {@link org.leadqualification.result.AccountDimensionScores}
 * and {@link org.leadqualification.result.AccountReason}s.
 */
package org.leadqualification.result;

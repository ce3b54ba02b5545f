/**
 * What a qualifier returns: {@link org.leadqualification.result.Qualification} with its
 * {@link org.leadqualification.result.Stage}, {@link org.leadqualification.result.Grade},
 * {@link org.leadqualification.result.DimensionScores} and {@link org.leadqualification.result.Reason}s.
 */
package org.leadqualification.result;

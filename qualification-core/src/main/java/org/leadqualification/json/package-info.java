/**
 * The JSON wire format of leads and results. Entry point: {@link org.leadqualification.json.LeadJson}, which reads
 * one lead or a stream of them ({@link org.leadqualification.json.LeadReader}, yielding one
 * {@link org.leadqualification.json.LeadItem} per lead: the lead or its error) and writes leads, results and errors
 * ({@link org.leadqualification.json.OutcomeWriter} for streams). The JSON Schemas of a lead, a qualification and an
 * error ship in the jar; see {@link org.leadqualification.json.LeadJson#leadSchema()}.
 */
package org.leadqualification.json;

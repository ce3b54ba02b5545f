/**
 * The mapping between the model and JSON trees behind {@link org.leadqualification.json.LeadJson}: one mapper per
 * type ({@link org.leadqualification.json.internal.LeadMapper}, {@link org.leadqualification.json.internal.QualificationMapper},
 * {@link org.leadqualification.json.internal.LeadErrorMapper}, ...), each with the one list of its wire field names
 * that its reader, its unknown-field check and its writer all use.
 *
 * <p><b>No compatibility promise:</b> this package is for the library's own modules (the JSON reader and writer,
 * the scenario loader of {@code qualification-rules}, which reads leads embedded in YAML with their paths, and
 * the rule engine, which formats instants with {@link org.leadqualification.json.internal.Instants}). It may change
 * in any release. Applications use {@link org.leadqualification.json.LeadJson}.
 */
package org.leadqualification.json.internal;

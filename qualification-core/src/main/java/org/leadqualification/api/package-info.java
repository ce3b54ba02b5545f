/**
 * The entry point: {@link org.leadqualification.api.LeadQualifier} judges leads; a batch yields one
 * {@link org.leadqualification.api.Outcome} per lead. Exceptions derive from
 * {@link org.leadqualification.api.LeadQualificationException}.
 */
package org.leadqualification.api;

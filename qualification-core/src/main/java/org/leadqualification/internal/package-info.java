/**
 * Helpers shared by the library's own packages and modules (the model, the JSON mapping, the rule engine). <b>No
 * compatibility promise:</b> anything here may change or go in any release; it is public only because Java has no
 * other way to share code between packages. Applications use {@link org.leadqualification.api.LeadQualifier},
 * the model and {@link org.leadqualification.json.LeadJson} instead.
 */
package org.leadqualification.internal;

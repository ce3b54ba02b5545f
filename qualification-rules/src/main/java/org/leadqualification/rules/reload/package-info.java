/**
 * Hot reload of rules and profile: {@link org.leadqualification.rules.reload.ReloadingQualifier} watches rule files,
 * a profile and optionally a scenario suite, and swaps to a new engine only once it builds and passes the suite.
 */
package org.leadqualification.rules.reload;

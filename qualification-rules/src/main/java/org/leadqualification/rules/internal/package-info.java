/**
 * Helpers shared by the library's own packages ({@code rules}, {@code regression}). Public only because Java has no
 * narrower scope across packages: not part of the API, no compatibility promise; do not use from outside the
 * library.
 */
package org.leadqualification.rules.internal;

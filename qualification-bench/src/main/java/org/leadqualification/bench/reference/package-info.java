/**
 * {@link org.leadqualification.bench.reference.ReferenceQualifier}: the built-in rules as plain Java, the oracle of
 * the differential test and the hand-written baseline of the benchmarks.
 */
package org.leadqualification.bench.reference;

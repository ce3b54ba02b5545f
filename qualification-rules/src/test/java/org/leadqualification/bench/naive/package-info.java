/**
 * The facts and helpers of the NAIVE_INTERACTIONS benchmark variant
 * ({@link org.leadqualification.rules.NaiveInteractionsQualifier}): its rules, in this package's resources, match
 * one {@code Interaction} fact per interaction and {@link org.leadqualification.bench.naive.AsOf}, and call
 * {@link org.leadqualification.bench.naive.InteractionMath}. Benchmark code, not part of the library.
 */
package org.leadqualification.bench.naive;

/**
 * Benchmark and test support: {@link org.leadqualification.bench.LeadGenerator} makes realistic leads from a fixed
 * seed, {@link org.leadqualification.bench.GenerateLeads} writes them as JSON Lines, {@link org.leadqualification.bench.Impl}
 * names the qualifier variants the benchmarks compare. Not part of the library.
 */
package org.leadqualification.bench;

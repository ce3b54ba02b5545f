/**
 * JMH benchmarks, one class per operation; see {@code qualification-bench/README.md} for the commands.
 */
package org.leadqualification.bench.jmh;

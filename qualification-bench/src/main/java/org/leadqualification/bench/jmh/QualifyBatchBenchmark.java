package org.leadqualification.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.model.Lead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * A batch of 1,000 leads through {@code LeadQualifier.qualifyAll}: throughput in leads per second (one operation
 * is one lead, by {@code @OperationsPerInvocation(1000)}): {@code batchOneThread} judges on the calling thread
 * ({@code qualifyAll(batch, asOf, 1)}), {@code batchTwoThreads} is two callers doing that at once with one shared
 * qualifier, and {@code batchParallel} is one caller whose batch is judged on two threads
 * ({@code qualifyAll(batch, asOf, 2)}).
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar QualifyBatchBenchmark -wi 2 -w 5s -i 3 -r 5s -f 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QualifyBatchBenchmark {
    static final int BATCH = 1_000;

    /** The qualifier and the batch, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Input extends QualifierState {
        List<Lead> batch;

        @Override
        int leadCount() {
            return BATCH;
        }

        @Override
        void prepare(List<Lead> generated) {
            batch = generated;
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public List<Outcome> batchOneThread(Input in) {
        return in.qualifier.qualifyAll(in.batch, LeadGenerator.AS_OF, 1);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public List<Outcome> batchTwoThreads(Input in) {
        return in.qualifier.qualifyAll(in.batch, LeadGenerator.AS_OF, 1);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public List<Outcome> batchParallel(Input in) {
        return in.qualifier.qualifyAll(in.batch, LeadGenerator.AS_OF, 2);
    }
}

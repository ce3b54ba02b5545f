package org.leadqualification.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.bench.Impl;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.model.Lead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * A batch of 1,000 leads through {@code LeadQualifier.qualifyAll}: throughput in leads per second (one operation
 * is one lead, by {@code @OperationsPerInvocation(1000)}), on one thread and on two threads sharing one qualifier.
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
    public static class Input {
        /** Which qualifier. */
        @Param({"ENGINE", "REFERENCE", "NAIVE"})
        public Impl impl;
        /** Interactions per lead. */
        @Param({"5", "20", "100"})
        public int interactions;

        LeadQualifier qualifier;
        List<Lead> batch;

        @Setup(Level.Trial)
        public void setUp() {
            batch = new LeadGenerator(42L, interactions).leads(BATCH);
            qualifier = impl.create();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            Impl.close(qualifier);
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public List<Outcome> batchOneThread(Input in) {
        return in.qualifier.qualifyAll(in.batch, LeadGenerator.AS_OF);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public List<Outcome> batchTwoThreads(Input in) {
        return in.qualifier.qualifyAll(in.batch, LeadGenerator.AS_OF);
    }
}

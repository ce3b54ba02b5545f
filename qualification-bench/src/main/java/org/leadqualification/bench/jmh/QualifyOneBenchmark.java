package org.leadqualification.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.bench.Impl;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One lead through the public single-lead API, {@code LeadQualifier.qualify(lead, asOf)}: average time per lead.
 * Cycles through 1,024 generated leads so branch predictors and caches see a realistic mix.
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar QualifyOneBenchmark -wi 2 -w 5s -i 3 -r 5s -f 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QualifyOneBenchmark {

    /** The qualifier and the leads, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Input {
        /** Which qualifier. */
        @Param({"ENGINE", "REFERENCE", "NAIVE"})
        public Impl impl;
        /** Interactions per lead. */
        @Param({"5", "20", "100"})
        public int interactions;

        LeadQualifier qualifier;
        Lead[] leads;

        @Setup(Level.Trial)
        public void setUp() {
            List<Lead> list = new LeadGenerator(42L, interactions).leads(1024);
            leads = list.toArray(new Lead[0]);
            qualifier = impl.create();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            Impl.close(qualifier);
        }
    }

    /** Each thread's position in the lead array. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Qualification qualifyOne(Input in, Cursor cursor) {
        Lead lead = in.leads[cursor.next++ & 1023];
        return in.qualifier.qualify(lead, LeadGenerator.AS_OF);
    }
}

package org.leadqualification.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

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
    public static class Input extends QualifierState {
        Lead[] leads;

        @Override
        int leadCount() {
            return 1024;
        }

        @Override
        void prepare(List<Lead> generated) {
            leads = generated.toArray(new Lead[0]);
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

package org.leadqualification.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.EnginePhases;
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
 * Where the engine's time per lead goes: the same 1,024 leads as {@link QualifyOneBenchmark}, judged up to a
 * {@link EnginePhases.Phase} (each phase includes the ones before it), so the difference between two adjacent
 * phases is the cost of one step: fold, session from the pool and back, inserts, scoring rules, classification and
 * result, and (FULL vs CLASSIFY) the rule-name listener.
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar EnginePhasesBenchmark -p interactions=20 -wi 3 -w 10s -i 5 -r 5s -f 1 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class EnginePhasesBenchmark {
    /** How far into judging each lead to go. */
    @Param({"FOLD", "SESSION", "INSERT", "SCORE", "CLASSIFY", "FULL"})
    public EnginePhases.Phase phase;
    /** Interactions per lead. */
    @Param({"5", "20", "100"})
    public int interactions;

    private Lead[] leads;
    private EnginePhases engine;
    private int next;

    /** Generates the leads (seed 42) and builds the rules. */
    @Setup(Level.Trial)
    public void setUp() {
        leads = new LeadGenerator(42L, interactions).leads(1024).toArray(new Lead[0]);
        engine = new EnginePhases();
    }

    /** Releases the sessions. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Object upToPhase() {
        return engine.run(phase, leads[next++ & 1023], LeadGenerator.AS_OF);
    }
}

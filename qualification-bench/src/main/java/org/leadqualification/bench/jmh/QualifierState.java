package org.leadqualification.bench.jmh;

import java.util.List;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.bench.Impl;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.model.Lead;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every benchmark's input shares: the qualifier variant and the generated leads, both chosen by
 * {@code @Param}s, with a fixed seed. Subclasses are {@code @State(Scope.Benchmark)} and turn the leads into the
 * input their operation needs.
 */
@State(Scope.Benchmark)
public abstract class QualifierState {
    /** Which qualifier. */
    @Param({"ENGINE", "REFERENCE", "NAIVE", "NAIVE_INTERACTIONS"})
    public Impl impl;
    /** Interactions per lead. */
    @Param({"5", "20", "100"})
    public int interactions;

    LeadQualifier qualifier;

    /** @return how many leads the benchmark uses */
    abstract int leadCount();

    /** @param leads the generated leads, to keep in the form the benchmark needs */
    abstract void prepare(List<Lead> leads);

    /** Generates the leads (seed 42) and builds the qualifier. */
    @Setup(Level.Trial)
    public void setUp() {
        prepare(new LeadGenerator(42L, interactions).leads(leadCount()));
        qualifier = impl.create();
    }

    /** Releases the qualifier. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Impl.close(qualifier);
    }
}

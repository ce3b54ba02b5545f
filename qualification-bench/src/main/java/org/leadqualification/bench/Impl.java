package org.leadqualification.bench;

import org.leadqualification.api.LeadQualifier;
import org.leadqualification.bench.reference.ReferenceQualifier;
import org.leadqualification.rules.NaiveDroolsQualifier;
import org.leadqualification.rules.NaiveInteractionsQualifier;
import org.leadqualification.rules.RuleBasedQualifier;

/** The qualifier variants the benchmarks compare; all four give identical results (see the differential test). */
public enum Impl {
    /** The library: {@code RuleBasedQualifier.builder().build()}, pooled sessions, folded activity facts. */
    ENGINE,
    /** The same model as plain Java: {@link ReferenceQualifier}. */
    REFERENCE,
    /** Drools as most teams first use it: a new session per lead, every interaction inserted ({@link NaiveDroolsQualifier}). */
    NAIVE,
    /**
     * The rules rewritten to match one {@code Interaction} fact per interaction, without the engine's fold, and a new
     * session per lead ({@link NaiveInteractionsQualifier}).
     */
    NAIVE_INTERACTIONS;

    /** @return a new qualifier of this variant with the built-in rules and default profile; close it if closeable */
    public LeadQualifier create() {
        return switch (this) {
            case ENGINE -> RuleBasedQualifier.builder().build();
            case REFERENCE -> ReferenceQualifier.withDefaults();
            case NAIVE -> new NaiveDroolsQualifier();
            case NAIVE_INTERACTIONS -> new NaiveInteractionsQualifier();
        };
    }

    /**
     * Closes a qualifier made by {@link #create()} if it holds resources.
     *
     * @param qualifier the qualifier
     * @throws Exception if closing fails
     */
    public static void close(LeadQualifier qualifier) throws Exception {
        if (qualifier instanceof AutoCloseable c) {
            c.close();
        }
    }
}

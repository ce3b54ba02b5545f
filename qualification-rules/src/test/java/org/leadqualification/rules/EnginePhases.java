package org.leadqualification.rules;

import java.time.Instant;
import org.kie.api.runtime.KieSession;
import org.leadqualification.model.Lead;

/**
 * The engine's work for one lead cut into cumulative phases, so a benchmark can say where the time goes:
 * each phase does everything the one before it does, plus one step. Benchmark code only (published in the rules
 * module's test-jar): it runs the steps of the engine's own {@code Pipeline}, the same code
 * {@link RuleBasedQualifier#qualify} runs, stopping after the phase asked for; {@link Phase#FULL} is
 * {@code qualify} itself, which adds only its error handling.
 */
public final class EnginePhases implements AutoCloseable {
    /** How far into judging a lead to go. */
    public enum Phase {
        /** Fold the interactions into {@code Activity} and {@code Recency} facts (plain Java). */
        FOLD,
        /** Fold, then take a session from the pool (with its rule-name listener) and give it back. */
        SESSION,
        /** ... and set the globals and insert the lead and its folded facts, without firing. */
        INSERT,
        /** ... and fire the scoring rules. */
        SCORE,
        /** ... and compute the scores, insert them, fire the classification rules and assemble the result. */
        CLASSIFY,
        /** {@code RuleBasedQualifier.qualify}: all of the above with its error handling. */
        FULL
    }

    private final RuleBasedQualifier qualifier = RuleBasedQualifier.builder().build();
    private final Pipeline pipeline = qualifier.pipeline();

    /** Builds the built-in rules with the default profile (the same precompiled models the engine uses). */
    public EnginePhases() {
    }

    /**
     * Runs one lead up to a phase.
     *
     * @param phase how far to go
     * @param lead  the lead
     * @param asOf  the as-of instant
     * @return something derived from the work, for the benchmark to consume
     */
    public Object run(Phase phase, Lead lead, Instant asOf) {
        if (phase == Phase.FULL) {
            return qualifier.qualify(lead, asOf);
        }
        ActivityFolder.Folded folded = pipeline.fold(lead, asOf);
        if (phase == Phase.FOLD) {
            return folded;
        }
        Tally tally = new Tally(pipeline.profile());
        KieSession session = pipeline.session(tally);
        try {
            if (phase == Phase.SESSION) {
                return folded;
            }
            pipeline.insert(session, lead, asOf, folded, tally);
            if (phase == Phase.INSERT) {
                return tally;
            }
            session.fireAllRules();
            if (phase == Phase.SCORE) {
                return tally;
            }
            return Pipeline.classify(session, lead, asOf, tally);
        } finally {
            pipeline.release(session);
        }
    }

    /** Releases the sessions. */
    @Override
    public void close() {
        qualifier.close();
    }
}

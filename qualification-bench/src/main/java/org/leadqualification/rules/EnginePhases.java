package org.leadqualification.rules;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The engine's work for one lead cut into cumulative phases, so a benchmark can say where the time goes:
 * each phase does everything the one before it does, plus one step. Benchmark code only; it sits in the engine's
 * package to reach the package-private fold, scorecard and compiler, and repeats the steps of
 * {@link RuleBasedQualifier#qualify} without its error handling and rule-name listener ({@link Phase#FULL} is the
 * real thing).
 */
public final class EnginePhases implements AutoCloseable {
    /** How far into judging a lead to go. */
    public enum Phase {
        /** Fold the interactions into {@code Activity} and {@code Recency} facts (plain Java). */
        FOLD,
        /** Fold, then take a session from the pool and give it back (which resets it). */
        SESSION,
        /** ... and set the globals and insert the lead and its folded facts, without firing. */
        INSERT,
        /** ... and fire the scoring rules. */
        SCORE,
        /** ... and compute the scores, insert them, fire the classification rules and assemble the result. */
        CLASSIFY,
        /** {@code RuleBasedQualifier.qualify}, with the rule-name listener and error handling. */
        FULL
    }

    private final ScoringProfile profile = ScoringProfile.defaults();
    private final ActivityFolder folder = new ActivityFolder(profile);
    private final KieSessionsPool pool;
    private final RuleBasedQualifier qualifier = RuleBasedQualifier.builder().build();

    /** Builds the built-in rules with the default profile (the same precompiled models the engine uses). */
    public EnginePhases() {
        RuleCompiler.Compiled compiled = RuleCompiler.compile(RuleBasedQualifier.builtInSources(), Set.of(),
                List.of(), List.of());
        pool = compiled.kieBase().newKieSessionsPool(2);
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
        ActivityFolder.Folded folded = folder.fold(lead, asOf);
        if (phase == Phase.FOLD) {
            return folded;
        }
        KieSession session = pool.newKieSession();
        try {
            if (phase == Phase.SESSION) {
                return folded;
            }
            Scorecard card = new Scorecard(profile);
            session.setGlobal(RuleCompiler.SCORE_GLOBAL, card);
            session.setGlobal(RuleCompiler.PROFILE_GLOBAL, profile);
            session.insert(lead);
            session.insert(folded.recency());
            for (Activity a : folded.activities()) {
                session.insert(a);
            }
            if (phase == Phase.INSERT) {
                return card;
            }
            session.fireAllRules();
            if (phase == Phase.SCORE) {
                return card;
            }
            return RuleBasedQualifier.classify(session, lead, asOf, card);
        } finally {
            session.dispose();
        }
    }

    /** Releases the sessions. */
    @Override
    public void close() {
        pool.shutdown();
        qualifier.close();
    }
}

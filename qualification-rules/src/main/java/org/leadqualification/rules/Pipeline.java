package org.leadqualification.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.leadqualification.api.JudgementException;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.facts.Activity;
import org.leadqualification.rules.facts.Scores;
import org.leadqualification.rules.likelihood.LeadSignals;
import org.leadqualification.rules.facts.Likelihood;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.profile.ScoringProfile;
import org.leadqualification.sla.SlaBreach;

/**
 * The engine's one way of judging a lead, in three steps: {@link #fold} the interactions into facts, {@link #score}
 * (insert the facts and fire the scoring rules), {@link #classify} (insert the {@link Scores} and fire the
 * classification rules, then assemble the result). {@link #judge} runs them in a pooled session;
 * {@link RuleBasedQualifier#qualify} calls it, and so does anything that measures the steps one by one.
 *
 * <p>Immutable and thread-safe: each lead gets its own {@link Tally} and a session of its own from the pool.
 */
final class Pipeline implements AutoCloseable {
    private final ScoringProfile profile;
    private final RuleCompiler.Compiled compiled;
    private final KieSessionsPool pool;
    private final ActivityFolder folder;
    private final boolean setScore;
    private final boolean setProfile;
    private final Optional<LikelihoodModel> model;

    Pipeline(ScoringProfile profile, RuleCompiler.Compiled compiled) {
        this(profile, compiled, Optional.empty());
    }

    Pipeline(ScoringProfile profile, RuleCompiler.Compiled compiled, Optional<LikelihoodModel> model) {
        this.profile = profile;
        this.model = model;
        this.compiled = compiled;
        this.pool = compiled.kieBase().newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.folder = new ActivityFolder(profile);
        this.setScore = compiled.globals().contains(RuleCompiler.SCORE_GLOBAL);
        this.setProfile = compiled.globals().contains(RuleCompiler.PROFILE_GLOBAL);
    }

    ScoringProfile profile() {
        return profile;
    }

    Optional<LikelihoodModel> model() {
        return model;
    }

    List<String> ruleNames() {
        return compiled.ruleNames();
    }

    /** Judges one lead: fold, score, classify; a rule that throws becomes a {@link JudgementException}. */
    Qualification judge(Lead lead, Instant asOf) {
        ActivityFolder.Folded folded = fold(lead, asOf);
        Tally tally = new Tally(profile);
        KieSession session = session(tally);
        try {
            score(session, lead, asOf, folded, tally);
            return classify(session, lead, asOf, tally, model);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new JudgementException(lead.id(), e.getMatch() == null ? tally.currentRule()
                    : e.getMatch().getRule().getName(), describe(cause), cause);
        } catch (RuntimeException e) {
            throw new JudgementException(lead.id(), null, "while matching rule conditions: " + describe(e), e);
        } finally {
            release(session);
        }
    }

    /** Step 1, plain Java: the lead's interactions up to {@code asOf} as one activity per type and a recency. */
    ActivityFolder.Folded fold(Lead lead, Instant asOf) {
        return folder.fold(lead, asOf);
    }

    /** A pooled session whose rule-name listener writes to {@code tally}; give it back with {@link #release}. */
    KieSession session(Tally tally) {
        KieSession session = pool.newKieSession();
        RuleTracker.of(session).tally = tally;
        return session;
    }

    /** Returns a session to the pool (which resets it). */
    static void release(KieSession session) {
        RuleTracker.of(session).tally = null;
        session.dispose();
    }

    /** Step 2a: sets the globals and inserts the lead and its folded facts, without firing. */
    void insert(KieSession session, Lead lead, Instant asOf, ActivityFolder.Folded folded, Tally tally) {
        if (setScore) {
            session.setGlobal(RuleCompiler.SCORE_GLOBAL, tally);
        }
        if (setProfile) {
            session.setGlobal(RuleCompiler.PROFILE_GLOBAL, profile);
        }
        session.insert(lead);
        session.insert(folded.recency());
        for (Activity a : folded.activities()) {
            session.insert(a);
        }
        for (SlaBreach b : folded.breaches()) {
            session.insert(b);
        }
        if (compiled.usesInteractions()) {
            for (Interaction i : lead.interactions()) {
                if (!i.at().isAfter(asOf)) {
                    session.insert(i);
                }
            }
        }
    }

    /** Step 2: {@link #insert}, then the scoring rules fire. */
    void score(KieSession session, Lead lead, Instant asOf, ActivityFolder.Folded folded, Tally tally) {
        insert(session, lead, asOf, folded, tally);
        session.fireAllRules();
    }

    /**
     * Step 3, once the scoring rules have fired: the {@link Scores} computed from the tally are inserted, the
     * classification rules fire, and the result is assembled.
     */
    static Qualification classify(KieSession session, Lead lead, Instant asOf, Tally tally) {
        return classify(session, lead, asOf, tally, Optional.empty());
    }

    /**
     * Step 3 with a likelihood model: the likelihood is computed from the scoring rules' reasons (before any
     * classification rule fires) and the lead's signals up to {@code asOf}, inserted as a {@link Likelihood} fact for
     * the classification rules, and goes into the result.
     */
    static Qualification classify(KieSession session, Lead lead, Instant asOf, Tally tally,
                                  Optional<LikelihoodModel> model) {
        Optional<Likelihood> likelihood = model.map(m -> m.evaluate(LeadSignals.of(lead, asOf, tally.reasons())));
        Scores scores = Results.scores(lead, tally);
        tally.startClassification();
        tally.enter("(classification)");
        likelihood.ifPresent(session::insert);
        session.insert(scores);
        session.fireAllRules();
        Qualification q = Results.result(lead, asOf, tally, scores);
        return likelihood.map(l -> q.withLikelihood(l.value(), l.contributions())).orElse(q);
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /** Releases the session pool. */
    @Override
    public void close() {
        pool.shutdown();
    }

    /** Tells the tally which rule is firing, so each reason carries its rule's name. */
    static final class RuleTracker extends DefaultAgendaEventListener {
        /** The tally of the lead the session is judging; set for each lead, cleared when the session goes back. */
        private Tally tally;

        /** The session's tracker: pooled sessions keep theirs from lead to lead. */
        static RuleTracker of(KieSession session) {
            for (Object listener : session.getAgendaEventListeners()) {
                if (listener instanceof RuleTracker tracker) {
                    return tracker;
                }
            }
            RuleTracker tracker = new RuleTracker();
            session.addEventListener(tracker);
            return tracker;
        }

        /**
         * Points a session's tracker at a tally: for sessions not taken from a pipeline (e.g. a plain
         * {@code KieBase.newKieSession()}).
         */
        static void track(KieSession session, Tally tally) {
            of(session).tally = tally;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            tally.enter(event.getMatch().getRule().getName());
        }
    }
}

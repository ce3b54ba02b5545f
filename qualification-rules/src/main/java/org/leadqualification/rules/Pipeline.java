package org.leadqualification.rules;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.leadqualification.api.JudgementException;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.facts.Activity;
import org.leadqualification.rules.facts.Likelihood;
import org.leadqualification.rules.facts.Scores;
import org.leadqualification.rules.likelihood.LeadSignals;
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
 *
 * <p>Runaway rules: every lead has a budget of rule firings and of wall time ({@link Limits}), counted and checked
 * by the session's {@link RuleTracker} before each firing. Past either, the tracker halts the session and the lead
 * becomes a {@link JudgementException} naming the rule that fired most. A consequence that throws an {@link Error}
 * such as {@link StackOverflowError} is that lead's {@link JudgementException} too. A session that was halted goes
 * back to the pool after the same {@code reset()} every session gets (Drools' own pool does exactly that, and the
 * reset also returns the agenda's state machine to inactive); a session that threw an {@link Error} is disposed and
 * never reused, since an error thrown half-way through a network propagation is not something to trust a reset with.
 */
final class Pipeline implements AutoCloseable {
    private final ScoringProfile profile;
    private final RuleCompiler.Compiled compiled;
    private final SessionPool pool;
    private final ActivityFolder folder;
    private final Limits limits;
    private final boolean setScore;
    private final boolean setProfile;
    private final Optional<LikelihoodModel> model;

    Pipeline(ScoringProfile profile, RuleCompiler.Compiled compiled, Limits limits,
             Optional<LikelihoodModel> model) {
        this.profile = profile;
        this.model = model;
        this.compiled = compiled;
        this.pool = new SessionPool(compiled.kieBase(), 2 * Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.folder = new ActivityFolder(profile);
        this.limits = limits;
        this.setScore = compiled.globals().contains(RuleCompiler.SCORE_GLOBAL);
        this.setProfile = compiled.globals().contains(RuleCompiler.PROFILE_GLOBAL);
    }

    /**
     * How much work one lead may cause before it is stopped.
     *
     * @param maxFirings rule firings per lead, both rounds (scoring, classification) together
     * @param maxNanos   wall time per lead from taking its session, checked every {@link RuleTracker#CLOCK_EVERY}
     *                   firings
     */
    record Limits(int maxFirings, long maxNanos) {
        /** No limit: for sessions not taken from a pipeline. */
        static final Limits NONE = new Limits(Integer.MAX_VALUE, Long.MAX_VALUE);

        Limits {
            if (maxFirings < 1 || maxNanos < 1) {
                throw new IllegalArgumentException("limits must be >= 1, got " + maxFirings + " firings, "
                        + maxNanos + " ns");
            }
        }
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

    Limits limits() {
        return limits;
    }

    /** Judges one lead: fold, score, classify; a rule that throws becomes a {@link JudgementException}. */
    Qualification judge(Lead lead, Instant asOf) {
        ActivityFolder.Folded folded = fold(lead, asOf);
        Tally tally = new Tally(profile);
        KieSession session = session(tally);
        RuleTracker tracker = RuleTracker.of(session);
        boolean reusable = false;
        try {
            score(session, lead, asOf, folded, tally);
            tracker.checkNotStopped(lead.id());
            Qualification q = classify(session, lead, asOf, tally, model);
            tracker.checkNotStopped(lead.id());
            reusable = true;
            return q;
        } catch (ConsequenceException e) {
            reusable = true;
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch() == null ? tally.currentRule() : e.getMatch().getRule().getName();
            if (cause instanceof Error error) {
                reusable = false;
                rethrowIfFatal(error);
            }
            throw new JudgementException(lead.id(), rule, describe(cause), cause);
        } catch (JudgementException e) {
            reusable = true; // stopped by a limit: halted cleanly between firings
            throw e;
        } catch (RuntimeException e) {
            reusable = true;
            throw new JudgementException(lead.id(), null, "while matching rule conditions: " + describe(e), e);
        } catch (StackOverflowError | LinkageError | AssertionError e) {
            // Thrown past Drools' consequence handler (a condition, or a consequence of a rule that recursed):
            // the JVM is fine, this lead and this session are not.
            throw new JudgementException(lead.id(), tally.currentRule(), describe(e), e);
        } finally {
            if (reusable) {
                release(session);
            } else {
                discard(session);
            }
        }
    }

    /** An error that means the JVM itself is in trouble goes on up; the rest are the lead's failure. */
    private static void rethrowIfFatal(Error error) {
        if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
            throw error;
        }
    }

    /** Step 1, plain Java: the lead's interactions up to {@code asOf} as one activity per type and a recency. */
    ActivityFolder.Folded fold(Lead lead, Instant asOf) {
        return folder.fold(lead, asOf);
    }

    /**
     * A pooled session whose rule-name listener writes to {@code tally} and counts against this pipeline's
     * {@link Limits}; give it back with {@link #release}.
     */
    KieSession session(Tally tally) {
        KieSession session = pool.take();
        RuleTracker.of(session).start(tally, limits);
        return session;
    }

    /** Returns a session to the pool, which resets it. */
    void release(KieSession session) {
        RuleTracker.of(session).tally = null;
        pool.give(session);
    }

    /** Disposes a session that must not be reused. */
    void discard(KieSession session) {
        RuleTracker.of(session).tally = null;
        pool.drop(session);
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
        pool.close();
    }

    /**
     * Sessions of one rule base, reused from lead to lead. Drools' {@code KieSessionsPool} keeps every session it
     * ever made until shutdown and cannot let one go, so a session that must not be reused would stay in it; this
     * pool keeps at most {@code capacity} idle sessions, resets each one given back exactly as Drools' pool does
     * ({@link StatefulKnowledgeSessionImpl#reset()}), and disposes the ones it cannot keep or must not reuse.
     */
    static final class SessionPool implements AutoCloseable {
        private final KieBase kieBase;
        private final BlockingQueue<KieSession> idle;
        private volatile boolean closed;

        SessionPool(KieBase kieBase, int capacity) {
            this.kieBase = kieBase;
            this.idle = new ArrayBlockingQueue<>(capacity);
        }

        KieSession take() {
            KieSession s = idle.poll();
            return s != null ? s : kieBase.newKieSession();
        }

        void give(KieSession session) {
            if (closed || !(session instanceof StatefulKnowledgeSessionImpl impl)) {
                session.dispose();
                return;
            }
            impl.reset();
            if (!idle.offer(session) || closed) {
                idle.remove(session);
                session.dispose();
            }
        }

        void drop(KieSession session) {
            try {
                session.dispose();
            } catch (RuntimeException | StackOverflowError e) {
                // A session that failed this badly may fail to dispose too; it is dropped either way.
            }
        }

        @Override
        public void close() {
            closed = true;
            for (KieSession s; (s = idle.poll()) != null; ) {
                s.dispose();
            }
        }
    }

    /**
     * Tells the tally which rule is firing, so each reason carries its rule's name, and keeps each lead within its
     * {@link Limits}: it counts firings, reads the clock every {@link #CLOCK_EVERY} firings, and past either limit
     * halts the session. To name the rule that fired most it counts firings per rule, but only in the second half
     * of the firing budget: a lead within its budget (a few dozen firings) pays for one counter, and a runaway rule
     * fills the second half as surely as the first.
     */
    static final class RuleTracker extends DefaultAgendaEventListener {
        /** How many firings go by between two looks at the clock. */
        static final int CLOCK_EVERY = 8;

        private final KieSession session;
        /** The tally of the lead the session is judging; set for each lead, cleared when the session goes back. */
        private Tally tally;
        private Limits limits = Limits.NONE;
        private long started;
        private int fired;
        private int countFrom;
        private Map<String, int[]> perRule;
        private String stopped;

        private RuleTracker(KieSession session) {
            this.session = session;
        }

        /** The session's tracker: pooled sessions keep theirs from lead to lead. */
        static RuleTracker of(KieSession session) {
            for (Object listener : session.getAgendaEventListeners()) {
                if (listener instanceof RuleTracker tracker) {
                    return tracker;
                }
            }
            RuleTracker tracker = new RuleTracker(session);
            session.addEventListener(tracker);
            return tracker;
        }

        /**
         * Points a session's tracker at a tally, without limits: for sessions not taken from a pipeline (e.g. a
         * plain {@code KieBase.newKieSession()}).
         */
        static void track(KieSession session, Tally tally) {
            of(session).start(tally, Limits.NONE);
        }

        void start(Tally t, Limits l) {
            this.tally = t;
            this.limits = l;
            this.fired = 0;
            this.countFrom = l.maxFirings() / 2;
            this.perRule = null;
            this.stopped = null;
            this.started = l.maxNanos() == Long.MAX_VALUE ? 0 : System.nanoTime();
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String rule = event.getMatch().getRule().getName();
            tally.enter(rule);
            int n = ++fired;
            if (n > countFrom) {
                count(rule);
                if (n > limits.maxFirings() && stopped == null) {
                    stop("more than " + limits.maxFirings() + " rule firings for one lead (the limit, "
                            + "RuleBasedQualifier.Builder.maxFiringsPerLead)");
                }
            }
            if ((n & (CLOCK_EVERY - 1)) == 0 && started != 0 && stopped == null
                    && System.nanoTime() - started > limits.maxNanos()) {
                stop("judging took more than " + limits.maxNanos() / 1_000_000 + " ms after " + n
                        + " rule firings (the limit, RuleBasedQualifier.Builder.maxTimePerLead)");
            }
        }

        private void count(String rule) {
            if (perRule == null) {
                perRule = new HashMap<>();
            }
            perRule.computeIfAbsent(rule, r -> new int[1])[0]++;
        }

        private void stop(String why) {
            stopped = why;
            session.halt();
        }

        /** @throws JudgementException if a limit stopped this lead: names the rule that fired most */
        void checkNotStopped(String leadId) {
            if (stopped == null) {
                return;
            }
            String top = null;
            int topCount = 0;
            int counted = 0;
            if (perRule != null) {
                for (Map.Entry<String, int[]> e : perRule.entrySet()) {
                    counted += e.getValue()[0];
                    if (e.getValue()[0] > topCount
                            || e.getValue()[0] == topCount && top != null && e.getKey().compareTo(top) < 0) {
                        top = e.getKey();
                        topCount = e.getValue()[0];
                    }
                }
            }
            String detail;
            if (top == null) {
                top = tally.currentRule(); // stopped by the clock before the per-rule count began
                detail = ", while it was firing";
            } else {
                detail = ": it fired " + topCount + " of the last " + counted
                        + " firings; a rule that modifies or inserts facts without a guard re-fires forever";
            }
            throw new JudgementException(leadId, top, "stopped: " + stopped + detail, null);
        }
    }
}

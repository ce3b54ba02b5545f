package org.leadqualification.funnel;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Lead;
import org.leadqualification.sla.SlaPolicy;

/**
 * Analyses a set of leads with history over a period into a {@link FunnelReport}.
 *
 * <pre>{@code
 * FunnelAnalyzer analyzer = FunnelAnalyzer.builder()
 *         .period(Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"))
 *         .asOf(Instant.parse("2026-11-01T00:00:00Z"))
 *         .conversionWindow(Duration.ofDays(30))
 *         .qualifier(qualifier, JudgeAt.whenReached(FunnelStep.MQL))
 *         .sla(slaPolicy)
 *         .build();
 * FunnelReport report = analyzer.analyze(leads.iterator());
 * }</pre>
 *
 * <p>Leads are consumed one at a time and not kept: the analysis holds counters, score histograms (scores are
 * integers 0..100), one primitive array of seconds per time-span statistic, and at most
 * {@link Builder#maxListedBreaches(int)} open SLA breaches. A million leads run in a 256 MB heap.
 *
 * <p>An analyzer is immutable and thread-safe (if its qualifier is); each {@link #start()} gives a {@link FunnelRun}
 * for one thread.
 */
public final class FunnelAnalyzer {
    private final Instant periodStart;
    private final Instant periodEnd;
    private final Instant asOf;
    private final Duration window;
    private final Optional<LeadQualifier> qualifier;
    private final JudgeAt judgeAt;
    private final boolean rejudgeMilestones;
    private final SlaPolicy sla;
    private final int maxListedBreaches;

    private FunnelAnalyzer(Builder b) {
        this.periodStart = b.periodStart;
        this.periodEnd = b.periodEnd;
        this.asOf = b.asOf == null ? b.periodEnd : b.asOf;
        this.window = b.window;
        this.qualifier = Optional.ofNullable(b.qualifier);
        this.judgeAt = b.judgeAt;
        this.rejudgeMilestones = b.rejudgeMilestones;
        this.sla = b.sla;
        this.maxListedBreaches = b.maxListedBreaches;
    }

    /** @return a builder: a period is required, the rest has defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a run to feed leads to, one at a time; not thread-safe */
    public FunnelRun start() {
        return new FunnelRun(this);
    }

    /**
     * @param leads the leads
     * @return the report over all of them
     */
    public FunnelReport analyze(Iterator<Lead> leads) {
        FunnelRun run = start();
        leads.forEachRemaining(run::add);
        return run.report();
    }

    /**
     * @param leads the leads; the stream is consumed in order
     * @return the report over all of them
     */
    public FunnelReport analyze(Stream<Lead> leads) {
        FunnelRun run = start();
        leads.forEachOrdered(run::add);
        return run.report();
    }

    Instant periodStart() {
        return periodStart;
    }

    Instant periodEnd() {
        return periodEnd;
    }

    Instant asOf() {
        return asOf;
    }

    Duration window() {
        return window;
    }

    Optional<LeadQualifier> qualifier() {
        return qualifier;
    }

    JudgeAt judgeAt() {
        return judgeAt;
    }

    boolean rejudgeMilestones() {
        return rejudgeMilestones;
    }

    SlaPolicy sla() {
        return sla;
    }

    int maxListedBreaches() {
        return maxListedBreaches;
    }

    /** Builds a {@link FunnelAnalyzer}. Not thread-safe. */
    public static final class Builder {
        private Instant periodStart;
        private Instant periodEnd;
        private Instant asOf;
        private Duration window = Duration.ofDays(90);
        private LeadQualifier qualifier;
        private JudgeAt judgeAt = JudgeAt.reportAsOf();
        private boolean rejudgeMilestones;
        private SlaPolicy sla = SlaPolicy.none();
        private int maxListedBreaches = 1_000;

        private Builder() {
        }

        /**
         * @param start first instant of the period
         * @param end   end of the period, exclusive, after {@code start}
         * @return this builder
         * @throws IllegalArgumentException if {@code end} is not after {@code start}
         */
        public Builder period(Instant start, Instant end) {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("period end must be after its start, got " + start + " to "
                        + end);
            }
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        /**
         * @param value the instant the data is judged at, not before the period's start (default: the period's end)
         * @return this builder
         */
        public Builder asOf(Instant value) {
            this.asOf = Objects.requireNonNull(value, "asOf");
            return this;
        }

        /**
         * @param value how long a lead has to reach the next step for it to count as converted, positive
         *              (default 90 days)
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder conversionWindow(Duration value) {
            Objects.requireNonNull(value, "conversionWindow");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("conversionWindow must be positive, got " + value);
            }
            this.window = value;
            return this;
        }

        /**
         * @param value the rules, to judge each lead for score calibration and rule signals
         * @param when  when to judge each lead
         * @return this builder
         */
        public Builder qualifier(LeadQualifier value, JudgeAt when) {
            this.qualifier = Objects.requireNonNull(value, "qualifier");
            this.judgeAt = Objects.requireNonNull(when, "when");
            return this;
        }

        /**
         * @param value true to have the qualifier also judge each lead as of each of its recorded stage changes, and
         *              report how often the rules agree with the recorded stage (default false; needs a qualifier)
         * @return this builder
         */
        public Builder rejudgeAtMilestones(boolean value) {
            this.rejudgeMilestones = value;
            return this;
        }

        /** @param value the follow-up deadlines (default none) @return this builder */
        public Builder sla(SlaPolicy value) {
            this.sla = Objects.requireNonNull(value, "sla");
            return this;
        }

        /**
         * @param value how many open breaches the report lists, most late first ({@code >= 0}, default 1000); all
         *              are counted
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxListedBreaches(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxListedBreaches must be >= 0, got " + value);
            }
            this.maxListedBreaches = value;
            return this;
        }

        /**
         * @return the analyzer
         * @throws IllegalStateException if no period was set, the as-of is before the period's start, or milestones
         *                               are to be re-judged without a qualifier
         */
        public FunnelAnalyzer build() {
            if (periodStart == null) {
                throw new IllegalStateException("a period is required: call period(start, end)");
            }
            if (asOf != null && asOf.isBefore(periodStart)) {
                throw new IllegalStateException("asOf must not be before the period's start " + periodStart
                        + ", got " + asOf);
            }
            if (rejudgeMilestones && qualifier == null) {
                throw new IllegalStateException("rejudgeAtMilestones needs a qualifier: call qualifier(...)");
            }
            return new FunnelAnalyzer(this);
        }
    }
}

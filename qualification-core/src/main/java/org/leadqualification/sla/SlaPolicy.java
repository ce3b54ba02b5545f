package org.leadqualification.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.SalesFollowUp;
import org.leadqualification.model.StageChange;

/**
 * The follow-up deadlines marketing and sales agreed on, per stage: e.g. an SQL gets a first sales touch within
 * 24 hours, an MQL is accepted or rejected within 5 days. Immutable and thread-safe.
 *
 * <p>How one deadline is judged for a lead as of an instant {@code asOf}:
 * <ul>
 *   <li>the clock starts at the lead's <em>first</em> stage change into the deadline's stage; a lead never recorded
 *       there (by {@code asOf}) has no check for it;</li>
 *   <li>the requirement is met at the instant of the sales step ({@link SlaRequirement#metAt}), if that is not after
 *       {@code asOf}; a step taken before the clock started (sales touched the lead while it was an MQL) meets the
 *       SQL deadline on time;</li>
 *   <li>the clock stops without the step when the lead is closed: won or lost ({@link DealOutcome#closedAt()}), or
 *       recorded {@code DISQUALIFIED} after the clock started. Closed before the deadline: {@link SlaStatus#VOID};
 *       closed after it: {@link SlaStatus#MISSED};</li>
 *   <li>otherwise an overdue deadline is an open {@link SlaStatus#BREACHED} one, late by {@code asOf - dueAt}.</li>
 * </ul>
 *
 * <p>Made by {@link #builder()} or, from a profile section, by {@link #of(Map)}.
 */
public final class SlaPolicy {
    private static final SlaPolicy NONE = new SlaPolicy(List.of());

    private final List<SlaDeadline> deadlines;

    private SlaPolicy(List<SlaDeadline> deadlines) {
        this.deadlines = List.copyOf(deadlines);
    }

    /** @return a policy without deadlines: every evaluation is empty */
    public static SlaPolicy none() {
        return NONE;
    }

    /** @return a builder with no deadlines */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A policy from a nested map, the shape of a profile section such as
     * {@code sla: { SQL: { FIRST_TOUCH: PT24H }, MQL: { ACCEPTED_OR_REJECTED: P5D } }}.
     *
     * @param deadlines stage to requirement to time allowed
     * @return the policy
     * @throws NullPointerException     if a key or value is null
     * @throws IllegalArgumentException if a duration is not positive
     */
    public static SlaPolicy of(Map<RecordedStage, Map<SlaRequirement, Duration>> deadlines) {
        Builder b = builder();
        deadlines.forEach((stage, terms) -> terms.forEach((req, within) -> b.deadline(stage, req, within)));
        return b.build();
    }

    /** @return every deadline, ordered by stage then requirement */
    public List<SlaDeadline> deadlines() {
        return deadlines;
    }

    /** @return true if the policy has no deadline */
    public boolean isEmpty() {
        return deadlines.isEmpty();
    }

    /**
     * Checks every deadline that applies to the lead as of an instant.
     *
     * @param lead the lead, with its stage history and sales follow-up
     * @param asOf the instant to judge at: later history is ignored
     * @return one check per deadline whose clock has started, in the order of {@link #deadlines()}
     * @throws NullPointerException if an argument is null
     */
    public List<SlaCheck> evaluate(Lead lead, Instant asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        if (deadlines.isEmpty() || lead.stageHistory().isEmpty()) {
            return List.of();
        }
        SalesFollowUp sales = lead.sales().orElse(SalesFollowUp.EMPTY);
        Optional<Instant> closed = lead.outcome().flatMap(DealOutcome::closedAt).filter(c -> !c.isAfter(asOf));
        List<SlaCheck> checks = new ArrayList<>();
        for (SlaDeadline d : deadlines) {
            Instant started = firstEntry(lead.stageHistory(), d.stage(), asOf);
            if (started == null) {
                continue;
            }
            checks.add(check(d, sales, started, stopped(lead.stageHistory(), started, closed, asOf), asOf));
        }
        return List.copyOf(checks);
    }

    /**
     * The open breaches of a lead as of an instant: deadlines passed, not met, lead still live.
     *
     * @param lead the lead
     * @param asOf the instant to judge at
     * @return the open breaches, most late first
     * @throws NullPointerException if an argument is null
     */
    public List<SlaBreach> breaches(Lead lead, Instant asOf) {
        List<SlaBreach> out = new ArrayList<>();
        for (SlaCheck c : evaluate(lead, asOf)) {
            if (c.status() == SlaStatus.BREACHED) {
                out.add(new SlaBreach(c.deadline().stage(), c.deadline().requirement(), c.owner(), c.dueAt(),
                        c.lateBy()));
            }
        }
        out.sort(Comparator.comparing(SlaBreach::lateBy).reversed());
        return List.copyOf(out);
    }

    private static SlaCheck check(SlaDeadline d, SalesFollowUp sales, Instant started, Instant stopped,
                                  Instant asOf) {
        Instant due = started.plus(d.within());
        Optional<Instant> met = d.requirement().metAt(sales).filter(m -> !m.isAfter(asOf));
        if (met.isPresent()) {
            Instant effective = met.get().isBefore(started) ? started : met.get();
            boolean late = effective.isAfter(due);
            return new SlaCheck(d, sales.owner(), started, due, late ? SlaStatus.MET_LATE : SlaStatus.MET, met,
                    late ? Duration.between(due, effective) : Duration.ZERO);
        }
        if (stopped != null) {
            boolean after = stopped.isAfter(due);
            return new SlaCheck(d, sales.owner(), started, due, after ? SlaStatus.MISSED : SlaStatus.VOID,
                    Optional.empty(), after ? Duration.between(due, stopped) : Duration.ZERO);
        }
        if (asOf.isAfter(due)) {
            return new SlaCheck(d, sales.owner(), started, due, SlaStatus.BREACHED, Optional.empty(),
                    Duration.between(due, asOf));
        }
        return new SlaCheck(d, sales.owner(), started, due, SlaStatus.PENDING, Optional.empty(), Duration.ZERO);
    }

    private static Instant firstEntry(List<StageChange> history, RecordedStage stage, Instant asOf) {
        for (StageChange c : history) {
            if (c.at().isAfter(asOf)) {
                return null; // history is in time order
            }
            if (c.stage() == stage) {
                return c.at();
            }
        }
        return null;
    }

    /** The instant the lead was closed or disqualified after the clock started, or null. */
    private static Instant stopped(List<StageChange> history, Instant started, Optional<Instant> closed,
                                   Instant asOf) {
        Instant stop = closed.orElse(null);
        for (StageChange c : history) {
            if (c.stage() == RecordedStage.DISQUALIFIED && !c.at().isBefore(started) && !c.at().isAfter(asOf)) {
                if (stop == null || c.at().isBefore(stop)) {
                    stop = c.at();
                }
                break;
            }
        }
        return stop;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaPolicy p && p.deadlines.equals(deadlines);
    }

    @Override
    public int hashCode() {
        return deadlines.hashCode();
    }

    @Override
    public String toString() {
        return "SlaPolicy" + deadlines;
    }

    /** Builds an {@link SlaPolicy}. Not thread-safe. */
    public static final class Builder {
        private final Map<RecordedStage, Map<SlaRequirement, Duration>> terms = new EnumMap<>(RecordedStage.class);

        private Builder() {
        }

        /**
         * Adds one deadline.
         *
         * @param stage       the stage that starts the clock
         * @param requirement what sales must do
         * @param within      how long sales has, positive
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code within} is not positive or this stage and requirement already
         *                                  have a deadline
         */
        public Builder deadline(RecordedStage stage, SlaRequirement requirement, Duration within) {
            SlaDeadline d = new SlaDeadline(stage, requirement, within);
            Duration before = terms.computeIfAbsent(stage, s -> new EnumMap<>(SlaRequirement.class))
                    .putIfAbsent(requirement, within);
            if (before != null) {
                throw new IllegalArgumentException("duplicate deadline for " + stage + " " + requirement + ": "
                        + before + " and " + d.within());
            }
            return this;
        }

        /** @return the policy, deadlines ordered by stage then requirement */
        public SlaPolicy build() {
            List<SlaDeadline> list = new ArrayList<>();
            terms.forEach((stage, reqs) -> reqs.forEach((req, within) -> list.add(new SlaDeadline(stage, req,
                    within))));
            return new SlaPolicy(list);
        }
    }
}

package org.leadqualification.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.leadqualification.internal.InOrder;
import org.leadqualification.internal.Judgements;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;

/**
 * Judges leads as of an instant. The same lead, rules and instant always give the same result, whatever the
 * order of the lead's interactions and whatever thread calls.
 *
 * <p>Implementations are immutable and safe to share between threads once built.
 */
public interface LeadQualifier {

    /**
     * Judges one lead.
     *
     * @param lead the lead
     * @param asOf the instant to judge at: interactions after it are ignored, decay is measured to it
     * @return the judgement
     * @throws NullPointerException if an argument is null
     * @throws JudgementException   if a rule failed while judging this lead
     */
    Qualification qualify(Lead lead, Instant asOf);

    /**
     * Judges a batch on every available processor ({@link Runtime#availableProcessors()}), as
     * {@link #qualifyAll(List, Instant, int)} does.
     *
     * @param leads the leads
     * @param asOf  the instant to judge them at
     * @return one outcome per lead, in input order
     * @throws NullPointerException if an argument or a lead is null
     */
    default List<Outcome> qualifyAll(List<Lead> leads, Instant asOf) {
        return qualifyAll(leads, asOf, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Judges a batch: one outcome per input lead, in input order. A lead whose id already appeared earlier in the
     * batch, or on which a rule failed, yields a {@link Outcome.Failed}; the others are judged normally. The
     * outcomes are the same whatever the number of threads: duplicates are found in input order before judging,
     * and judging one lead does not depend on another.
     *
     * @param leads   the leads
     * @param asOf    the instant to judge them at
     * @param threads how many threads judge (1: the calling thread alone); this qualifier is shared by them
     * @return one outcome per lead, in input order
     * @throws NullPointerException     if an argument or a lead is null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    default List<Outcome> qualifyAll(List<Lead> leads, Instant asOf, int threads) {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(asOf, "asOf");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        boolean[] duplicate = new boolean[leads.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < leads.size(); i++) {
            Lead lead = Objects.requireNonNull(leads.get(i), () -> "leads must not contain null");
            duplicate[i] = !seen.add(lead.id());
        }
        List<Outcome> outcomes = new ArrayList<>(leads.size());
        Iterator<Integer> indexes = IntStream.range(0, leads.size()).iterator();
        // Small batches are not worth starting threads for.
        int useThreads = leads.size() < 2 * InOrder.CHUNK ? 1 : threads;
        try {
            InOrder.map(indexes, useThreads, i -> duplicate[i] ? duplicate(i, leads.get(i))
                    : Judgements.judge(this, i, leads.get(i), asOf), outcomes::add);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("adding to a list cannot fail", e);
        }
        return outcomes;
    }

    private static Outcome duplicate(long index, Lead lead) {
        return new Outcome.Failed(index, new LeadError(Optional.of(lead.id()), index, Optional.of("id"),
                "duplicate id \"" + lead.id() + "\": expected ids unique within a batch"));
    }
}

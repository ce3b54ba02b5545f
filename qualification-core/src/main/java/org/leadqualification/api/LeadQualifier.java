package org.leadqualification.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
     * Judges a batch: one outcome per input lead, in input order. A lead whose id already appeared earlier in the
     * batch, or on which a rule failed, yields a {@link Outcome.Failed}; the others are judged normally.
     *
     * @param leads the leads
     * @param asOf  the instant to judge them at
     * @return one outcome per lead, in input order
     * @throws NullPointerException if an argument or a lead is null
     */
    default List<Outcome> qualifyAll(List<Lead> leads, Instant asOf) {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(asOf, "asOf");
        List<Outcome> outcomes = new ArrayList<>(leads.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < leads.size(); i++) {
            Lead lead = Objects.requireNonNull(leads.get(i), () -> "leads must not contain null");
            outcomes.add(seen.add(lead.id()) ? Judgements.judge(this, i, lead, asOf) : duplicate(i, lead));
        }
        return outcomes;
    }

    private static Outcome duplicate(long index, Lead lead) {
        return new Outcome.Failed(index, new LeadError(Optional.of(lead.id()), index, Optional.of("id"),
                "duplicate id \"" + lead.id() + "\": expected ids unique within a batch"));
    }
}

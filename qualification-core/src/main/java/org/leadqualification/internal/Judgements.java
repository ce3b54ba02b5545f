package org.leadqualification.internal;

import java.time.Instant;
import java.util.Optional;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.model.Lead;

/**
 * Judging one lead of a batch or a stream into an {@link Outcome}, shared by
 * {@link LeadQualifier#qualifyAll(java.util.List, Instant)} and {@code LeadItem.judge}. Internal: no compatibility
 * promise; it is not on {@link LeadQualifier} so that implementations of that interface cannot change it.
 */
public final class Judgements {
    private Judgements() {
    }

    /**
     * Judges one lead, turning a rule failure into a {@link Outcome.Failed}.
     *
     * @param qualifier the qualifier
     * @param index     the lead's position in its input
     * @param lead      the lead
     * @param asOf      the instant to judge at
     * @return the outcome
     */
    public static Outcome judge(LeadQualifier qualifier, long index, Lead lead, Instant asOf) {
        try {
            return new Outcome.Judged(index, qualifier.qualify(lead, asOf));
        } catch (JudgementException e) {
            return new Outcome.Failed(index, new LeadError(Optional.of(lead.id()), index, Optional.empty(),
                    e.getMessage()));
        }
    }
}

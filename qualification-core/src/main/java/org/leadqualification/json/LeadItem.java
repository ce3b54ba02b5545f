package org.leadqualification.json;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.internal.Judgements;
import org.leadqualification.model.Lead;

/**
 * What reading yields for one lead of an input: the {@link Parsed} lead or the {@link Failed} error explaining why
 * it could not be read, never both, never neither. Items come in input order; {@link #index()} is the lead's
 * zero-based position among the input's leads.
 */
public sealed interface LeadItem permits LeadItem.Parsed, LeadItem.Failed {

    /** @return the lead's zero-based position in its input */
    long index();

    /** @return the lead, if it could be read */
    Optional<Lead> lead();

    /** @return why the lead could not be read, if it could not */
    Optional<LeadError> error();

    /**
     * Judges this item: a parsed lead through {@link LeadQualifier#qualify(Lead, Instant)} (a rule failure becomes an
     * {@link Outcome.Failed} naming the lead, as in {@link LeadQualifier#qualifyAll}), an error passed on
     * as {@link Outcome.Failed} with the same index.
     *
     * @param qualifier the qualifier
     * @param asOf      the instant to judge at
     * @return the outcome for this input position
     * @throws NullPointerException if an argument is null
     */
    default Outcome judge(LeadQualifier qualifier, Instant asOf) {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(asOf, "asOf");
        if (this instanceof Parsed parsed) {
            return Judgements.judge(qualifier, parsed.index(), parsed.value(), asOf);
        }
        return new Outcome.Failed(index(), ((Failed) this).cause());
    }

    /**
     * A lead that was read.
     *
     * @param index position in the input
     * @param value the lead
     */
    record Parsed(long index, Lead value) implements LeadItem {
        /**
         * @param index position in the input
         * @param value the lead
         * @throws NullPointerException if {@code value} is null
         */
        public Parsed {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<Lead> lead() {
            return Optional.of(value);
        }

        @Override
        public Optional<LeadError> error() {
            return Optional.empty();
        }
    }

    /**
     * A lead that could not be read.
     *
     * @param index position in the input
     * @param cause the lead (id when known), the JSON path and what was expected
     */
    record Failed(long index, LeadError cause) implements LeadItem {
        /**
         * @param index position in the input
         * @param cause the error
         * @throws NullPointerException if {@code cause} is null
         */
        public Failed {
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public Optional<Lead> lead() {
            return Optional.empty();
        }

        @Override
        public Optional<LeadError> error() {
            return Optional.of(cause);
        }
    }
}

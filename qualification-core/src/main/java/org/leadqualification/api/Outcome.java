package org.leadqualification.api;

import java.util.Objects;
import java.util.Optional;
import org.leadqualification.result.Qualification;

/**
 * What a batch yields for one input lead: a {@link Judged} result or a {@link Failed} error, never both, never
 * neither.
 */
public sealed interface Outcome permits Outcome.Judged, Outcome.Failed {

    /** @return the lead's zero-based position in its input */
    long index();

    /** @return the result, if the lead was judged */
    Optional<Qualification> qualification();

    /** @return the error, if the lead could not be judged */
    Optional<LeadError> error();

    /**
     * A judged lead.
     *
     * @param index  position in the input
     * @param result the judgement
     */
    record Judged(long index, Qualification result) implements Outcome {
        /** @throws NullPointerException if {@code result} is null */
        public Judged {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public Optional<Qualification> qualification() {
            return Optional.of(result);
        }

        @Override
        public Optional<LeadError> error() {
            return Optional.empty();
        }
    }

    /**
     * A lead that could not be read or judged.
     *
     * @param index position in the input
     * @param cause what went wrong
     */
    record Failed(long index, LeadError cause) implements Outcome {
        /** @throws NullPointerException if {@code cause} is null */
        public Failed {
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public Optional<Qualification> qualification() {
            return Optional.empty();
        }

        @Override
        public Optional<LeadError> error() {
            return Optional.of(cause);
        }
    }
}

package org.leadqualification.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What sales did with a lead handed over by marketing: who owns it, whether and when they accepted or rejected it,
 * and when they first touched it (a call, an e-mail, a meeting).
 *
 * @param owner           the sales person or team owning the lead
 * @param acceptedAt      when sales accepted the handoff
 * @param rejectedAt      when sales rejected the handoff (never together with {@code acceptedAt})
 * @param rejectionReason why sales rejected it; only with {@code rejectedAt}
 * @param firstTouchAt    when sales first touched the lead
 */
public record SalesFollowUp(Optional<String> owner, Optional<Instant> acceptedAt, Optional<Instant> rejectedAt,
                            Optional<String> rejectionReason, Optional<Instant> firstTouchAt) {

    /** Nothing known. */
    public static final SalesFollowUp EMPTY = new SalesFollowUp(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /**
     * Normalises and checks the follow-up.
     *
     * @throws IllegalArgumentException if both {@code acceptedAt} and {@code rejectedAt} are given, or a rejection
     *                                  reason is given without {@code rejectedAt}
     */
    public SalesFollowUp {
        owner = Checks.text(owner);
        acceptedAt = Checks.orEmpty(acceptedAt);
        rejectedAt = Checks.orEmpty(rejectedAt);
        rejectionReason = Checks.text(rejectionReason);
        firstTouchAt = Checks.orEmpty(firstTouchAt);
        if (acceptedAt.isPresent() && rejectedAt.isPresent()) {
            throw new IllegalArgumentException("acceptedAt and rejectedAt must not both be given, got acceptedAt "
                    + acceptedAt.get() + " and rejectedAt " + rejectedAt.get());
        }
        if (rejectionReason.isPresent() && rejectedAt.isEmpty()) {
            throw new IllegalArgumentException("rejectionReason requires rejectedAt, got rejectionReason \""
                    + rejectionReason.get() + "\" without it");
        }
    }

    /** @return the instant sales accepted or rejected the lead, whichever happened */
    public Optional<Instant> decidedAt() {
        return acceptedAt.or(() -> rejectedAt);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SalesFollowUp}. Not thread-safe. */
    public static final class Builder {
        private String owner;
        private Instant acceptedAt;
        private Instant rejectedAt;
        private String rejectionReason;
        private Instant firstTouchAt;

        private Builder() {
        }

        /** @param value the owner @return this builder */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /** @param value when sales accepted the lead @return this builder */
        public Builder acceptedAt(Instant value) {
            this.acceptedAt = value;
            return this;
        }

        /** @param value when sales rejected the lead @return this builder */
        public Builder rejectedAt(Instant value) {
            this.rejectedAt = value;
            return this;
        }

        /** @param value why sales rejected the lead @return this builder */
        public Builder rejectionReason(String value) {
            this.rejectionReason = value;
            return this;
        }

        /** @param value when sales first touched the lead @return this builder */
        public Builder firstTouchAt(Instant value) {
            this.firstTouchAt = value;
            return this;
        }

        /**
         * @return the follow-up
         * @throws IllegalArgumentException as {@link SalesFollowUp#SalesFollowUp} does
         */
        public SalesFollowUp build() {
            return new SalesFollowUp(Optional.ofNullable(owner), Optional.ofNullable(acceptedAt),
                    Optional.ofNullable(rejectedAt), Optional.ofNullable(rejectionReason),
                    Optional.ofNullable(firstTouchAt));
        }
    }
}

package org.leadqualification.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a lead ended, or that it has not ended yet. Named so as not to clash with
 * {@code org.leadqualification.api.Outcome} (a judged lead or an error).
 *
 * @param status     open, won or lost
 * @param at         when the deal was won or lost (required then); for an open deal, optionally when it was last
 *                   seen open
 * @param amount     the deal amount, {@code >= 0}: revenue when won, the expected value otherwise
 * @param lostReason why it was lost; only for {@link OutcomeStatus#LOST}
 */
public record DealOutcome(OutcomeStatus status, Optional<Instant> at, Optional<BigDecimal> amount,
                          Optional<String> lostReason) {

    /**
     * Normalises and checks the outcome.
     *
     * @throws NullPointerException     if {@code status} is null
     * @throws IllegalArgumentException if a won or lost outcome has no instant, the amount is negative, or a lost
     *                                  reason is given for a deal that is not lost
     */
    public DealOutcome {
        Objects.requireNonNull(status, "status must not be null");
        at = Checks.orEmpty(at);
        amount = Checks.nonNegativeAmount(amount, "amount");
        lostReason = Checks.text(lostReason);
        if (status.isClosed() && at.isEmpty()) {
            throw new IllegalArgumentException("at is required when status is " + status);
        }
        if (lostReason.isPresent() && status != OutcomeStatus.LOST) {
            throw new IllegalArgumentException("lostReason is only allowed when status is LOST, got status " + status);
        }
    }

    /** @return an open outcome with nothing else known */
    public static DealOutcome open() {
        return new DealOutcome(OutcomeStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param at     when the deal was won
     * @param amount the deal amount, {@code >= 0}
     * @return a won outcome
     */
    public static DealOutcome won(Instant at, BigDecimal amount) {
        return new DealOutcome(OutcomeStatus.WON, Optional.of(at), Optional.ofNullable(amount), Optional.empty());
    }

    /**
     * @param at     when the deal was lost
     * @param reason why, may be null
     * @return a lost outcome
     */
    public static DealOutcome lost(Instant at, String reason) {
        return new DealOutcome(OutcomeStatus.LOST, Optional.of(at), Optional.empty(), Optional.ofNullable(reason));
    }

    /** @return true if the deal was won */
    public boolean isWon() {
        return status == OutcomeStatus.WON;
    }

    /** @return true if the deal was lost */
    public boolean isLost() {
        return status == OutcomeStatus.LOST;
    }

    /** @return the instant the deal closed, when it is won or lost */
    public Optional<Instant> closedAt() {
        return status.isClosed() ? at : Optional.empty();
    }
}

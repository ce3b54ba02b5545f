package org.leadqualification.rules.facts;

import java.util.List;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountStage;

/**
 * What account rules write to: the DRL global {@code account}, one per account judged. Every call records a reason
 * named after the rule that is firing and naming the contacts it came from.
 *
 * <p>Declare it in an account rule file as {@code global org.leadqualification.rules.facts.AccountScorecard account;}.
 * Account scoring rules call {@link #add} or {@link #contact}; account classification rules (those that match
 * {@link AccountScores}) call {@link #qualify} and may not add points.
 *
 * <p>The engine implements this interface; rule authors only call it. A scorecard is confined to the thread
 * judging its account.
 */
public interface AccountScorecard {

    /**
     * Adds points to an account dimension. Zero points record nothing.
     *
     * @param dimension the dimension
     * @param points    whole points, negative to subtract
     * @param detail    what the rule saw, for a person; may be null
     * @param contacts  the lead ids the points came from (sorted by the engine); may be empty
     * @throws IllegalStateException if called from a classification rule
     */
    void add(AccountDimension dimension, int points, String detail, List<String> contacts);

    /**
     * Adds points that came from one contact.
     *
     * @param dimension the dimension
     * @param points    whole points
     * @param contact   the contact
     * @param detail    what the rule saw; may be null
     * @throws IllegalStateException if called from a classification rule
     */
    default void contact(AccountDimension dimension, int points, Contact contact, String detail) {
        add(dimension, points, detail, List.of(contact.id()));
    }

    /**
     * Records that the account meets a stage's criteria. The result's stage is the highest-precedence stage met.
     *
     * @param stage    the stage, not {@link AccountStage#COLD} (which holds when nothing else does)
     * @param detail   why, for a person; may be null
     * @param contacts the contacts that made it; may be empty
     * @throws IllegalArgumentException if {@code stage} is {@code COLD}
     */
    void qualify(AccountStage stage, String detail, List<String> contacts);
}

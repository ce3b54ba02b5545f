package org.leadqualification.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contribution to an account's result: the rule that made it, the dimension it scored on (absent for a reason
 * that only classifies), its points, a detail for a person and the contacts it came from.
 *
 * @param rule      the rule's name, as a sales or marketing person would read it
 * @param dimension the dimension the points went to; empty for reasons that only classify
 * @param points    whole points, may be negative
 * @param detail    what the rule saw, e.g. {@code DIRECTOR, MANAGER, VP}
 * @param contacts  the ids of the contacts (leads) the reason came from, sorted; empty when it came from the
 *                  account as a whole
 */
public record AccountReason(String rule, Optional<AccountDimension> dimension, int points, Optional<String> detail,
                            List<String> contacts) {

    /**
     * @throws NullPointerException     if {@code rule} or a contact is null
     * @throws IllegalArgumentException if {@code rule} is blank
     */
    public AccountReason {
        Objects.requireNonNull(rule, "rule must not be null");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        dimension = dimension == null ? Optional.empty() : dimension;
        detail = detail == null ? Optional.empty() : detail.filter(s -> !s.isBlank());
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}

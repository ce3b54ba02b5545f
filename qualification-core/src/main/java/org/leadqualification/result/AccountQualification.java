package org.leadqualification.result;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.api.LeadError;

/**
 * The judgement of one account (the leads of one company) as of an instant.
 *
 * @param accountId         the account's id: the leads' {@code accountId}, or their company's domain
 * @param asOf              the instant the account was judged at
 * @param stage             the stage that decides the next action: the highest-precedence stage among
 *                          {@code qualifications}, or {@link AccountStage#COLD}
 * @param score             the account score, 0..100
 * @param dimensions        the four account dimension scores
 * @param reasons           every contribution that made the result, each naming the contacts it came from
 * @param qualifications    every account stage whose criteria the account meets, in {@link AccountStage} order
 * @param recommendedAction one line for a person
 * @param contacts          the contacts' own results, sorted by lead id
 * @param contactErrors     the contacts that could not be judged, each with its error (its {@code index} is its
 *                          position in the account's contacts sorted by id); they count for nothing
 */
public record AccountQualification(String accountId, Instant asOf, AccountStage stage, int score,
                                   AccountDimensionScores dimensions, List<AccountReason> reasons,
                                   Set<AccountStage> qualifications, String recommendedAction,
                                   List<Qualification> contacts, List<LeadError> contactErrors) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code accountId} is blank or {@code score} is outside 0..100
     */
    public AccountQualification {
        Objects.requireNonNull(accountId, "accountId must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank");
        }
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be in 0..100, got " + score);
        }
        Objects.requireNonNull(dimensions, "dimensions must not be null");
        reasons = List.copyOf(reasons);
        qualifications = qualifications.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(qualifications));
        Objects.requireNonNull(recommendedAction, "recommendedAction must not be null");
        contacts = List.copyOf(contacts);
        contactErrors = List.copyOf(contactErrors);
    }

    /**
     * @param rule a rule name
     * @return true if that rule contributed a reason
     */
    public boolean firedRule(String rule) {
        for (AccountReason r : reasons) {
            if (r.rule().equals(rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param leadId a contact's lead id
     * @return that contact's own result, if it was judged
     */
    public Optional<Qualification> contact(String leadId) {
        for (Qualification q : contacts) {
            if (q.leadId().equals(leadId)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}

package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.checkField;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountStage;

/**
 * The profile's {@code account} section: every number of the account rules ({@code account.drl}), read through the
 * DRL global {@code profile} as {@code profile.account()}. Account fit reuses the lead profile's {@code fit} tables
 * (industries, size and revenue bands, countries, funding), counted once per account; free-mail domains
 * ({@code fit.freeMail}) never name an account.
 *
 * @param normalisation  raw points at which each account dimension reaches 100
 * @param weights        weight of each account dimension in the account score; they sum to 100
 * @param engagedContact when a contact counts as engaged
 * @param engagement     how contacts' engagement adds up
 * @param committee      buying-committee coverage
 * @param intent         account intent
 * @param classification the account stage criteria
 * @param actions        the recommended action per account stage; every stage has one
 * @param contactRouting whether contacts' results reflect their account
 * @param rules          built-in account rules (or {@code account.drl}) switched off
 */
public record AccountProfile(AccountValues normalisation, AccountValues weights, EngagedContact engagedContact,
                             AccountEngagement engagement, Committee committee, AccountIntent intent,
                             AccountClassification classification, Map<AccountStage, String> actions,
                             ContactRouting contactRouting, RuleSwitches rules) {

    /**
     * Copies and checks the section.
     *
     * @throws IllegalArgumentException if a normalisation is not positive, the weights do not sum to 100 or a stage
     *                                  has no action
     */
    public AccountProfile {
        Objects.requireNonNull(normalisation, "account.normalisation");
        Objects.requireNonNull(weights, "account.weights");
        Objects.requireNonNull(engagedContact, "account.engagedContact");
        Objects.requireNonNull(engagement, "account.engagement");
        Objects.requireNonNull(committee, "account.committee");
        Objects.requireNonNull(intent, "account.intent");
        Objects.requireNonNull(classification, "account.classification");
        Objects.requireNonNull(contactRouting, "account.contactRouting");
        actions = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(actions, "account.actions")));
        rules = Objects.requireNonNullElse(rules, RuleSwitches.NONE);
        for (AccountDimension d : AccountDimension.values()) {
            checkField("account.normalisation." + d.jsonName(), normalisation.get(d) > 0,
                    "account.normalisation.%s must be > 0, got %s", d.jsonName(), normalisation.get(d));
        }
        int sum = weights.fit() + weights.engagement() + weights.committee() + weights.intent();
        checkField("account.weights", sum == 100, "account.weights must sum to 100, got %s", sum);
        for (AccountStage s : AccountStage.values()) {
            checkField("account.actions." + s, actions.containsKey(s) && !actions.get(s).isBlank(),
                    "account.actions.%s must be given", s);
        }
    }

    /**
     * @param stage an account stage
     * @return its recommended action
     */
    public String actionFor(AccountStage stage) {
        return actions.get(stage);
    }
}

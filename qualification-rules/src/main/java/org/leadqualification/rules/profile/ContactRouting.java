package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Objects;
import org.leadqualification.model.Seniority;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.Stage;

/**
 * The profile's {@code account.contactRouting}: whether a contact's own result reflects its account. When on, a
 * contact of one of {@code seniorities} whose own stage is one of {@code fromStages}, at an account whose stage is
 * one of {@code accountStages}, is moved to {@code stage} with a reason "Routed with its account" and that stage's
 * recommended action (e.g. a manager at an account-qualified company is handed to sales with the account).
 *
 * @param enabled       whether contacts are routed with their account (default false: contacts keep their own
 *                      results)
 * @param accountStages account stages that route contacts
 * @param fromStages    contact stages that may be moved
 * @param seniorities   contact seniorities that may be moved
 * @param stage         the stage a routed contact gets
 */
public record ContactRouting(boolean enabled, List<AccountStage> accountStages, List<Stage> fromStages,
                             List<Seniority> seniorities, Stage stage) {
    /** Copies the lists. */
    public ContactRouting {
        accountStages = List.copyOf(accountStages);
        fromStages = List.copyOf(fromStages);
        seniorities = List.copyOf(seniorities);
        Objects.requireNonNull(stage, "stage");
    }
}

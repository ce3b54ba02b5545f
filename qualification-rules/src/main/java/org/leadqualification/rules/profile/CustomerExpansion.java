package org.leadqualification.rules.profile;

import java.util.List;
import org.leadqualification.result.Stage;

/**
 * The profile's {@code account.classification.customerExpansion}: an account with a contact at one of these stages
 * (by default {@code SERVICE_QUALIFIED}: an existing customer with a recent upgrade or add-on signal).
 *
 * @param contactStages contact stages that make the account a customer expansion
 */
public record CustomerExpansion(List<Stage> contactStages) {
    /** Copies the list. */
    public CustomerExpansion {
        contactStages = List.copyOf(contactStages);
    }
}

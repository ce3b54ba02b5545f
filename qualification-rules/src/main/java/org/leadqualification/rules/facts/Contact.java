package org.leadqualification.rules.facts;

import java.util.Objects;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/**
 * An account fact: one contact of the account, judged on its own by the lead rules. The account engine inserts one
 * per contact that could be judged.
 *
 * <p>Account rules match it, e.g. {@code Contact(engaged, engagementRank <= 3)}, and credit it with
 * {@code account.contact(AccountDimension.ENGAGEMENT, points, $c, detail)}.
 *
 * @param lead           the contact's lead
 * @param result         the contact's own result
 * @param engaged        whether the contact counts as engaged (profile {@code account.engagedContact}); never when
 *                       disqualified
 * @param engagementRank the contact's place among the account's contacts that are not disqualified, by engagement
 *                       score, 1 for the most engaged; ties go to the smaller lead id; 0 for a disqualified contact
 * @param intentRank     the same by intent score
 */
public record Contact(Lead lead, Qualification result, boolean engaged, int engagementRank, int intentRank) {

    /** @throws NullPointerException if the lead or result is null */
    public Contact {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(result, "result");
    }

    /** @return the contact's lead id */
    public String id() {
        return lead.id();
    }

    /** @return the contact's own stage */
    public Stage stage() {
        return result.stage();
    }

    /** @return the contact's engagement score, 0..100 */
    public int engagement() {
        return result.dimensions().engagement();
    }

    /** @return the contact's intent score, 0..100 */
    public int intent() {
        return result.dimensions().intent();
    }
}

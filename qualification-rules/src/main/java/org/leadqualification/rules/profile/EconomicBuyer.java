package org.leadqualification.rules.profile;

import java.util.List;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Seniority;

/**
 * The profile's {@code account.committee.economicBuyer}: who can sign. An engaged contact of one of these
 * seniorities, or whose BANT authority is one of these, is the account's economic buyer.
 *
 * @param points      points when the account has an engaged economic buyer
 * @param seniorities seniorities that can sign
 * @param authorities BANT authority answers that can sign
 */
public record EconomicBuyer(int points, List<Seniority> seniorities, List<Authority> authorities) {
    /** Copies the lists. */
    public EconomicBuyer {
        seniorities = List.copyOf(seniorities);
        authorities = List.copyOf(authorities);
    }
}

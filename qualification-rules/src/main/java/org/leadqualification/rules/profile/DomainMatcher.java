package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leadqualification.model.Lead;

/** Matches a lead's e-mail and company domains against a list of domains, subdomains included, ignoring case. */
final class DomainMatcher {
    private DomainMatcher() {
    }

    /**
     * @param domains the listed domains, e.g. competitors'
     * @param lead    a lead
     * @return the lead's e-mail domain when it is listed, else its company domain (lower case) when that is, else
     *         empty
     */
    static Optional<String> domainOf(List<String> domains, Lead lead) {
        String email = lead.person().emailDomain().orElse(null);
        if (matches(domains, email)) {
            return Optional.of(email);
        }
        String company = lead.company().domain().orElse(null);
        return matches(domains, company) ? Optional.of(company.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** @return true if {@code domain} is one of {@code domains} or a subdomain of one */
    static boolean matches(List<String> domains, String domain) {
        if (domain == null) {
            return false;
        }
        for (String c : domains) {
            int start = domain.length() - c.length();
            if (start == 0 && domain.equalsIgnoreCase(c)
                    || start > 0 && domain.charAt(start - 1) == '.' && domain.regionMatches(true, start, c, 0,
                    c.length())) {
                return true;
            }
        }
        return false;
    }
}

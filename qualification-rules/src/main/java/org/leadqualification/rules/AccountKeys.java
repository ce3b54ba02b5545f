package org.leadqualification.rules;

import java.util.Locale;
import java.util.Optional;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * Which account a lead belongs to: its {@code accountId}; else its company's domain; else its e-mail's domain. A
 * free-mail domain (the profile's {@code fit.freeMail}, the one list the fit rules use too) never names an account.
 * Domains are compared in lower case without a leading {@code www.}.
 */
final class AccountKeys {
    private AccountKeys() {
    }

    static Optional<String> accountOf(Lead lead, ScoringProfile profile) {
        if (lead.accountId().isPresent()) {
            return lead.accountId().map(String::strip);
        }
        Optional<String> company = lead.company().domain().map(AccountKeys::normalise).filter(d -> !d.isEmpty());
        if (company.isPresent()) {
            return company.filter(d -> !profile.fit().freeMail().matches(d));
        }
        return lead.person().emailDomain().map(AccountKeys::normalise)
                .filter(d -> !d.isEmpty() && !profile.fit().freeMail().matches(d));
    }

    static String normalise(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("www.") ? d.substring(4) : d;
    }
}

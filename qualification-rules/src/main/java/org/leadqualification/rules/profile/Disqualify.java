package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Optional;
import org.leadqualification.model.Lead;

/**
 * The profile's {@code classification.disqualify}: disqualifying lists; matching ignores case.
 *
 * @param competitorDomains  e-mail or company domains of competitors
 * @param excludedCountries  countries not served
 * @param excludedIndustries industries not served
 */
public record Disqualify(List<String> competitorDomains, List<String> excludedCountries,
                         List<String> excludedIndustries) {
    /** Copies the lists. */
    public Disqualify {
        competitorDomains = List.copyOf(competitorDomains);
        excludedCountries = List.copyOf(excludedCountries);
        excludedIndustries = List.copyOf(excludedIndustries);
    }

    /**
     * @param lead a lead
     * @return the lead's e-mail domain when it is a competitor's (subdomains included), else its company domain
     *         (lower case) when that is, else empty
     */
    public Optional<String> competitorDomainOf(Lead lead) {
        return DomainMatcher.domainOf(competitorDomains, lead);
    }

    /**
     * @param country an ISO country code, may be null
     * @return true if the country is not served
     */
    public boolean isExcludedCountry(String country) {
        return ProfileChecks.containsIgnoreCase(excludedCountries, country);
    }

    /**
     * @param industry an industry, may be null
     * @return true if the industry is not served
     */
    public boolean isExcludedIndustry(String industry) {
        return ProfileChecks.containsIgnoreCase(excludedIndustries, industry);
    }
}

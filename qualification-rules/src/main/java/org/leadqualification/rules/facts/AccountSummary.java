package org.leadqualification.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.model.Company;

/**
 * An account fact: what the account's contacts add up to, folded in plain Java before the account rules fire. One
 * per account. Every list of contacts is a list of lead ids, sorted; every map is sorted by key, so nothing depends
 * on the order the contacts came in.
 *
 * @param accountId          the account
 * @param contacts           how many contacts were judged
 * @param engagedContacts    the engaged contacts (profile {@code account.engagedContact})
 * @param disqualified       the contacts whose own stage is {@code DISQUALIFIED}
 * @param company            the account's company: the most complete company among the contacts (most fields
 *                           known; ties to the smaller lead id)
 * @param companyFrom        the contact the company was taken from
 * @param seniorities        seniorities of the engaged contacts, each with its contacts
 * @param departments        departments (upper case) of the engaged contacts, each with its contacts
 * @param economicBuyers     engaged contacts who can sign (profile {@code account.committee.economicBuyer})
 * @param bant               BANT parts ({@code budget}, {@code authority}, {@code need}, {@code timeline}) answered
 *                           positively (profile {@code classification.sql.positiveBant}) by some contact, each with
 *                           those contacts
 * @param handRaisers        contacts with a hand-raise ({@code classification.sql.handRaiseTypes}) within
 *                           {@code account.intent.handRaise.recentDays}
 * @param latestHandRaise    the latest of those hand-raises, as {@code TYPE instant}
 * @param customers          contacts with a customer record
 * @param expansionContacts  contacts at a stage of {@code account.classification.customerExpansion.contactStages}
 */
public record AccountSummary(String accountId, int contacts, List<String> engagedContacts, List<String> disqualified,
                             Company company, Optional<String> companyFrom, Map<String, List<String>> seniorities,
                             Map<String, List<String>> departments, List<String> economicBuyers,
                             Map<String, List<String>> bant, List<String> handRaisers,
                             Optional<String> latestHandRaise, List<String> customers, List<String> expansionContacts) {

    /** Copies the lists and maps (the maps keep their order, sorted by the engine). */
    public AccountSummary {
        Objects.requireNonNull(accountId, "accountId");
        engagedContacts = List.copyOf(engagedContacts);
        disqualified = List.copyOf(disqualified);
        Objects.requireNonNull(company, "company");
        seniorities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(seniorities));
        departments = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(departments));
        economicBuyers = List.copyOf(economicBuyers);
        bant = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bant));
        handRaisers = List.copyOf(handRaisers);
        customers = List.copyOf(customers);
        expansionContacts = List.copyOf(expansionContacts);
    }

    /** @return how many contacts are engaged */
    public int engagedCount() {
        return engagedContacts.size();
    }

    /** @return true when every contact (at least one) is disqualified */
    public boolean allDisqualified() {
        return contacts > 0 && disqualified.size() == contacts;
    }

    /** @return the contact the company was taken from, as a list (empty when no contact names a company) */
    public List<String> companyContacts() {
        return companyFrom.stream().toList();
    }

    /**
     * @param part {@code budget}, {@code authority}, {@code need} or {@code timeline}
     * @return the contacts that answered it positively, sorted; empty when none did
     */
    public List<String> bantBy(String part) {
        return bant.getOrDefault(part, List.of());
    }

    /** @return the engaged seniorities, joined with commas */
    public String seniorityNames() {
        return String.join(", ", seniorities.keySet());
    }

    /** @return the engaged departments, joined with commas */
    public String departmentNames() {
        return String.join(", ", departments.keySet());
    }

    /**
     * @param values a map of this summary's, e.g. {@link #seniorities()}
     * @return every contact named in it, sorted, each once
     */
    public static List<String> contactsOf(Map<String, List<String>> values) {
        return values.values().stream().flatMap(List::stream).distinct().sorted().toList();
    }
}

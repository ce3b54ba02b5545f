package org.leadqualification.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.leadqualification.json.internal.Instants;
import org.leadqualification.model.Company;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.facts.AccountSummary;
import org.leadqualification.rules.facts.Contact;
import org.leadqualification.rules.profile.AccountProfile;
import org.leadqualification.rules.profile.PositiveBant;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The account pre-pass, plain Java: the judged contacts become {@link Contact} facts (with their engagement and
 * intent ranks) and one {@link AccountSummary}. Contacts come sorted by lead id, and every tie is broken by lead id,
 * so the facts do not depend on the order the contacts came in. Stateless.
 */
final class AccountFolder {
    private final ScoringProfile profile;
    private final AccountProfile account;

    AccountFolder(ScoringProfile profile) {
        this.profile = profile;
        this.account = profile.account();
    }

    /** A judged contact: its lead and its result. */
    record Judged(Lead lead, Qualification result) {
    }

    /**
     * The folded account.
     *
     * @param contacts one fact per judged contact, sorted by lead id
     * @param summary  what they add up to
     */
    record Folded(List<Contact> contacts, AccountSummary summary) {
    }

    /** @param judged the account's judged contacts, sorted by lead id */
    Folded fold(String accountId, List<Judged> judged, Instant asOf) {
        int n = judged.size();
        int[] engagementRank = ranks(judged, j -> j.result().dimensions().engagement());
        int[] intentRank = ranks(judged, j -> j.result().dimensions().intent());
        List<Contact> contacts = new ArrayList<>(n);
        List<String> engaged = new ArrayList<>();
        List<String> disqualified = new ArrayList<>();
        Map<String, List<String>> seniorities = new TreeMap<>();
        Map<String, List<String>> departments = new TreeMap<>();
        List<String> buyers = new ArrayList<>();
        Map<String, List<String>> bant = new TreeMap<>();
        List<String> handRaisers = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        List<String> expansion = new ArrayList<>();
        Instant latestAt = null;
        String latest = null;
        Company company = Company.EMPTY;
        String companyFrom = null;
        int companyFields = 0;
        PositiveBant positive = profile.classification().sql().positiveBant();
        for (int i = 0; i < n; i++) {
            Lead lead = judged.get(i).lead();
            Qualification q = judged.get(i).result();
            String id = lead.id();
            boolean isEngaged = isEngaged(q);
            contacts.add(new Contact(lead, q, isEngaged, engagementRank[i], intentRank[i]));
            if (q.stage() == Stage.DISQUALIFIED) {
                disqualified.add(id);
            }
            int fields = fields(lead.company());
            if (fields > companyFields) {      // strictly more: ties keep the smaller id (contacts are sorted)
                company = lead.company();
                companyFrom = id;
                companyFields = fields;
            }
            if (lead.customer().isPresent()) {
                customers.add(id);
            }
            if (account.classification().customerExpansion().contactStages().contains(q.stage())) {
                expansion.add(id);
            }
            // BANT counts whoever said it, engaged or not: what sales learned about the account stays true.
            if (q.stage() != Stage.DISQUALIFIED) {
                if (positive.budget().contains(lead.bant().budget())) {
                    bant.computeIfAbsent("budget", k -> new ArrayList<>()).add(id);
                }
                if (positive.authority().contains(lead.bant().authority())) {
                    bant.computeIfAbsent("authority", k -> new ArrayList<>()).add(id);
                }
                if (positive.need().contains(lead.bant().need())) {
                    bant.computeIfAbsent("need", k -> new ArrayList<>()).add(id);
                }
                if (positive.timeline().contains(lead.bant().timeline())) {
                    bant.computeIfAbsent("timeline", k -> new ArrayList<>()).add(id);
                }
                for (Interaction in : lead.interactions()) {
                    if (in.at().isAfter(asOf)
                            || !profile.classification().sql().handRaiseTypes().contains(in.type())
                            || Duration.between(in.at(), asOf).toDays() > account.intent().handRaise().recentDays()) {
                        continue;
                    }
                    if (handRaisers.isEmpty() || !handRaisers.get(handRaisers.size() - 1).equals(id)) {
                        handRaisers.add(id);
                    }
                    String text = in.type() + " " + Instants.format(in.at()) + " (" + id + ")";
                    if (latestAt == null || in.at().isAfter(latestAt)
                            || in.at().equals(latestAt) && text.compareTo(latest) < 0) {
                        latestAt = in.at();
                        latest = text;
                    }
                }
            }
            if (!isEngaged) {
                continue;
            }
            engaged.add(id);
            lead.person().seniority().ifPresent(s -> seniorities.computeIfAbsent(s.name(), k -> new ArrayList<>())
                    .add(id));
            lead.person().department().map(d -> d.strip().toUpperCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                    .ifPresent(d -> departments.computeIfAbsent(d, k -> new ArrayList<>()).add(id));
            boolean buyer = lead.person().seniority().map(account.committee().economicBuyer().seniorities()::contains)
                    .orElse(false) || account.committee().economicBuyer().authorities().contains(lead.bant().authority());
            if (buyer) {
                buyers.add(id);
            }
        }
        AccountSummary summary = new AccountSummary(accountId, n, engaged, disqualified, company,
                Optional.ofNullable(companyFrom), seniorities, departments, buyers, bant, handRaisers,
                Optional.ofNullable(latest), customers, expansion);
        return new Folded(contacts, summary);
    }

    boolean isEngaged(Qualification q) {
        return q.stage() != Stage.DISQUALIFIED
                && (q.dimensions().engagement() >= account.engagedContact().minEngagement()
                || q.dimensions().intent() >= account.engagedContact().minIntent());
    }

    /** Ranks 1.. of the contacts that are not disqualified, highest value first, ties to the smaller id; 0 else. */
    private static int[] ranks(List<Judged> judged, java.util.function.ToIntFunction<Judged> value) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            if (judged.get(i).result().stage() != Stage.DISQUALIFIED) {
                order.add(i);
            }
        }
        // Contacts are sorted by id, so an index order is an id order.
        order.sort(Comparator.<Integer>comparingInt(i -> -value.applyAsInt(judged.get(i))).thenComparingInt(i -> i));
        int[] rank = new int[judged.size()];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r + 1;
        }
        return rank;
    }

    private static int fields(Company c) {
        return (c.name().isPresent() ? 1 : 0) + (c.domain().isPresent() ? 1 : 0) + (c.industry().isPresent() ? 1 : 0)
                + (c.employees().isPresent() ? 1 : 0) + (c.annualRevenue().isPresent() ? 1 : 0)
                + (c.country().isPresent() ? 1 : 0) + (c.fundingRaised().isPresent() ? 1 : 0);
    }
}

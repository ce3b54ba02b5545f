package org.leadqualification.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Channel;
import org.leadqualification.model.Company;
import org.leadqualification.model.CustomerAccount;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.ProductPlan;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;

/** Varied leads from a seeded {@link Random}: the same seed always gives the same leads. */
final class RandomLeads {
    static final List<String> TYPES = List.of("PAGE_VIEW", "BLOG_VIEW", "CONTENT_DOWNLOAD", "NEWSLETTER_SIGNUP",
            "EMAIL_OPEN", "EMAIL_CLICK", "EMAIL_REPLY", "SOCIAL_FOLLOW", "SOCIAL_ENGAGEMENT", "WEBINAR_REGISTERED",
            "WEBINAR_ATTENDED", "EVENT_ATTENDED", "CHAT_CONVERSATION", "FORM_SUBMIT", "TOOL_USED",
            "PRICING_PAGE_VIEW", "CASE_STUDY_VIEW", "COMPARISON_PAGE_VIEW", "DEMO_REQUEST", "DEMO_ATTENDED",
            "MEETING_BOOKED", "CONTACT_SALES", "PRICING_INQUIRY", "QUOTE_REQUEST", "REFERRAL", "FREE_TRIAL_START",
            "PRODUCT_LOGIN", "FEATURE_ACTIVATED", "TEAMMATE_INVITED", "USAGE_LIMIT_REACHED", "UPGRADE_PAGE_VIEW",
            "UPGRADE_INQUIRY", "ADD_ON_INTEREST", "SUPPORT_TICKET", "EMAIL_BOUNCE", "UNSUBSCRIBE", "SPAM_COMPLAINT",
            "NOT_INTERESTED", "CAREERS_PAGE_VIEW", "PODCAST_LISTENED");
    private static final List<String> INDUSTRIES = List.of("SOFTWARE", "SAAS", "MINING", "RETAIL", "GAMBLING",
            "FINANCIAL_SERVICES", "EDUCATION");
    private static final List<String> COUNTRIES = List.of("US", "BR", "DE", "JP", "IN", "KP", "GB", "NG");
    private static final List<String> DEPARTMENTS = List.of("MARKETING", "SALES", "FINANCE", "ENGINEERING", "HR");
    private static final List<String> TITLES = List.of("Head of Marketing", "CTO", "Sales Manager", "Intern",
            "Growth Lead", "Accountant");
    private static final List<String> EMAILS = List.of("ana@acme.example", "bob@gmail.com", "test@acme.io",
            "cio@hubspot.com", "x@globex.example");
    private static final List<String> SOURCES = List.of("WEBINAR", "DIRECT_INQUIRY", "ORGANIC_SEARCH", "EVENT");
    private static final List<String> FEATURES = List.of("INTEGRATIONS", "REPORTS", "API", "WORKFLOWS");

    private final Random random;
    private final Instant asOf;

    RandomLeads(long seed, Instant asOf) {
        this.random = new Random(seed);
        this.asOf = asOf;
    }

    List<Lead> leads(int count) {
        List<Lead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leads.add(lead("R-" + i, random.nextInt(40)));
        }
        return leads;
    }

    Lead lead(String id, int interactions) {
        Lead.Builder b = Lead.builder(id).source(maybe(SOURCES));
        if (random.nextInt(4) > 0) {
            b.createdAt(ago(random.nextInt(400)));
        }
        b.person(Person.builder().firstName("P" + random.nextInt(100)).email(maybe(EMAILS))
                .phone(random.nextBoolean() ? "+1 555 " + (1000 + random.nextInt(9000)) : null)
                .jobTitle(maybe(TITLES)).department(maybe(DEPARTMENTS)).country(maybe(COUNTRIES))
                .seniority(random.nextInt(5) == 0 ? null : pick(List.of(Seniority.values()))).build());
        Company.Builder c = Company.builder().industry(maybe(INDUSTRIES)).country(maybe(COUNTRIES));
        if (random.nextBoolean()) {
            c.employees(random.nextInt(20_000));
        }
        if (random.nextBoolean()) {
            c.annualRevenue((long) random.nextInt(1_000_000) * 1_000L);
        }
        if (random.nextInt(3) == 0) {
            c.fundingRaised(random.nextInt(5_000_000));
        }
        b.company(c.build());
        b.bant(new Bant(pick(List.of(Budget.values())), pick(List.of(Authority.values())),
                pick(List.of(Need.values())), pick(List.of(Timeline.values()))));
        for (int i = 0; i < interactions; i++) {
            b.interaction(interaction());
        }
        if (random.nextInt(3) == 0) {
            List<String> features = FEATURES.subList(0, random.nextInt(FEATURES.size() + 1));
            b.product(new ProductUsage(pick(List.of(ProductPlan.values())), Optional.of(ago(random.nextInt(60))),
                    OptionalInt.of(random.nextInt(20)), OptionalInt.of(random.nextInt(6)), features,
                    random.nextBoolean()));
        }
        if (random.nextInt(5) == 0) {
            b.customer(new CustomerAccount(Optional.of("STARTER"), Optional.of(ago(600)),
                    Optional.of(BigDecimal.valueOf(random.nextInt(2000)))));
        }
        return b.build();
    }

    Interaction interaction() {
        Instant at = random.nextInt(20) == 0
                ? asOf.plus(Duration.ofHours(1 + random.nextInt(100)))   // after the as-of instant: ignored
                : ago(random.nextInt(400)).plusSeconds(random.nextInt(86_400));
        if (at.isAfter(asOf) && random.nextBoolean()) {
            at = asOf;
        }
        Interaction i = Interaction.of(pick(TYPES), at, pick(List.of(Channel.values())));
        return random.nextInt(4) == 0 ? i.withDetail("asset-" + random.nextInt(10)) : i;
    }

    private Instant ago(int days) {
        return asOf.minus(Duration.ofDays(days));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T maybe(List<T> values) {
        return random.nextInt(4) == 0 ? null : pick(values);
    }
}

package org.leadqualification.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
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

/**
 * Generates realistic leads from a fixed seed: the same seed and parameters always give the same leads, in the same
 * order. Each lead is drawn from an archetype (cold contact, nurtured marketing lead, hand-raiser, trial user,
 * existing customer, bad data or a lead to disqualify) with its own fit, BANT, product and customer data, and
 * interactions spread over the {@value #HISTORY_DAYS} days before {@link #AS_OF} (a few a day after it, as clock skew
 * gives). With the default profile the mix reaches every stage.
 *
 * <p>Not thread-safe: one generator per thread.
 */
public final class LeadGenerator {
    /** The fixed instant generated leads are meant to be judged at. */
    public static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    /** How far back interactions go, in days. */
    public static final int HISTORY_DAYS = 200;
    private static final long DAY = 86_400L;

    private static final String[] FIRST = {"Ana", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Gustav", "Hana",
            "Ivan", "Julia", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomoko"};
    private static final String[] LAST = {"Silva", "Schmidt", "Wang", "Okafor", "Novak", "Garcia", "Berg", "Tanaka",
            "Smith", "Dubois", "Rossi", "Kowalski", "Haddad", "Jensen", "Murphy", "Costa"};
    private static final String[] FAKE_FIRST = {"test", "asdf", "Mickey", "foo", "John"};
    private static final String[] FAKE_LAST = {"test", "qwerty", "Mouse", "bar", "Doe"};
    private static final String[] TITLES = {"Head of Marketing", "VP Sales", "Marketing Manager", "CRM Specialist",
            "Growth Lead", "Software Engineer", "CFO", "Revenue Operations Analyst", "Demand Generation Director",
            "Office Manager", "Student", "Chief Executive Officer", "Data Scientist", "Sales-Ops Coordinator"};
    private static final String[] DEPARTMENTS = {"MARKETING", "SALES", "REVENUE_OPERATIONS", "GROWTH", "ENGINEERING",
            "FINANCE", "HR", "operations", "marketing"};
    private static final String[] INDUSTRIES = {"SOFTWARE", "SAAS", "INTERNET", "FINANCIAL_SERVICES",
            "TELECOMMUNICATIONS", "MARKETING_SERVICES", "RETAIL", "MANUFACTURING", "HEALTHCARE", "EDUCATION",
            "software", "GAMBLING", "WEAPONS"};
    private static final String[] COUNTRIES = {"US", "US", "US", "GB", "DE", "FR", "BR", "CA", "NL", "AU", "IN", "JP",
            "CN", "ZA", "SE", "MX", "us", "KP", "IR"};
    private static final String[] COMPANY_WORDS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay",
            "Stark", "Wayne", "Tyrell", "Soylent", "Cyberdyne", "Wonka", "Aperture", "Massive", "Pied Piper"};
    private static final String[] FREE_MAIL = {"gmail.com", "yahoo.com", "outlook.com", "gmx.de", "proton.me"};
    private static final String[] COMPETITORS = {"hubspot.com", "eu.salesforce.com", "zoho.com"};
    private static final String[] SOURCES = {"WEBINAR", "ORGANIC_SEARCH", "PAID_SOCIAL", "EMAIL", "REFERRAL",
            "DIRECT_INQUIRY", "EVENT", "PARTNER"};
    private static final String[] FEATURES = {"INTEGRATIONS", "REPORTS", "AUTOMATION", "API", "DASHBOARDS",
            "WORKFLOWS"};

    /** Interaction types by kind, for the archetypes to draw from. */
    private static final String[] AWARENESS = {"PAGE_VIEW", "PAGE_VIEW", "PAGE_VIEW", "BLOG_VIEW", "BLOG_VIEW",
            "CONTENT_DOWNLOAD", "NEWSLETTER_SIGNUP", "EMAIL_OPEN", "EMAIL_OPEN", "EMAIL_CLICK", "EMAIL_REPLY",
            "SOCIAL_FOLLOW", "SOCIAL_ENGAGEMENT", "WEBINAR_REGISTERED", "WEBINAR_ATTENDED", "EVENT_ATTENDED",
            "CHAT_CONVERSATION", "FORM_SUBMIT", "TOOL_USED"};
    private static final String[] INTENT = {"PRICING_PAGE_VIEW", "PRICING_PAGE_VIEW", "CASE_STUDY_VIEW",
            "COMPARISON_PAGE_VIEW", "DEMO_ATTENDED", "REFERRAL"};
    private static final String[] HAND_RAISE = {"DEMO_REQUEST", "MEETING_BOOKED", "CONTACT_SALES",
            "PRICING_INQUIRY", "QUOTE_REQUEST"};
    private static final String[] PRODUCT = {"PRODUCT_LOGIN", "PRODUCT_LOGIN", "PRODUCT_LOGIN", "FEATURE_ACTIVATED",
            "TEAMMATE_INVITED", "USAGE_LIMIT_REACHED", "UPGRADE_PAGE_VIEW"};
    private static final String[] CUSTOMER = {"SUPPORT_TICKET", "SUPPORT_TICKET", "PRODUCT_LOGIN",
            "UPGRADE_PAGE_VIEW", "ADD_ON_INTEREST", "UPGRADE_INQUIRY"};
    private static final String[] NEGATIVE = {"EMAIL_BOUNCE", "UNSUBSCRIBE", "SPAM_COMPLAINT", "NOT_INTERESTED",
            "CAREERS_PAGE_VIEW"};
    /** Types the built-in rules do not know: a team's own vocabulary. */
    private static final String[] CUSTOM = {"PODCAST_LISTENED", "PARTNER_INTRO", "SURVEY_ANSWERED"};

    private enum Archetype { COLD, NURTURE, HAND_RAISER, TRIAL, CUSTOMER, NEGATIVE, BAD_DATA }

    private final SplittableRandom random;
    private final int interactions;
    private final boolean varying;
    private long next;

    /**
     * A generator whose leads have exactly {@code interactionsPerLead} interactions each.
     *
     * @param seed                the seed
     * @param interactionsPerLead interactions per lead, {@code >= 0}
     * @throws IllegalArgumentException if {@code interactionsPerLead} is negative
     */
    public LeadGenerator(long seed, int interactionsPerLead) {
        this(seed, interactionsPerLead, false);
    }

    private LeadGenerator(long seed, int interactionsPerLead, boolean varying) {
        if (interactionsPerLead < 0) {
            throw new IllegalArgumentException("interactionsPerLead must be >= 0, got " + interactionsPerLead);
        }
        this.random = new SplittableRandom(seed);
        this.interactions = interactionsPerLead;
        this.varying = varying;
    }

    /**
     * A generator whose leads have between 0 and {@code 2 * meanInteractions} interactions (uniformly).
     *
     * @param seed             the seed
     * @param meanInteractions mean interactions per lead, {@code >= 0}
     * @return the generator
     */
    public static LeadGenerator varying(long seed, int meanInteractions) {
        return new LeadGenerator(seed, meanInteractions, true);
    }

    /**
     * @param count how many leads
     * @return the next {@code count} leads
     */
    public List<Lead> leads(int count) {
        List<Lead> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /** @return the next lead; ids are {@code L-1}, {@code L-2}, ... */
    public Lead next() {
        next++;
        Archetype a = archetype();
        int n = varying ? random.nextInt(2 * interactions + 1) : interactions;
        Lead.Builder b = Lead.builder("L-" + next);
        if (chance(0.9)) {
            b.source(a == Archetype.HAND_RAISER && chance(0.4) ? "DIRECT_INQUIRY" : pick(SOURCES));
        }
        if (chance(0.85)) {
            b.createdAt(daysAgo(a == Archetype.COLD ? 60 + random.nextInt(HISTORY_DAYS + 60)
                    : random.nextInt(a == Archetype.HAND_RAISER ? 45 : HISTORY_DAYS)));
        }
        String domain = companyDomain();
        b.person(person(a, domain));
        b.company(company(a, domain));
        b.bant(bant(a));
        if (a == Archetype.TRIAL || a == Archetype.CUSTOMER && chance(0.3) || chance(0.05)) {
            b.product(product(a));
        }
        if (a == Archetype.CUSTOMER || chance(0.03)) {
            b.customer(new CustomerAccount(Optional.of(chance(0.5) ? "STARTER" : "PRO"),
                    Optional.of(daysAgo(200 + random.nextInt(900))),
                    Optional.of(BigDecimal.valueOf(50 + random.nextInt(5000)))));
        }
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(interaction(a, i));
        }
        // Signals put first are the archetype's key ones; shuffle so input order carries no meaning.
        Collections.shuffle(list, new java.util.Random(random.nextLong()));
        b.interactions(list);
        if (chance(0.2)) {
            b.attribute("campaign", "q" + (1 + random.nextInt(4)) + "-" + pick(SOURCES).toLowerCase());
        }
        return b.build();
    }

    private Archetype archetype() {
        double r = random.nextDouble();
        if (r < 0.25) {
            return Archetype.COLD;
        } else if (r < 0.50) {
            return Archetype.NURTURE;
        } else if (r < 0.65) {
            return Archetype.HAND_RAISER;
        } else if (r < 0.77) {
            return Archetype.TRIAL;
        } else if (r < 0.87) {
            return Archetype.CUSTOMER;
        } else if (r < 0.95) {
            return Archetype.NEGATIVE;
        }
        return Archetype.BAD_DATA;
    }

    private Interaction interaction(Archetype a, int i) {
        String type;
        int maxAge = HISTORY_DAYS;
        // The first one or two interactions carry the archetype's signal, recent enough to count.
        if (i == 0 && a == Archetype.HAND_RAISER) {
            type = pick(HAND_RAISE);
            maxAge = 40;
        } else if (i == 0 && a == Archetype.TRIAL) {
            type = chance(0.5) ? "FREE_TRIAL_START" : "PRODUCT_LOGIN";
            maxAge = 20;
        } else if (i == 0 && a == Archetype.CUSTOMER) {
            type = chance(0.6) ? pick(new String[] {"UPGRADE_INQUIRY", "ADD_ON_INTEREST", "UPGRADE_PAGE_VIEW"})
                    : "SUPPORT_TICKET";
            maxAge = 90;
        } else if (i == 0 && a == Archetype.NEGATIVE) {
            type = pick(NEGATIVE);
        } else if (i <= 1 && a == Archetype.NURTURE) {
            type = pick(AWARENESS);
            maxAge = 35;
        } else {
            type = noise(a);
        }
        if (a == Archetype.COLD) {
            maxAge = HISTORY_DAYS;
        }
        Instant at;
        if (chance(0.01)) {
            at = AS_OF.plusSeconds(1 + random.nextLong(3 * DAY)); // clock skew: after the as-of instant
        } else {
            // Skewed towards recent: most activity is in the last weeks.
            double u = random.nextDouble();
            long seconds = (long) (u * u * maxAge * DAY) + random.nextInt(3600);
            at = AS_OF.minusSeconds(seconds);
        }
        Interaction in = new Interaction(type, at, Optional.of(channel(type)),
                chance(0.2) ? Optional.of(pick(new String[] {"ebook-lead-management", "pricing", "/blog/crm-101",
                        "webinar-q4", "case-study-acme"})) : Optional.empty(), java.util.Map.of());
        return in;
    }

    private String noise(Archetype a) {
        double r = random.nextDouble();
        if (r < 0.02) {
            return pick(CUSTOM);
        } else if (r < 0.04) {
            return pick(NEGATIVE);
        }
        return switch (a) {
            case COLD, BAD_DATA -> r < 0.90 ? pick(AWARENESS) : pick(INTENT);
            case NURTURE -> r < 0.75 ? pick(AWARENESS) : r < 0.97 ? pick(INTENT) : pick(HAND_RAISE);
            case HAND_RAISER -> r < 0.55 ? pick(AWARENESS) : r < 0.9 ? pick(INTENT) : pick(HAND_RAISE);
            case TRIAL -> r < 0.6 ? pick(PRODUCT) : r < 0.85 ? pick(AWARENESS) : pick(INTENT);
            case CUSTOMER -> r < 0.6 ? pick(CUSTOMER) : pick(AWARENESS);
            case NEGATIVE -> r < 0.15 ? pick(NEGATIVE) : r < 0.9 ? pick(AWARENESS) : pick(HAND_RAISE);
        };
    }

    private static Channel channel(String type) {
        if (type.startsWith("EMAIL") || type.equals("NEWSLETTER_SIGNUP") || type.equals("UNSUBSCRIBE")
                || type.equals("SPAM_COMPLAINT")) {
            return Channel.EMAIL;
        } else if (type.startsWith("SOCIAL")) {
            return Channel.SOCIAL;
        } else if (type.startsWith("PRODUCT") || type.startsWith("FEATURE") || type.startsWith("TEAMMATE")
                || type.startsWith("USAGE") || type.equals("FREE_TRIAL_START")) {
            return Channel.PRODUCT;
        } else if (type.startsWith("EVENT") || type.startsWith("WEBINAR")) {
            return Channel.EVENT;
        } else if (type.equals("CHAT_CONVERSATION")) {
            return Channel.CHAT;
        } else if (type.equals("MEETING_BOOKED") || type.equals("DEMO_ATTENDED") || type.equals("NOT_INTERESTED")) {
            return Channel.SALES;
        }
        return Channel.WEBSITE;
    }

    private String companyDomain() {
        return pick(COMPANY_WORDS).toLowerCase().replace(' ', '-') + random.nextInt(1000) + ".example";
    }

    private Person person(Archetype a, String domain) {
        Person.Builder p = Person.builder();
        boolean fake = a == Archetype.BAD_DATA && chance(0.6);
        String first = fake && chance(0.5) ? pick(FAKE_FIRST) : pick(FIRST);
        String last = fake && chance(0.5) ? pick(FAKE_LAST) : pick(LAST);
        if (chance(0.95)) {
            p.firstName(first);
        }
        if (chance(0.9)) {
            p.lastName(last);
        }
        double e = random.nextDouble();
        if (fake && e < 0.4) {
            p.email(pick(new String[] {"test@" + domain, "asdf@mailinator.com", "none@none", "x@yopmail.com",
                    "no-email", "@" + domain}));
        } else if (a == Archetype.NEGATIVE && e < 0.15) {
            p.email(first.toLowerCase() + "@" + pick(COMPETITORS));
        } else if (e < 0.2) {
            p.email(first.toLowerCase() + "." + last.toLowerCase() + random.nextInt(100) + "@" + pick(FREE_MAIL));
        } else if (e < 0.95) {
            p.email(first.toLowerCase() + "." + last.toLowerCase() + "@" + domain);
        }
        if (chance(a == Archetype.NEGATIVE ? 0.3 : 0.6)) {
            p.phone(fake && chance(0.5) ? pick(new String[] {"111111", "123-456-7890", "0000000"})
                    : "+1 555 01" + (10 + random.nextInt(90)));
        }
        if (chance(0.8)) {
            p.jobTitle(pick(TITLES));
        }
        if (chance(0.85)) {
            Seniority[] all = Seniority.values();
            Seniority s = a == Archetype.HAND_RAISER || a == Archetype.NURTURE && chance(0.6)
                    ? all[random.nextInt(4)] // EXECUTIVE..MANAGER
                    : all[random.nextInt(all.length)];
            if (s == Seniority.STUDENT && a != Archetype.NEGATIVE && a != Archetype.BAD_DATA && chance(0.7)) {
                s = Seniority.INDIVIDUAL_CONTRIBUTOR;
            }
            p.seniority(s);
        }
        if (chance(0.7)) {
            p.department(pick(DEPARTMENTS));
        }
        if (chance(0.5)) {
            p.country(pick(COUNTRIES));
        }
        return p.build();
    }

    private Company company(Archetype a, String domain) {
        Company.Builder c = Company.builder();
        if (a == Archetype.BAD_DATA && chance(0.5)) {
            return c.build();
        }
        c.name(pick(COMPANY_WORDS) + (chance(0.5) ? " Inc." : " GmbH"));
        if (chance(0.8)) {
            c.domain(a == Archetype.NEGATIVE && chance(0.1) ? "crm." + pick(COMPETITORS) : domain);
        }
        if (chance(0.85)) {
            String industry = pick(INDUSTRIES);
            if ((industry.equals("GAMBLING") || industry.equals("WEAPONS")) && a != Archetype.NEGATIVE && chance(0.8)) {
                industry = "SOFTWARE";
            }
            c.industry(industry);
        }
        if (chance(0.8)) {
            int band = random.nextInt(6);
            long[] lo = {0, 1, 10, 50, 1000, 10000};
            long[] hi = {1, 10, 50, 1000, 10000, 200000};
            c.employees(lo[band] + random.nextLong(hi[band] - lo[band]));
        }
        if (chance(0.6)) {
            long revenue = (long) Math.pow(10, 5 + random.nextDouble() * 5);
            c.annualRevenue(chance(0.1) ? new BigDecimal(revenue + ".75") : BigDecimal.valueOf(revenue));
        }
        if (chance(0.7)) {
            String country = pick(COUNTRIES);
            if ((country.equals("KP") || country.equals("IR")) && a != Archetype.NEGATIVE && chance(0.8)) {
                country = "US";
            }
            c.country(country);
        }
        if (chance(0.3)) {
            c.fundingRaised((long) Math.pow(10, 5 + random.nextDouble() * 3));
        }
        return c.build();
    }

    private Bant bant(Archetype a) {
        if (a == Archetype.COLD && chance(0.7) || a == Archetype.BAD_DATA && chance(0.8)) {
            return Bant.UNKNOWN;
        }
        // Hand-raisers usually have talked to sales: mostly positive answers.
        double good = a == Archetype.HAND_RAISER ? 0.8 : a == Archetype.CUSTOMER ? 0.5 : 0.3;
        Budget budget = chance(good) ? pick(new Budget[] {Budget.CONFIRMED, Budget.PLANNED})
                : pick(Budget.values());
        Authority authority = chance(good) ? pick(new Authority[] {Authority.DECISION_MAKER, Authority.INFLUENCER})
                : pick(Authority.values());
        Need need = chance(good) ? pick(new Need[] {Need.CONFIRMED, Need.IDENTIFIED}) : pick(Need.values());
        Timeline timeline = chance(good)
                ? pick(new Timeline[] {Timeline.IMMEDIATE, Timeline.WITHIN_3_MONTHS, Timeline.WITHIN_6_MONTHS})
                : pick(Timeline.values());
        return new Bant(budget, authority, need, timeline);
    }

    private ProductUsage product(Archetype a) {
        ProductPlan plan = a == Archetype.TRIAL ? (chance(0.5) ? ProductPlan.TRIAL : ProductPlan.FREE)
                : pick(ProductPlan.values());
        List<String> features = new ArrayList<>();
        int nf = random.nextInt(a == Archetype.TRIAL ? 5 : 3);
        for (int i = 0; i < nf; i++) {
            String f = pick(FEATURES);
            if (!features.contains(f)) {
                features.add(f);
            }
        }
        return new ProductUsage(plan, chance(0.8) ? Optional.of(daysAgo(random.nextInt(60))) : Optional.empty(),
                chance(0.9) ? OptionalInt.of(random.nextInt(a == Archetype.TRIAL ? 25 : 10)) : OptionalInt.empty(),
                chance(0.8) ? OptionalInt.of(1 + random.nextInt(8)) : OptionalInt.empty(), features, chance(0.25));
    }

    private Instant daysAgo(int days) {
        return AS_OF.minusSeconds(days * DAY + random.nextInt((int) DAY));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}

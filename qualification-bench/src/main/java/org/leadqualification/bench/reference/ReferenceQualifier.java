package org.leadqualification.bench.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Company;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Person;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.Seniority;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.profile.Band;
import org.leadqualification.rules.profile.FakeData;
import org.leadqualification.rules.profile.InteractionPoints;
import org.leadqualification.rules.profile.PerUnit;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The built-in rule base written again as plain Java, from the DRL files and the profile's documented meaning,
 * without any Drools type and without the engine's own helpers ({@code ActivityFolder}, {@code Scorecard}). It is
 * the oracle of the differential test (engine and reference must give equal {@link Qualification}s) and the
 * "hand-written code" baseline of the benchmarks.
 *
 * <p>It honours every number and list of the {@link ScoringProfile} it is given. Not supported: the profile's
 * {@code rules.disabled} and {@code rules.disabledFiles} (the reference always applies every built-in rule; the
 * constructor rejects a profile that switches rules off), and custom DRL rules of course.
 *
 * <p>Why one file of some 650 lines: it is the seven scoring and classification DRL files written again, one
 * method per rule file, so that a reviewer can read it side by side with them; splitting it would scatter a single
 * oracle over classes that have no use apart. It leaves out {@code sla.drl}, whose reason needs a stage history,
 * which the generated leads do not have.
 *
 * <p>What it reproduces, rule by rule: the fold of interactions up to the as-of instant into one activity per type
 * (count, count inside the decay window, latest instant, whole days since the latest, and the decayed sum in
 * thousandths from a per-group table {@code round(1000 * 0.5^(d / halfLife))}, {@code d} whole days,
 * {@code 0 <= d <= windowDays}); activity points {@code points * decayed} capped at {@code ±cap * 1000} and rounded
 * half away from zero to whole points; zero-point contributions recorded nowhere; normalisation
 * {@code round(raw * 100 / max)} clamped to 0..100; the weighted blend rounded half up; the fit grade; the BANT
 * count; every classification rule; stage precedence; the reason order and every reason's name and detail text.
 *
 * <p>Where the current engine behaves in a way that looks accidental, the reference mirrors it and says so in a
 * comment marked {@code MIRRORS}: the differential test guards agreement, not intent.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceQualifier implements LeadQualifier {

    /** Same order as the engine's result: scoring reasons first, larger |points| first, then rule, dimension, detail. */
    private static final Comparator<Reason> REASON_ORDER = Comparator
            .comparing((Reason r) -> r.dimension().isEmpty())
            .thenComparing(r -> -Math.abs(r.points()))
            .thenComparing(Reason::rule)
            .thenComparing(r -> r.dimension().map(Enum::ordinal).orElse(-1))
            .thenComparing(r -> r.detail().orElse(""));

    /** The built-in activity rules: interaction type, rule name, dimension (engagement/intent/product/customer.drl). */
    private static final Map<String, ActivityRule> ACTIVITY_RULES = new HashMap<>();

    static {
        String[][] engagement = {
                {"PAGE_VIEW", "Page views"}, {"BLOG_VIEW", "Blog posts read"},
                {"CONTENT_DOWNLOAD", "Content downloaded"}, {"NEWSLETTER_SIGNUP", "Newsletter signup"},
                {"EMAIL_OPEN", "E-mail opens"}, {"EMAIL_CLICK", "E-mail clicks"}, {"EMAIL_REPLY", "E-mail replies"},
                {"SOCIAL_FOLLOW", "Social follow"}, {"SOCIAL_ENGAGEMENT", "Social engagement"},
                {"WEBINAR_REGISTERED", "Webinar registration"}, {"WEBINAR_ATTENDED", "Webinar attended"},
                {"EVENT_ATTENDED", "Event attended"}, {"CHAT_CONVERSATION", "Chat conversation"},
                {"FORM_SUBMIT", "Form submitted"}, {"TOOL_USED", "Tool used"}, {"EMAIL_BOUNCE", "E-mail bounced"},
                {"UNSUBSCRIBE", "Unsubscribed"}, {"SPAM_COMPLAINT", "Spam complaint"},
                {"NOT_INTERESTED", "Not interested"}, {"CAREERS_PAGE_VIEW", "Careers page viewed"},
                // product.drl
                {"FREE_TRIAL_START", "Free trial started"}, {"PRODUCT_LOGIN", "Product logins"},
                {"FEATURE_ACTIVATED", "Features activated"}, {"TEAMMATE_INVITED", "Teammates invited"},
                // customer.drl
                {"SUPPORT_TICKET", "Support tickets"}};
        String[][] intent = {
                {"PRICING_PAGE_VIEW", "Pricing page viewed"}, {"CASE_STUDY_VIEW", "Case studies viewed"},
                {"COMPARISON_PAGE_VIEW", "Comparison page viewed"}, {"DEMO_REQUEST", "Demo requested"},
                {"DEMO_ATTENDED", "Demo attended"}, {"MEETING_BOOKED", "Meeting booked"},
                {"CONTACT_SALES", "Contacted sales"}, {"PRICING_INQUIRY", "Pricing inquiry"},
                {"QUOTE_REQUEST", "Quote requested"}, {"REFERRAL", "Referral"},
                // product.drl
                {"USAGE_LIMIT_REACHED", "Usage limit hit"}, {"UPGRADE_PAGE_VIEW", "Upgrade page viewed"},
                // customer.drl
                {"UPGRADE_INQUIRY", "Upgrade inquiry"}, {"ADD_ON_INTEREST", "Add-on interest"}};
        for (String[] e : engagement) {
            ACTIVITY_RULES.put(e[0], new ActivityRule(e[1], Dimension.ENGAGEMENT));
        }
        for (String[] e : intent) {
            ACTIVITY_RULES.put(e[0], new ActivityRule(e[1], Dimension.INTENT));
        }
    }

    private record ActivityRule(String name, Dimension dimension) {
    }

    /** What the reference knows about one interaction type, resolved once from the profile. */
    private record TypeInfo(String type, int points, int cap, long[] decay, boolean positive, boolean product,
                            boolean handRaise, boolean serviceSignal, ActivityRule rule) {
    }

    private final ScoringProfile profile;
    private final Map<String, long[]> decayTables = new HashMap<>();
    private final Map<String, TypeInfo> known = new HashMap<>();

    /**
     * @param profile the numbers to judge with
     * @throws IllegalArgumentException if the profile switches built-in rules or files off (not supported)
     */
    public ReferenceQualifier(ScoringProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        if (!profile.rules().disabled().isEmpty() || !profile.rules().disabledFiles().isEmpty()) {
            throw new IllegalArgumentException("the reference scorer does not support rules.disabled or "
                    + "rules.disabledFiles, got " + profile.rules());
        }
        profile.decay().forEach((name, group) -> {
            long[] t = new long[group.windowDays() + 1];
            for (int d = 0; d < t.length; d++) {
                t[d] = Math.round(1000.0 * StrictMath.pow(0.5, d / (double) group.halfLifeDays()));
            }
            decayTables.put(name, t);
        });
        // Resolved once; read-only afterwards, so the scorer stays thread-safe.
        Set<String> types = new java.util.HashSet<>(profile.interactions().keySet());
        types.addAll(ACTIVITY_RULES.keySet());
        for (String type : types) {
            known.put(type, resolve(type));
        }
    }

    /** @return a reference scorer with the default profile */
    public static ReferenceQualifier withDefaults() {
        return new ReferenceQualifier(ScoringProfile.defaults());
    }

    /** @return the profile this scorer judges with */
    public ScoringProfile profile() {
        return profile;
    }

    private TypeInfo info(String type) {
        TypeInfo t = known.get(type);
        return t != null ? t : resolve(type);
    }

    private TypeInfo resolve(String type) {
        // Unknown types (a team's own) score nothing and decay with the default group.
        InteractionPoints p = profile.interactions().get(type);
        int points = p == null ? 0 : p.points();
        int cap = p == null ? 0 : p.cap();
        String group = p == null ? profile.defaultDecayGroup() : p.group();
        var c = profile.classification();
        return new TypeInfo(type, points, cap, decayTables.get(group), points > 0,
                c.pql().activityTypes().contains(type), c.sql().handRaiseTypes().contains(type),
                c.serviceQualified().types().contains(type), ACTIVITY_RULES.get(type));
    }

    /** Per-type fold of a lead's interactions up to the as-of instant. */
    private static final class Act {
        final TypeInfo info;
        int recent;
        Instant last;
        long decayed;

        Act(TypeInfo info) {
            this.info = info;
        }

        long daysSinceLast(Instant asOf) {
            return days(last, asOf);
        }
    }

    @Override
    public Qualification qualify(Lead lead, Instant asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        // ---- fold
        Map<String, Act> acts = new HashMap<>();
        for (Interaction i : lead.interactions()) {
            // Exact instants: an interaction a microsecond after asOf does not count.
            Instant at = i.at();
            if (at.isAfter(asOf)) {
                continue;
            }
            Act a = acts.get(i.type());
            if (a == null) {
                TypeInfo t = info(i.type());
                a = new Act(t);
                acts.put(i.type(), a);
            }
            if (a.last == null || at.isAfter(a.last)) {
                a.last = at;
            }
            long age = days(at, asOf);
            if (age < a.info.decay().length) {
                a.recent++;
                a.decayed += a.info.decay()[(int) age];
            }
        }
        long lastEngagement = -1;
        long lastProduct = -1;
        for (Act a : acts.values()) {
            long since = a.daysSinceLast(asOf);
            if (a.info.positive()) {
                lastEngagement = lastEngagement < 0 ? since : Math.min(lastEngagement, since);
            }
            if (a.info.product()) {
                lastProduct = lastProduct < 0 ? since : Math.min(lastProduct, since);
            }
        }
        long created = lead.createdAt()
                .map(c -> Math.max(0, days(c, asOf))).orElse(-1L);
        Optional<Instant> signedUp = lead.product().flatMap(ProductUsage::signedUpAt);
        if (signedUp.isPresent() && !signedUp.get().isAfter(asOf)) {
            long since = days(signedUp.get(), asOf);
            lastProduct = lastProduct < 0 ? since : Math.min(lastProduct, since);
        }

        Card card = new Card();
        fit(lead, card);
        activities(acts, card);
        inactivity(lastEngagement, created, card);
        bant(lead.bant(), card);
        product(lead, acts, card);

        // ---- scores
        var n = profile.normalisation();
        int fit = normalise(card.raw[Dimension.FIT.ordinal()], n.fit());
        int engagement = normalise(card.raw[Dimension.ENGAGEMENT.ordinal()], n.engagement());
        int intent = normalise(card.raw[Dimension.INTENT.ordinal()], n.intent());
        int bantScore = normalise(card.raw[Dimension.BANT.ordinal()], n.bant());
        var w = profile.weights();
        int score = (fit * w.fit() + engagement * w.engagement() + intent * w.intent() + bantScore * w.bant() + 50)
                / 100;
        Grade grade = gradeOf(fit);
        int bantParts = positiveBantParts(lead.bant());

        // ---- classification
        disqualify(lead, acts, card);
        serviceQualified(lead, acts, asOf, card);
        salesQualified(lead, acts, asOf, created, grade, bantParts, card);
        productQualified(lead, lastProduct, card);
        marketingQualified(score, grade, lastEngagement, card);

        Stage stage = Stage.UNQUALIFIED;
        for (Stage s : card.stages) {
            if (s.precedence() < stage.precedence()) {
                stage = s;
            }
        }
        card.reasons.sort(REASON_ORDER);
        return new Qualification(lead.id(), asOf, stage, score, grade,
                new DimensionScores(fit, engagement, intent, bantScore), card.reasons, card.stages,
                profile.actionFor(stage));
    }

    // ------------------------------------------------------------------------------------------------ scoring

    private void fit(Lead lead, Card card) {
        var f = profile.fit();
        Person person = lead.person();
        Company company = lead.company();
        if (person.seniority().isPresent()) {
            Seniority s = person.seniority().get();
            card.score("Seniority", Dimension.FIT, f.seniority().getOrDefault(s, 0), s.name());
        }
        if (person.department().isPresent() && contains(f.departments().values(), person.department().get())) {
            card.score("Target department", Dimension.FIT, f.departments().points(), person.department().get());
        }
        if (person.jobTitle().isPresent() && hasWord(person.jobTitle().get(), f.jobTitleKeywords().values())) {
            card.score("Target role in job title", Dimension.FIT, f.jobTitleKeywords().points(),
                    person.jobTitle().get());
        }
        if (company.industry().isPresent() && contains(f.industries().values(), company.industry().get())) {
            card.score("Target industry", Dimension.FIT, f.industries().points(), company.industry().get());
        }
        if (company.employees().isPresent()) {
            long employees = company.employees().getAsLong();
            Band band = band(f.companySize(), employees);
            if (band != null) {
                card.score("Company size", Dimension.FIT, band.points(), employees + " employees");
            }
        }
        if (company.annualRevenue().isPresent()) {
            java.math.BigDecimal amount = company.annualRevenue().get();
            // Amounts beyond a long count as Long.MAX_VALUE for the bands.
            long revenue = amount.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) >= 0
                    ? Long.MAX_VALUE : amount.longValue();
            Band band = band(f.annualRevenue(), revenue);
            if (band != null) {
                card.score("Annual revenue", Dimension.FIT, band.points(), amount.toPlainString() + " annual revenue");
            }
        }
        Optional<String> country = company.country().or(person::country);
        if (country.isPresent() && contains(f.countries().values(), country.get())) {
            card.score("Target country", Dimension.FIT, f.countries().points(), country.get());
        }
        if (company.fundingRaised().isPresent()) {
            java.math.BigDecimal funding = company.fundingRaised().get();
            if (funding.compareTo(java.math.BigDecimal.valueOf(f.funding().min())) >= 0) {
                card.score("Funded company", Dimension.FIT, f.funding().points(), funding.toPlainString() + " raised");
            }
        }
        String domain = emailDomain(person);
        if (domain != null && contains(f.freeMail().values(), domain)) {
            card.score("Free e-mail address", Dimension.FIT, f.freeMail().points(), domain);
        }
        String fake = fakeEvidence(person, f.fakeData());
        if (fake != null) {
            card.score("Made-up contact data", Dimension.FIT, f.fakeData().points(), fake);
        }
    }

    private void activities(Map<String, Act> acts, Card card) {
        for (Act a : acts.values()) {
            ActivityRule rule = a.info.rule();
            if (rule == null || a.recent == 0) {
                continue;
            }
            long millis = (long) a.info.points() * a.decayed;
            long cap = a.info.cap() * 1000L;
            millis = Math.max(-cap, Math.min(cap, millis));
            int points = (int) (millis >= 0 ? (millis + 500) / 1000 : -((-millis + 500) / 1000));
            String detail = a.recent == 1 ? a.info.type() + " " + a.last
                    : a.recent + "x " + a.info.type() + ", latest " + a.last;
            card.score(rule.name(), rule.dimension(), points, detail);
        }
    }

    private void inactivity(long lastEngagement, long created, Card card) {
        long idle = lastEngagement >= 0 ? lastEngagement : created;
        if (idle >= profile.inactivity().days()) {
            card.score("No recent engagement", Dimension.ENGAGEMENT, profile.inactivity().points(),
                    "no engagement for " + idle + " days");
        }
    }

    private void bant(Bant bant, Card card) {
        var b = profile.bant();
        card.score("Budget", Dimension.BANT, b.budget().getOrDefault(bant.budget(), 0), "budget " + bant.budget());
        card.score("Authority", Dimension.BANT, b.authority().getOrDefault(bant.authority(), 0),
                "authority " + bant.authority());
        card.score("Need", Dimension.BANT, b.need().getOrDefault(bant.need(), 0), "need " + bant.need());
        card.score("Timeline", Dimension.BANT, b.timeline().getOrDefault(bant.timeline(), 0),
                "timeline " + bant.timeline());
    }

    private void product(Lead lead, Map<String, Act> acts, Card card) {
        if (lead.product().isEmpty()) {
            return;
        }
        ProductUsage p = lead.product().get();
        var pp = profile.product();
        int days = p.activeDays().orElse(0);
        if (days > 0) {
            card.score("Active days in product", Dimension.ENGAGEMENT, perUnit(pp.activeDays(), days),
                    days + " active days");
        }
        if (!p.keyFeaturesUsed().isEmpty()) {
            card.score("Key features used", Dimension.ENGAGEMENT,
                    perUnit(pp.keyFeatures(), p.keyFeaturesUsed().size()), String.join(", ", p.keyFeaturesUsed()));
        }
        int seats = p.seats().orElse(0);
        if (seats >= pp.seats().min()) {
            card.score("Team adoption", Dimension.ENGAGEMENT, pp.seats().points(), seats + " seats");
        }
        // A USAGE_LIMIT_REACHED interaction inside its window (scored by "Usage limit hit") replaces the flag.
        Act limitHit = acts.get("USAGE_LIMIT_REACHED");
        if (p.usageLimitReached() && (limitHit == null || limitHit.recent == 0)) {
            card.score("Usage limit reached", Dimension.INTENT, pp.usageLimitReached().points(),
                    "plan limit reached");
        }
    }

    private static int perUnit(PerUnit u, long units) {
        return (int) Math.min(u.cap(), Math.max(0, units) * (long) u.pointsEach());
    }

    /** {@code round(raw * 100 / max)}, halves up, clamped to 0..100. */
    private static int normalise(long raw, int max) {
        if (raw <= 0) {
            return 0;
        }
        return (int) Math.min(100, (raw * 200 + max) / (2L * max));
    }

    private Grade gradeOf(int fit) {
        var g = profile.grades();
        return fit >= g.a() ? Grade.A : fit >= g.b() ? Grade.B : fit >= g.c() ? Grade.C : fit >= g.d() ? Grade.D
                : Grade.F;
    }

    private int positiveBantParts(Bant bant) {
        var pb = profile.classification().sql().positiveBant();
        int n = 0;
        n += pb.budget().contains(bant.budget()) ? 1 : 0;
        n += pb.authority().contains(bant.authority()) ? 1 : 0;
        n += pb.need().contains(bant.need()) ? 1 : 0;
        n += pb.timeline().contains(bant.timeline()) ? 1 : 0;
        return n;
    }

    // ----------------------------------------------------------------------------------------- classification

    private void disqualify(Lead lead, Map<String, Act> acts, Card card) {
        var dq = profile.classification().disqualify();
        // Classification looks at every interaction type up to asOf, inside the decay window or not.
        Act spam = acts.get("SPAM_COMPLAINT");
        if (spam != null) {
            card.classify("Disqualified: spam complaint", Stage.DISQUALIFIED, "spam complaint " + spam.last);
        }
        Act notInterested = acts.get("NOT_INTERESTED");
        if (notInterested != null) {
            boolean handRaiseSince = false;
            for (Act a : acts.values()) {
                if (a.info.handRaise() && a.last.isAfter(notInterested.last)) {
                    handRaiseSince = true;
                    break;
                }
            }
            if (!handRaiseSince) {
                card.classify("Disqualified: not interested", Stage.DISQUALIFIED,
                        "marked not interested " + notInterested.last + ", no hand-raise since");
            }
        }
        Act bounce = acts.get("EMAIL_BOUNCE");
        if (bounce != null && lead.person().phone().isEmpty()) {
            card.classify("Disqualified: unreachable", Stage.DISQUALIFIED,
                    "e-mail bounced " + bounce.last + " and no phone number");
        }
        if (lead.person().seniority().orElse(null) == Seniority.STUDENT) {
            card.classify("Disqualified: student", Stage.DISQUALIFIED, "student");
        }
        String competitor = competitorDomain(lead, dq.competitorDomains());
        if (competitor != null) {
            card.classify("Disqualified: competitor", Stage.DISQUALIFIED, "competitor domain " + competitor);
        }
        Optional<String> country = lead.company().country().or(lead.person()::country);
        if (country.isPresent() && contains(dq.excludedCountries(), country.get())) {
            card.classify("Disqualified: excluded country", Stage.DISQUALIFIED,
                    "country " + country.get() + " is not served");
        }
        Optional<String> industry = lead.company().industry();
        if (industry.isPresent() && contains(dq.excludedIndustries(), industry.get())) {
            card.classify("Disqualified: excluded industry", Stage.DISQUALIFIED,
                    "industry " + industry.get() + " is not served");
        }
    }

    private void serviceQualified(Lead lead, Map<String, Act> acts, Instant asOf, Card card) {
        if (lead.customer().isEmpty()) {
            return;
        }
        int recentDays = profile.classification().serviceQualified().recentDays();
        for (Act a : acts.values()) {
            if (a.info.serviceSignal() && a.daysSinceLast(asOf) <= recentDays) {
                card.classify("Service-qualified: expansion signal", Stage.SERVICE_QUALIFIED,
                        a.info.type() + " " + a.last);
            }
        }
    }

    private void salesQualified(Lead lead, Map<String, Act> acts, Instant asOf, long created, Grade grade,
                                int bantParts, Card card) {
        var sql = profile.classification().sql();
        if (grade.compareTo(sql.minGrade()) <= 0 && bantParts >= sql.minBantParts()) {
            for (Act a : acts.values()) {
                if (a.info.handRaise() && a.daysSinceLast(asOf) <= sql.recentDays()) {
                    card.classify("Sales-qualified: hand-raise with fit and BANT", Stage.SQL,
                            a.info.type() + " " + a.last + ", grade " + grade + ", " + bantParts + "/4 BANT");
                }
            }
        }
        var di = sql.directInquiry();
        if (grade.compareTo(di.minGrade()) <= 0 && bantParts == 4 && created >= 0 && created <= di.recentDays()
                && lead.source().isPresent() && contains(di.sources(), lead.source().get())) {
            card.classify("Sales-qualified: direct inquiry", Stage.SQL,
                    "direct inquiry (" + lead.source().get() + "), grade " + grade + ", complete BANT");
        }
    }

    private void productQualified(Lead lead, long lastProduct, Card card) {
        if (lead.product().isEmpty()) {
            return;
        }
        ProductUsage p = lead.product().get();
        var pql = profile.classification().pql();
        int days = p.activeDays().orElse(0);
        int features = p.keyFeaturesUsed().size();
        if (pql.plans().contains(p.plan()) && days >= pql.minActiveDays() && features >= pql.minKeyFeatures()
                && lastProduct >= 0 && lastProduct <= pql.recentDays()) {
            card.classify("Product-qualified: activated account", Stage.PQL,
                    p.plan() + ", " + days + " active days, " + features + " key features");
        }
    }

    private void marketingQualified(int score, Grade grade, long lastEngagement, Card card) {
        var mql = profile.classification().mql();
        if (score >= mql.minScore() && grade.compareTo(mql.minGrade()) <= 0 && lastEngagement >= 0
                && lastEngagement <= mql.recentDays()) {
            card.classify("Marketing-qualified: engaged with fit", Stage.MQL, "score " + score + ", grade " + grade);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Whole days from one instant to another: the exact duration over 24 hours, rounded down. */
    private static long days(Instant from, Instant to) {
        return Math.floorDiv(java.time.Duration.between(from, to).getSeconds(), 86_400L);
    }

    private static boolean contains(List<String> values, String value) {
        for (String v : values) {
            if (v.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static Band band(List<Band> bands, long value) {
        for (Band b : bands) {
            if (value >= b.min() && value <= b.max()) {
                return b;
            }
        }
        return null;
    }

    /** True if one of the keywords occurs in the text as a whole word (letters and digits), ignoring case. */
    static boolean hasWord(String text, List<String> keywords) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        String joined = " " + String.join(" ", words) + " ";
        for (String k : keywords) {
            // A keyword may itself be several words ("revenue operations").
            if (joined.contains(" " + k.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String emailDomain(Person person) {
        if (person.email().isEmpty()) {
            return null;
        }
        String e = person.email().get();
        int at = e.lastIndexOf('@');
        return at < 0 || at == e.length() - 1 ? null : e.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static String fakeEvidence(Person person, FakeData fake) {
        if (person.email().isPresent()) {
            String original = person.email().get();
            String email = original.toLowerCase(Locale.ROOT);
            int at = email.lastIndexOf('@');
            if (at <= 0 || at == email.length() - 1 || email.indexOf('.', at + 1) < 0) {
                return "e-mail " + original + " is not an address";
            }
            if (contains(fake.emailLocalParts(), email.substring(0, at))
                    || contains(fake.emailDomains(), email.substring(at + 1))) {
                return "e-mail " + original;
            }
        }
        String first = person.firstName().orElse("").strip();
        String last = person.lastName().orElse("").strip();
        String full = (first + " " + last).strip();
        if (!full.isEmpty() && (contains(fake.names(), full) || contains(fake.names(), first)
                || contains(fake.names(), last))) {
            return "name " + full;
        }
        if (person.phone().isPresent()) {
            StringBuilder digits = new StringBuilder();
            for (char c : person.phone().get().toCharArray()) {
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                }
            }
            String d = digits.toString();
            if (d.length() >= 6 && (d.chars().distinct().count() == 1 || "0123456789".contains(d)
                    || "1234567890".contains(d))) {
                return "phone " + person.phone().get();
            }
        }
        return null;
    }

    private static String competitorDomain(Lead lead, List<String> competitors) {
        String email = emailDomain(lead.person());
        if (isCompetitor(email, competitors)) {
            return email;
        }
        String company = lead.company().domain().map(d -> d.toLowerCase(Locale.ROOT)).orElse(null);
        return isCompetitor(company, competitors) ? company : null;
    }

    private static boolean isCompetitor(String domain, List<String> competitors) {
        if (domain == null) {
            return false;
        }
        String d = domain.toLowerCase(Locale.ROOT);
        for (String c : competitors) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (d.equals(lc) || d.endsWith("." + lc)) {
                return true;
            }
        }
        return false;
    }

    /** The reasons, raw points and stages of one lead. */
    private static final class Card {
        final List<Reason> reasons = new ArrayList<>();
        final long[] raw = new long[Dimension.values().length];
        final Set<Stage> stages = EnumSet.noneOf(Stage.class);

        void score(String rule, Dimension d, int points, String detail) {
            if (points != 0) {
                raw[d.ordinal()] += points;
                reasons.add(Reason.scored(rule, d, points, detail));
            }
        }

        void classify(String rule, Stage stage, String detail) {
            stages.add(stage);
            reasons.add(Reason.classified(rule, detail));
        }
    }
}

package org.leadqualification.rules.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Need;
import org.leadqualification.model.ProductPlan;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Stage;

/**
 * Every number the built-in rules use: points, caps, half-lives, windows, thresholds, the ideal customer profile,
 * dimension weights and the recommended actions. Immutable and thread-safe.
 *
 * <p>Start from {@link #defaults()} (the bundled {@code default-profile.yaml}) and override parts of it with
 * {@link #load(Path)} or {@link #parse(String, String)}: a partial profile overrides only what it names. Rules read
 * the profile through the DRL global {@code profile}.
 *
 * @param normalisation     raw points at which each dimension reaches 100
 * @param weights           weight of each dimension in the unidimensional score; they sum to 100
 * @param grades            lowest fit score of each grade
 * @param decay             decay groups by name
 * @param interactions      points, cap and decay group per interaction type
 * @param defaultDecayGroup decay group of interaction types without an entry in {@code interactions}
 * @param inactivity        penalty for no engagement for a while
 * @param fit               the ideal customer profile
 * @param bant              points per BANT answer
 * @param product           product-usage points
 * @param classification    stage criteria
 * @param actions           recommended action per stage
 * @param rules             built-in rules or files switched off
 */
public record ScoringProfile(DimensionValues normalisation, DimensionValues weights, GradeThresholds grades,
                             Map<String, DecayGroup> decay, Map<String, InteractionPoints> interactions,
                             String defaultDecayGroup, Inactivity inactivity, Fit fit, BantPoints bant,
                             ProductPoints product, Classification classification, Map<Stage, String> actions,
                             RuleSwitches rules) {

    /**
     * Copies and checks the profile.
     *
     * @throws IllegalArgumentException if a value is out of range or the parts contradict each other; the message
     *                                  names the field
     */
    public ScoringProfile {
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(grades, "grades");
        decay = Map.copyOf(Objects.requireNonNull(decay, "decay"));
        interactions = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(interactions,
                "interactions")));
        Objects.requireNonNull(defaultDecayGroup, "defaultDecayGroup");
        Objects.requireNonNull(inactivity, "inactivity");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(bant, "bant");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(classification, "classification");
        actions = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(actions, "actions")));
        rules = Objects.requireNonNullElse(rules, new RuleSwitches(List.of(), List.of()));

        for (Dimension d : Dimension.values()) {
            check(normalisation.get(d) > 0, "normalisation.%s must be > 0, got %s", d.jsonName(), normalisation.get(d));
            check(weights.get(d) >= 0, "weights.%s must be >= 0, got %s", d.jsonName(), weights.get(d));
        }
        int weightSum = weights.fit() + weights.engagement() + weights.intent() + weights.bant();
        check(weightSum == 100, "weights must sum to 100, got %s", weightSum);
        check(decay.containsKey(defaultDecayGroup), "defaultDecayGroup \"%s\" is not a decay group; known: %s",
                defaultDecayGroup, new TreeSet<>(decay.keySet()));
        for (Map.Entry<String, InteractionPoints> e : interactions.entrySet()) {
            check(e.getKey().matches("[A-Z][A-Z0-9_]*"),
                    "interactions.%s: type must be an upper-case word of letters, digits and underscores", e.getKey());
            check(decay.containsKey(e.getValue().group()), "interactions.%s.group \"%s\" is not a decay group; known: %s",
                    e.getKey(), e.getValue().group(), new TreeSet<>(decay.keySet()));
        }
        // Interaction types are upper case once read; a lower-case entry here would never match.
        checkTypes(classification.sql().handRaiseTypes(), "classification.sql.handRaiseTypes");
        checkTypes(classification.serviceQualified().types(), "classification.serviceQualified.types");
        checkTypes(classification.pql().activityTypes(), "classification.pql.activityTypes");
        for (Stage s : Stage.values()) {
            check(actions.containsKey(s) && !actions.get(s).isBlank(), "actions.%s must be given", s);
        }
        check(classification.mql().minScore() >= 0 && classification.mql().minScore() <= 100,
                "classification.mql.minScore must be in 0..100, got %s", classification.mql().minScore());
    }

    private static void checkTypes(List<String> types, String field) {
        for (String t : types) {
            check(t.matches("[A-Z][A-Z0-9_]*"), "%s: \"%s\" is not an interaction type (upper-case letters, digits "
                    + "and underscores, e.g. DEMO_REQUEST)", field, t);
        }
    }

    static boolean containsIgnoreCase(List<String> values, String value) {
        if (value == null) {
            return false;
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    static void check(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, message, args));
        }
    }

    /**
     * @return the bundled default profile
     */
    public static ScoringProfile defaults() {
        return ProfileLoader.defaults();
    }

    /**
     * Reads a profile file (YAML or JSON) and lays it over the defaults.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @return the defaults with everything the file names replaced
     * @throws InvalidProfileException if the file cannot be read, is not valid YAML/JSON, names an unknown field
     *                                 or holds an invalid value
     */
    public static ScoringProfile load(Path file) {
        return ProfileLoader.load(file);
    }

    /**
     * Parses profile text (YAML or JSON) and lays it over the defaults.
     *
     * @param text   the profile
     * @param source a name for error messages, e.g. the file name
     * @return the defaults with everything the text names replaced
     * @throws InvalidProfileException if the text is invalid
     */
    public static ScoringProfile parse(String text, String source) {
        return ProfileLoader.parse(text, source);
    }

    /**
     * Parses profile text and lays it over this profile.
     *
     * @param text   YAML or JSON naming the values to change
     * @param source a name for error messages
     * @return this profile with everything the text names replaced
     * @throws InvalidProfileException if the text is invalid
     */
    public ScoringProfile with(String text, String source) {
        return ProfileLoader.overlay(this, text, source);
    }

    /**
     * @param type an interaction type
     * @return the decay group the type belongs to
     */
    public DecayGroup decayOf(String type) {
        InteractionPoints p = interactions.get(type);
        return decay.get(p == null ? defaultDecayGroup : p.group());
    }

    /**
     * @param type an interaction type
     * @return its points and cap, or zero points when the profile does not know the type
     */
    public InteractionPoints pointsOf(String type) {
        InteractionPoints p = interactions.get(type);
        return p == null ? new InteractionPoints(0, 0, defaultDecayGroup) : p;
    }

    /**
     * @param dimension a dimension
     * @return its weight in the unidimensional score
     */
    public int weightOf(Dimension dimension) {
        return weights.get(dimension);
    }

    /**
     * @param stage a stage
     * @return the recommended action for it
     */
    public String actionFor(Stage stage) {
        return actions.get(stage);
    }

    /** @return the profile as JSON text, in the form {@link #parse(String, String)} reads */
    public String toJson() {
        return ProfileLoader.toJson(this);
    }

    /**
     * One integer per dimension.
     *
     * @param fit        fit
     * @param engagement engagement
     * @param intent     intent
     * @param bant       bant
     */
    public record DimensionValues(int fit, int engagement, int intent, int bant) {
        /**
         * @param d a dimension
         * @return its value
         */
        public int get(Dimension d) {
            return switch (d) {
                case FIT -> fit;
                case ENGAGEMENT -> engagement;
                case INTENT -> intent;
                case BANT -> bant;
            };
        }
    }

    /**
     * Lowest fit score (0..100) of each grade; below {@code D} is {@code F}.
     *
     * @param a lowest score of A
     * @param b lowest score of B
     * @param c lowest score of C
     * @param d lowest score of D
     */
    public record GradeThresholds(@JsonProperty("A") int a, @JsonProperty("B") int b, @JsonProperty("C") int c,
                                  @JsonProperty("D") int d) {
        /** @throws IllegalArgumentException unless 100 >= A > B > C > D >= 0 */
        public GradeThresholds {
            check(100 >= a && a > b && b > c && c > d && d >= 0,
                    "grades must satisfy 100 >= A > B > C > D >= 0, got A=%s B=%s C=%s D=%s", a, b, c, d);
        }

        /**
         * @param fitScore a fit score 0..100
         * @return its grade
         */
        public Grade gradeOf(int fitScore) {
            if (fitScore >= a) {
                return Grade.A;
            } else if (fitScore >= b) {
                return Grade.B;
            } else if (fitScore >= c) {
                return Grade.C;
            } else if (fitScore >= d) {
                return Grade.D;
            }
            return Grade.F;
        }
    }

    /**
     * How fast interactions of a group lose value.
     *
     * @param halfLifeDays points halve every this many days
     * @param windowDays   interactions older than this no longer count
     */
    public record DecayGroup(int halfLifeDays, int windowDays) {
        /** @throws IllegalArgumentException unless both are > 0 */
        public DecayGroup {
            check(halfLifeDays > 0, "halfLifeDays must be > 0, got %s", halfLifeDays);
            check(windowDays > 0, "windowDays must be > 0, got %s", windowDays);
        }
    }

    /**
     * Points of one interaction type.
     *
     * @param points points per interaction before decay; negative for negative signals
     * @param cap    the most the type can add (or, for negative points, subtract) in total, {@code >= 0}
     * @param group  the decay group
     */
    public record InteractionPoints(int points, int cap, String group) {
        /** @throws IllegalArgumentException if {@code cap} is negative or {@code group} missing */
        public InteractionPoints {
            check(cap >= 0, "cap must be >= 0, got %s", cap);
            Objects.requireNonNull(group, "group");
        }
    }

    /**
     * A penalty for leads without recent engagement.
     *
     * @param days   days without positive engagement
     * @param points the (negative) points
     */
    public record Inactivity(int days, int points) {
        /** @throws IllegalArgumentException if {@code days} <= 0 */
        public Inactivity {
            check(days > 0, "inactivity.days must be > 0, got %s", days);
        }
    }

    /**
     * Points for a value in a list. Matching is case-insensitive.
     *
     * @param points points when the value is in the list
     * @param values the list
     */
    public record PointsForValues(int points, List<String> values) {
        /** Copies the list, upper-casing nothing: matching ignores case. */
        public PointsForValues {
            values = List.copyOf(values);
        }

        /**
         * @param value a value
         * @return true if it is in the list, ignoring case
         */
        public boolean matches(String value) {
            return containsIgnoreCase(values, value);
        }

        /**
         * @param text some text, e.g. a job title
         * @return the first value that occurs in it as a whole word, ignoring case, or null
         */
        public String firstWordIn(String text) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            // The text as words of letters and digits, separated by single spaces (no regex: this runs per lead).
            StringBuilder words = new StringBuilder(text.length() + 2).append(' ');
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    words.append(ch);
                } else if (words.charAt(words.length() - 1) != ' ') {
                    words.append(' ');
                }
            }
            if (words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
            }
            String normalised = words.toString();
            for (String v : values) {
                int last = normalised.length() - v.length() - 1;
                for (int at = 1; at <= last; at++) {
                    if (normalised.charAt(at - 1) == ' ' && normalised.charAt(at + v.length()) == ' '
                            && normalised.regionMatches(true, at, v, 0, v.length())) {
                        return v;
                    }
                }
            }
            return null;
        }
    }

    /**
     * Points for a number in a range.
     *
     * @param min    lowest value, inclusive
     * @param max    highest value, inclusive; absent for no upper bound
     * @param points points
     */
    public record Band(long min, Long max, int points) {
        /** @throws IllegalArgumentException if {@code min > max} or {@code min < 0} */
        public Band {
            max = max == null ? Long.MAX_VALUE : max;
            check(min >= 0 && min <= max, "band must satisfy 0 <= min <= max, got min=%s max=%s", min, max);
        }

        /**
         * @param value a number
         * @return true if it is in the band
         */
        public boolean contains(long value) {
            return value >= min && value <= max;
        }
    }

    /**
     * Points for a number at or over a threshold.
     *
     * @param min    the threshold
     * @param points points
     */
    public record Threshold(long min, int points) {
        /**
         * @param value an amount, any size
         * @return true if it is at or over {@code min}
         */
        public boolean reachedBy(java.math.BigDecimal value) {
            return value.compareTo(java.math.BigDecimal.valueOf(min)) >= 0;
        }
    }

    private static final java.math.BigDecimal LONG_MAX = java.math.BigDecimal.valueOf(Long.MAX_VALUE);

    /** A non-negative amount as a long, saturating at {@code Long.MAX_VALUE} instead of wrapping around. */
    static long saturated(java.math.BigDecimal value) {
        return value.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : value.longValue();
    }

    /**
     * Points per unit, capped.
     *
     * @param pointsEach points per unit
     * @param cap        the most in total
     */
    public record PerUnit(int pointsEach, int cap) {
        /** @throws IllegalArgumentException if {@code cap} is negative */
        public PerUnit {
            check(cap >= 0, "cap must be >= 0, got %s", cap);
        }

        /**
         * @param units how many
         * @return the capped points
         */
        public int pointsFor(long units) {
            return (int) Math.min(cap, Math.max(0, units) * (long) pointsEach);
        }
    }

    /**
     * Signs of made-up contact data.
     *
     * @param points          points (negative)
     * @param emailLocalParts e-mail names before {@code @} that are not real
     * @param emailDomains    throwaway or placeholder e-mail domains
     * @param names           first, last or full names that are not real
     */
    public record FakeData(int points, List<String> emailLocalParts, List<String> emailDomains, List<String> names) {
        /** Copies the lists. */
        public FakeData {
            emailLocalParts = List.copyOf(emailLocalParts);
            emailDomains = List.copyOf(emailDomains);
            names = List.copyOf(names);
        }

        /**
         * @param person a person
         * @return what looks made up (e.g. {@code e-mail test@example.com}), or null when nothing does
         */
        public String evidenceIn(org.leadqualification.model.Person person) {
            if (person.email().isPresent()) {
                String email = person.email().get();
                int at = email.lastIndexOf('@');
                if (at <= 0 || at == email.length() - 1 || email.indexOf('.', at) < 0) {
                    return "e-mail " + email + " is not an address";
                }
                if (containsIgnoreCase(emailLocalParts, email.substring(0, at))
                        || containsIgnoreCase(emailDomains, email.substring(at + 1))) {
                    return "e-mail " + email;
                }
            }
            String first = person.firstName().orElse("").strip();
            String last = person.lastName().orElse("").strip();
            if (containsIgnoreCase(names, first) || containsIgnoreCase(names, last)
                    || !first.isEmpty() && !last.isEmpty() && containsIgnoreCase(names, first + " " + last)) {
                return "name " + (first + " " + last).strip();
            }
            if (person.phone().isPresent()) {
                String phone = person.phone().get();
                StringBuilder digits = new StringBuilder(phone.length());
                for (int i = 0; i < phone.length(); i++) {
                    char ch = phone.charAt(i);
                    if (ch >= '0' && ch <= '9') {
                        digits.append(ch);
                    }
                }
                String d = digits.toString();
                if (d.length() >= 6 && (d.chars().distinct().count() == 1 || "0123456789".contains(d)
                        || "1234567890".contains(d))) {
                    return "phone " + phone;
                }
            }
            return null;
        }
    }

    /**
     * The ideal customer profile.
     *
     * @param seniority        points per seniority
     * @param departments      target departments
     * @param jobTitleKeywords words in a job title that show a target role
     * @param industries       target industries
     * @param companySize      points per employee-count band (first band that holds)
     * @param annualRevenue    points per revenue band (first band that holds)
     * @param countries        target countries
     * @param funding          points for funding at or over a threshold
     * @param freeMail         free-mail domains (count against)
     * @param fakeData         made-up data (counts against)
     */
    public record Fit(Map<Seniority, Integer> seniority, PointsForValues departments, PointsForValues jobTitleKeywords,
                      PointsForValues industries, List<Band> companySize, List<Band> annualRevenue,
                      PointsForValues countries, Threshold funding, PointsForValues freeMail, FakeData fakeData) {
        /** Copies the collections. */
        public Fit {
            seniority = Collections.unmodifiableMap(new EnumMap<>(seniority.isEmpty()
                    ? Map.of(Seniority.OTHER, 0) : seniority));
            companySize = List.copyOf(companySize);
            annualRevenue = List.copyOf(annualRevenue);
        }

        /**
         * @param s a seniority
         * @return its points, 0 if the profile gives none
         */
        public int seniorityPoints(Seniority s) {
            return seniority.getOrDefault(s, 0);
        }

        /**
         * @param employees employee count
         * @return the first band that holds it, or null
         */
        public Band sizeBand(long employees) {
            return first(companySize, employees);
        }

        /**
         * @param revenue annual revenue
         * @return the first band that holds it, or null
         */
        public Band revenueBand(long revenue) {
            return first(annualRevenue, revenue);
        }

        /**
         * @param revenue annual revenue, any size
         * @return the first band that holds it (amounts beyond {@code Long.MAX_VALUE} count as that), or null
         */
        public Band revenueBand(java.math.BigDecimal revenue) {
            return first(annualRevenue, saturated(revenue));
        }

        private static Band first(List<Band> bands, long value) {
            for (Band b : bands) {
                if (b.contains(value)) {
                    return b;
                }
            }
            return null;
        }
    }

    /**
     * Points per BANT answer; answers not listed give 0.
     *
     * @param budget    per budget answer
     * @param authority per authority answer
     * @param need      per need answer
     * @param timeline  per timeline answer
     */
    public record BantPoints(Map<Budget, Integer> budget, Map<Authority, Integer> authority, Map<Need, Integer> need,
                             Map<Timeline, Integer> timeline) {
        /** Copies the maps. */
        public BantPoints {
            budget = Map.copyOf(budget);
            authority = Map.copyOf(authority);
            need = Map.copyOf(need);
            timeline = Map.copyOf(timeline);
        }
    }

    /**
     * Product-usage points.
     *
     * @param activeDays        per active day
     * @param keyFeatures       per key feature used
     * @param seats             team adoption
     * @param usageLimitReached hitting a usage limit
     */
    public record ProductPoints(PerUnit activeDays, PerUnit keyFeatures, Threshold seats, Points usageLimitReached) {
    }

    /**
     * A number of points.
     *
     * @param points the points
     */
    public record Points(int points) {
    }

    /**
     * Stage criteria.
     *
     * @param mql              marketing-qualified
     * @param sql              sales-qualified
     * @param pql              product-qualified
     * @param serviceQualified service-qualified
     * @param disqualify       disqualifying lists
     */
    public record Classification(Mql mql, Sql sql, Pql pql, ServiceQualified serviceQualified, Disqualify disqualify) {
    }

    /**
     * MQL criteria.
     *
     * @param minScore   lowest unidimensional score
     * @param recentDays positive engagement within this many days
     * @param minGrade   worst fit grade allowed
     */
    public record Mql(int minScore, int recentDays, Grade minGrade) {
    }

    /**
     * SQL criteria.
     *
     * @param handRaiseTypes interaction types that are a hand-raise
     * @param recentDays     the hand-raise within this many days
     * @param minGrade       worst fit grade allowed
     * @param minBantParts   how many BANT parts must be positive
     * @param positiveBant   which answers count as positive
     * @param directInquiry  the direct-inquiry route to SQL
     */
    public record Sql(List<String> handRaiseTypes, int recentDays, Grade minGrade, int minBantParts,
                      PositiveBant positiveBant, DirectInquiry directInquiry) {
        /** @throws IllegalArgumentException if {@code minBantParts} is outside 0..4 */
        public Sql {
            handRaiseTypes = List.copyOf(handRaiseTypes);
            check(minBantParts >= 0 && minBantParts <= 4, "classification.sql.minBantParts must be in 0..4, got %s",
                    minBantParts);
        }
    }

    /**
     * The BANT answers that count as positive.
     *
     * @param budget    positive budget answers
     * @param authority positive authority answers
     * @param need      positive need answers
     * @param timeline  positive timeline answers
     */
    public record PositiveBant(Set<Budget> budget, Set<Authority> authority, Set<Need> need, Set<Timeline> timeline) {
        /** Copies the sets. */
        public PositiveBant {
            budget = Set.copyOf(budget);
            authority = Set.copyOf(authority);
            need = Set.copyOf(need);
            timeline = Set.copyOf(timeline);
        }

        /**
         * @param bant what sales learned
         * @return how many of the four parts are positive
         */
        public int count(org.leadqualification.model.Bant bant) {
            return (budget.contains(bant.budget()) ? 1 : 0) + (authority.contains(bant.authority()) ? 1 : 0)
                    + (need.contains(bant.need()) ? 1 : 0) + (timeline.contains(bant.timeline()) ? 1 : 0);
        }
    }

    /**
     * The direct-inquiry route to SQL: a lead from one of these sources, created recently, strong fit and all four
     * BANT parts positive.
     *
     * @param sources    lead sources that are a direct inquiry
     * @param recentDays the lead created within this many days
     * @param minGrade   worst fit grade allowed
     */
    public record DirectInquiry(List<String> sources, int recentDays, Grade minGrade) {
        /** Copies the list. */
        public DirectInquiry {
            sources = List.copyOf(sources);
        }

        /**
         * @param source a lead source
         * @return true if it is one of {@code sources}, ignoring case
         */
        public boolean isDirectInquiry(String source) {
            return containsIgnoreCase(sources, source);
        }
    }

    /**
     * PQL criteria.
     *
     * @param plans          plans that can be product-qualified
     * @param minActiveDays  lowest active days
     * @param minKeyFeatures lowest number of key features used
     * @param recentDays     product activity or sign-up within this many days
     * @param activityTypes  interaction types that count as product activity
     */
    public record Pql(Set<ProductPlan> plans, int minActiveDays, int minKeyFeatures, int recentDays,
                      List<String> activityTypes) {
        /** Copies the collections. */
        public Pql {
            plans = Set.copyOf(plans);
            activityTypes = List.copyOf(activityTypes);
        }
    }

    /**
     * Service-qualified criteria.
     *
     * @param types      interaction types that signal an upgrade or add-on
     * @param recentDays within this many days
     */
    public record ServiceQualified(List<String> types, int recentDays) {
        /** Copies the list. */
        public ServiceQualified {
            types = List.copyOf(types);
        }
    }

    /**
     * Disqualifying lists; matching ignores case.
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
         * @return the lead's e-mail or company domain when it is a competitor's (subdomains included), else null
         */
        public String competitorDomainOf(org.leadqualification.model.Lead lead) {
            String email = lead.person().emailDomain().orElse(null);
            if (isCompetitor(email)) {
                return email;
            }
            String company = lead.company().domain().orElse(null);
            return isCompetitor(company) ? company.toLowerCase(Locale.ROOT) : null;
        }

        private boolean isCompetitor(String domain) {
            if (domain == null) {
                return false;
            }
            for (String c : competitorDomains) {
                int start = domain.length() - c.length();
                if (start == 0 && domain.equalsIgnoreCase(c)
                        || start > 0 && domain.charAt(start - 1) == '.' && domain.regionMatches(true, start, c, 0,
                        c.length())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * @param country an ISO country code
         * @return true if the country is not served
         */
        public boolean isExcludedCountry(String country) {
            return containsIgnoreCase(excludedCountries, country);
        }

        /**
         * @param industry an industry
         * @return true if the industry is not served
         */
        public boolean isExcludedIndustry(String industry) {
            return containsIgnoreCase(excludedIndustries, industry);
        }
    }

    /**
     * Built-in rules switched off.
     *
     * @param disabled      rule names
     * @param disabledFiles built-in file names, e.g. {@code engagement.drl}
     */
    public record RuleSwitches(List<String> disabled, List<String> disabledFiles) {
        /** Copies the lists. */
        public RuleSwitches {
            disabled = disabled == null ? List.of() : List.copyOf(disabled);
            disabledFiles = disabledFiles == null ? List.of() : List.copyOf(disabledFiles);
        }
    }

}

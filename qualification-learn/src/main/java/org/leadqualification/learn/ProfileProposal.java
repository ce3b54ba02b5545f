package org.leadqualification.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.result.Dimension;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.leadqualification.rules.profile.Band;
import org.leadqualification.rules.profile.InteractionPoints;
import org.leadqualification.rules.profile.PerUnit;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * A scoring profile proposed from a learned model: each built-in rule's points made proportional to what the model
 * learned the rule is worth, as a partial profile a team reviews in a pull request.
 *
 * <p>Rule {@code r} gives points in dimension {@code d}; a raw point there moves the score by
 * {@code c_d = weight_d / normalisation_d} (the profile's blend). The model learned {@code w_r} log-odds per point of
 * {@code r}. The proposal multiplies every number of the rule by {@code f_r = K × w_r / c_d}, so that a rule's share
 * of the score follows its share of the learned log-odds, whichever dimension it is in; {@code K} is such that the
 * largest number any proposed rule can give equals the largest the current ones give (for an interaction or
 * per-unit rule: its cap; for a table: its largest entry), which keeps the score on its scale. A rule that went with
 * losing gets negative points; an interaction rule's points and cap scale together (the sign goes to the points).
 *
 * <p>Proposed: one-number rules (target industry, free e-mail, ...), interaction rules ({@code interactions.TYPE}),
 * per-unit rules ({@code product.activeDays}, {@code product.keyFeatures}) and tables: {@code fit.seniority},
 * {@code fit.companySize} and {@code fit.annualRevenue} (written whole: a list in a partial profile replaces the
 * list) and {@code bant.budget}, {@code authority}, {@code need}, {@code timeline} (only changed entries). Numbers
 * are whole; only changed numbers are written. Not proposed, and listed with why: rules the model has no weight for
 * (never seen often enough in training, so they keep their points), team rules whose points are not in the profile,
 * and rules in a dimension the score gives no weight.
 */
public final class ProfileProposal {
    /** Built-in rules whose points are one profile number, by rule name: the YAML path of that number. */
    private static final Map<String, String> SINGLE = Map.ofEntries(
            Map.entry("Target department", "fit.departments"),
            Map.entry("Target role in job title", "fit.jobTitleKeywords"),
            Map.entry("Target industry", "fit.industries"),
            Map.entry("Target country", "fit.countries"),
            Map.entry("Funded company", "fit.funding"),
            Map.entry("Free e-mail address", "fit.freeMail"),
            Map.entry("Made-up contact data", "fit.fakeData"),
            Map.entry("No recent engagement", "inactivity"),
            Map.entry("Team adoption", "product.seats"),
            Map.entry("Usage limit reached", "product.usageLimitReached"));
    /** Built-in interaction rules, by rule name: the interaction type whose points and cap they use. */
    private static final Map<String, String> ACTIVITY = Map.ofEntries(
            Map.entry("Page views", "PAGE_VIEW"), Map.entry("Blog posts read", "BLOG_VIEW"),
            Map.entry("Content downloaded", "CONTENT_DOWNLOAD"), Map.entry("Newsletter signup", "NEWSLETTER_SIGNUP"),
            Map.entry("E-mail opens", "EMAIL_OPEN"), Map.entry("E-mail clicks", "EMAIL_CLICK"),
            Map.entry("E-mail replies", "EMAIL_REPLY"), Map.entry("Social follow", "SOCIAL_FOLLOW"),
            Map.entry("Social engagement", "SOCIAL_ENGAGEMENT"), Map.entry("Webinar registration", "WEBINAR_REGISTERED"),
            Map.entry("Webinar attended", "WEBINAR_ATTENDED"), Map.entry("Event attended", "EVENT_ATTENDED"),
            Map.entry("Chat conversation", "CHAT_CONVERSATION"), Map.entry("Form submitted", "FORM_SUBMIT"),
            Map.entry("Tool used", "TOOL_USED"), Map.entry("Pricing page viewed", "PRICING_PAGE_VIEW"),
            Map.entry("Case studies viewed", "CASE_STUDY_VIEW"), Map.entry("Comparison page viewed", "COMPARISON_PAGE_VIEW"),
            Map.entry("Demo requested", "DEMO_REQUEST"), Map.entry("Demo attended", "DEMO_ATTENDED"),
            Map.entry("Meeting booked", "MEETING_BOOKED"), Map.entry("Contacted sales", "CONTACT_SALES"),
            Map.entry("Pricing inquiry", "PRICING_INQUIRY"), Map.entry("Quote requested", "QUOTE_REQUEST"),
            Map.entry("Referral", "REFERRAL"), Map.entry("Free trial started", "FREE_TRIAL_START"),
            Map.entry("Product logins", "PRODUCT_LOGIN"), Map.entry("Features activated", "FEATURE_ACTIVATED"),
            Map.entry("Teammates invited", "TEAMMATE_INVITED"), Map.entry("Usage limit hit", "USAGE_LIMIT_REACHED"),
            Map.entry("Upgrade page viewed", "UPGRADE_PAGE_VIEW"), Map.entry("Upgrade inquiry", "UPGRADE_INQUIRY"),
            Map.entry("Add-on interest", "ADD_ON_INTEREST"), Map.entry("Support tickets", "SUPPORT_TICKET"),
            Map.entry("E-mail bounced", "EMAIL_BOUNCE"), Map.entry("Unsubscribed", "UNSUBSCRIBE"),
            Map.entry("Spam complaint", "SPAM_COMPLAINT"), Map.entry("Not interested", "NOT_INTERESTED"),
            Map.entry("Careers page viewed", "CAREERS_PAGE_VIEW"));

    private final List<Change> changes;
    private final List<String> notChanged;
    private final String yaml;

    private ProfileProposal(List<Change> changes, List<String> notChanged, String yaml) {
        this.changes = List.copyOf(changes);
        this.notChanged = List.copyOf(notChanged);
        this.yaml = yaml;
    }

    /**
     * One changed number.
     *
     * @param rule       the rule
     * @param path       the profile path, e.g. {@code interactions.PAGE_VIEW}, {@code fit.industries},
     *                   {@code fit.seniority.VP} or {@code fit.companySize[2]} (zero-based)
     * @param weight     the learned log-odds per point of the rule
     * @param points     the current points (per interaction or unit, for an interaction or per-unit rule)
     * @param cap        the current cap of an interaction or per-unit rule
     * @param newPoints  the proposed points
     * @param newCap     the proposed cap of an interaction or per-unit rule
     */
    public record Change(String rule, String path, double weight, int points, Optional<Integer> cap, int newPoints,
                         Optional<Integer> newCap) {
        /** @throws NullPointerException if a component is null */
        public Change {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(cap, "cap");
            Objects.requireNonNull(newCap, "newCap");
        }
    }

    /** How a rule's numbers sit in the profile, which decides how they are scaled and written. */
    private enum Shape {
        /** {@code { points: N }}. */
        SINGLE,
        /** {@code { points: N, cap: M }} or {@code { pointsEach: N, cap: M }}: the first number, then the cap. */
        CAPPED,
        /** {@code { KEY: N, ... }}: only changed entries are written. */
        TABLE,
        /** A list of {@code { min, max, points }}: written whole. */
        BANDS
    }

    /**
     * One rule's numbers.
     *
     * @param keys   what each number is called: {@code points}; {@code points}/{@code pointsEach} then {@code cap};
     *               table keys; band indexes
     * @param values the current numbers, in {@code keys} order
     * @param bands  the bands of a {@link Shape#BANDS} rule
     */
    private record Knob(String rule, String path, Shape shape, List<String> keys, List<Integer> values,
                        List<Band> bands, double weight, double perScorePoint) {
        /** The most the rule can give, in absolute points: a cap, the one number, or the largest entry. */
        int most() {
            return shape == Shape.CAPPED ? values.get(1) : values.stream().mapToInt(Math::abs).max().orElse(0);
        }

        /** Log-odds per score point the rule gives at most: how much a score point of it should be worth. */
        double worth() {
            return weight / perScorePoint * most();
        }

        /** The proposed numbers with {@code f} log-odds per point scaled, in {@code keys} order. */
        List<Integer> scaled(double f) {
            List<Integer> out = new ArrayList<>();
            if (shape == Shape.CAPPED) {
                int points = values.get(0);
                int cap = values.get(1);
                double p = f * points;
                int newCap = (int) Math.round(Math.abs(f) * cap);
                int newPoints = (int) Math.round(p);
                if (newPoints == 0 && newCap > 0) {
                    newPoints = p < 0 ? -1 : 1;
                }
                out.add(newPoints);
                out.add(newCap);
            } else {
                values.forEach(v -> out.add((int) Math.round(f * v)));
            }
            return out;
        }
    }

    /**
     * @param result  what training gave: the model and the dimension each rule gave its points in
     * @param current the profile the model's rule points were given with
     * @return the proposal
     */
    public static ProfileProposal propose(TrainingResult result, ScoringProfile current) {
        return propose(result.model(), result.ruleDimensions(), current);
    }

    /**
     * @param model          a learned model
     * @param ruleDimensions the dimension each rule gives its points in (a rule not named is not proposed)
     * @param current        the profile the model's rule points were given with
     * @return the proposal
     */
    public static ProfileProposal propose(LikelihoodModel model, Map<String, Dimension> ruleDimensions,
                                          ScoringProfile current) {
        Map<String, Double> weights = new TreeMap<>();
        for (WeightedFeature f : model.features()) {
            if (f.feature().kind() == Feature.Kind.RULE) {
                weights.put(f.feature().key(), f.weight());
            }
        }
        List<Knob> knobs = new ArrayList<>();
        List<String> notChanged = new ArrayList<>();
        weights.forEach((rule, w) -> {
            String perPoint = String.format(Locale.ROOT, "%s: %+.4f log-odds per point", rule, w);
            Dimension d = ruleDimensions.get(rule);
            Optional<Knob> knob = d == null ? Optional.empty() : knob(rule, w, d, current);
            if (d == null) {
                notChanged.add(perPoint + " (its dimension is not known: not proposed)");
            } else if (current.weights().get(d) == 0) {
                notChanged.add(perPoint + " (its dimension, " + d.jsonName() + ", has no weight in the score: not "
                        + "proposed)");
            } else if (knob.isEmpty()) {
                notChanged.add(perPoint + " (its points are not in the profile: not proposed)");
            } else {
                knobs.add(knob.get());
            }
        });
        double largestPoints = 0;
        double largestWorth = 0;
        for (Knob k : knobs) {
            largestPoints = Math.max(largestPoints, k.most());
            largestWorth = Math.max(largestWorth, Math.abs(k.worth()));
        }
        double scale = largestWorth == 0 ? 0 : largestPoints / largestWorth;
        List<Change> changes = new ArrayList<>();
        Map<String, List<String>> sections = new LinkedHashMap<>();
        knobs.sort(Comparator.comparing(Knob::path));
        for (Knob k : knobs) {
            List<Integer> next = k.scaled(scale * k.weight() / k.perScorePoint());
            if (next.equals(k.values())) {
                continue;
            }
            changes.addAll(changesOf(k, next));
            write(sections, k, next);
        }
        changes.sort(Comparator.comparing(Change::path));
        return new ProfileProposal(changes, notChanged, yaml(model, sections, notChanged));
    }

    private static Optional<Knob> knob(String rule, double w, Dimension d, ScoringProfile p) {
        double perScorePoint = (double) p.weights().get(d) / p.normalisation().get(d);
        if (ACTIVITY.containsKey(rule)) {
            String type = ACTIVITY.get(rule);
            InteractionPoints ip = p.pointsOf(type);
            return Optional.of(new Knob(rule, "interactions." + type, Shape.CAPPED, List.of("points", "cap"),
                    List.of(ip.points(), ip.cap()), List.of(), w, perScorePoint));
        }
        if (SINGLE.containsKey(rule)) {
            return Optional.of(new Knob(rule, SINGLE.get(rule), Shape.SINGLE, List.of("points"),
                    List.of(single(p, SINGLE.get(rule))), List.of(), w, perScorePoint));
        }
        return switch (rule) {
            case "Active days in product" -> Optional.of(perUnit(rule, "product.activeDays",
                    p.product().activeDays(), w, perScorePoint));
            case "Key features used" -> Optional.of(perUnit(rule, "product.keyFeatures", p.product().keyFeatures(), w,
                    perScorePoint));
            case "Seniority" -> Optional.of(table(rule, "fit.seniority", p.fit().seniority(), w, perScorePoint));
            case "Budget" -> Optional.of(table(rule, "bant.budget", p.bant().budget(), w, perScorePoint));
            case "Authority" -> Optional.of(table(rule, "bant.authority", p.bant().authority(), w, perScorePoint));
            case "Need" -> Optional.of(table(rule, "bant.need", p.bant().need(), w, perScorePoint));
            case "Timeline" -> Optional.of(table(rule, "bant.timeline", p.bant().timeline(), w, perScorePoint));
            case "Company size" -> Optional.of(bands(rule, "fit.companySize", p.fit().companySize(), w,
                    perScorePoint));
            case "Annual revenue" -> Optional.of(bands(rule, "fit.annualRevenue", p.fit().annualRevenue(), w,
                    perScorePoint));
            default -> Optional.empty();
        };
    }

    private static Knob perUnit(String rule, String path, PerUnit u, double w, double perScorePoint) {
        return new Knob(rule, path, Shape.CAPPED, List.of("pointsEach", "cap"), List.of(u.pointsEach(), u.cap()),
                List.of(), w, perScorePoint);
    }

    private static <E extends Enum<E>> Knob table(String rule, String path, Map<E, Integer> entries, double w,
                                                  double perScorePoint) {
        // By the enum's order, so the proposal is the same however the profile's map iterates.
        Map<E, Integer> sorted = new TreeMap<>(entries);
        return new Knob(rule, path, Shape.TABLE, sorted.keySet().stream().map(Enum::name).toList(),
                List.copyOf(sorted.values()), List.of(), w, perScorePoint);
    }

    private static Knob bands(String rule, String path, List<Band> bands, double w, double perScorePoint) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            keys.add(String.valueOf(i));
        }
        return new Knob(rule, path, Shape.BANDS, keys, bands.stream().map(Band::points).toList(), bands, w,
                perScorePoint);
    }

    private static List<Change> changesOf(Knob k, List<Integer> next) {
        List<Change> out = new ArrayList<>();
        switch (k.shape()) {
            case SINGLE -> out.add(new Change(k.rule(), k.path(), k.weight(), k.values().get(0), Optional.empty(),
                    next.get(0), Optional.empty()));
            case CAPPED -> out.add(new Change(k.rule(), k.path(), k.weight(), k.values().get(0),
                    Optional.of(k.values().get(1)), next.get(0), Optional.of(next.get(1))));
            case TABLE, BANDS -> {
                for (int i = 0; i < next.size(); i++) {
                    if (!next.get(i).equals(k.values().get(i))) {
                        String at = k.shape() == Shape.TABLE ? "." + k.keys().get(i) : "[" + i + "]";
                        out.add(new Change(k.rule(), k.path() + at, k.weight(), k.values().get(i), Optional.empty(),
                                next.get(i), Optional.empty()));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown shape " + k.shape());
        }
        return out;
    }

    private static int single(ScoringProfile p, String path) {
        return switch (path) {
            case "fit.departments" -> p.fit().departments().points();
            case "fit.jobTitleKeywords" -> p.fit().jobTitleKeywords().points();
            case "fit.industries" -> p.fit().industries().points();
            case "fit.countries" -> p.fit().countries().points();
            case "fit.funding" -> p.fit().funding().points();
            case "fit.freeMail" -> p.fit().freeMail().points();
            case "fit.fakeData" -> p.fit().fakeData().points();
            case "inactivity" -> p.inactivity().points();
            case "product.seats" -> p.product().seats().points();
            case "product.usageLimitReached" -> p.product().usageLimitReached().points();
            default -> throw new IllegalStateException("unknown path " + path);
        };
    }

    /** Adds the YAML of one changed rule to its section: {@code section:} header to its lines. */
    private static void write(Map<String, List<String>> sections, Knob k, List<Integer> next) {
        int dot = k.path().indexOf('.');
        String section = dot < 0 ? k.path() : k.path().substring(0, dot);
        String key = dot < 0 ? null : k.path().substring(dot + 1);
        String comment = String.format(Locale.ROOT, "  # %s: %+.4f per point; was %s", k.rule(), k.weight(),
                was(k));
        List<String> lines = new ArrayList<>();
        String value = switch (k.shape()) {
            case SINGLE -> "{ points: " + next.get(0) + " }";
            case CAPPED -> "{ " + k.keys().get(0) + ": " + next.get(0) + ", cap: " + next.get(1) + " }";
            case TABLE -> {
                List<String> entries = new ArrayList<>();
                for (int i = 0; i < next.size(); i++) {
                    if (!next.get(i).equals(k.values().get(i))) {
                        entries.add(k.keys().get(i) + ": " + next.get(i));
                    }
                }
                yield "{ " + String.join(", ", entries) + " }";
            }
            case BANDS -> {
                for (int i = 0; i < next.size(); i++) {
                    Band b = k.bands().get(i);
                    lines.add("    - { min: " + b.min() + (b.max() == Long.MAX_VALUE ? "" : ", max: " + b.max())
                            + ", points: " + next.get(i) + " }");
                }
                yield "";
            }
        };
        String first = k.shape() == Shape.BANDS ? ":" + comment : ": " + value + comment;
        if (key == null) {
            sections.computeIfAbsent(section + first, s -> new ArrayList<>());
        } else {
            List<String> in = sections.computeIfAbsent(section + ":", s -> new ArrayList<>());
            in.add("  " + key + first);
            in.addAll(lines);
        }
    }

    private static String was(Knob k) {
        return switch (k.shape()) {
            case SINGLE -> String.valueOf(k.values().get(0));
            case CAPPED -> k.values().get(0) + ", cap " + k.values().get(1);
            case TABLE -> {
                List<String> entries = new ArrayList<>();
                for (int i = 0; i < k.keys().size(); i++) {
                    entries.add(k.keys().get(i) + " " + k.values().get(i));
                }
                yield String.join(", ", entries);
            }
            case BANDS -> k.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
        };
    }

    private static String yaml(LikelihoodModel model, Map<String, List<String>> sections, List<String> notChanged) {
        StringBuilder sb = new StringBuilder();
        sb.append("# A scoring profile proposed by qualify learn: only the numbers it changes. Each rule's points are\n")
                .append("# made proportional to what the learned model says the rule is worth (log-odds), weighed by\n")
                .append("# what a point of its dimension is worth in the score, on the profile's own scale. Review\n")
                .append("# before use; compare with: qualify impact --judge-at WHEN --candidate-profile THIS_FILE LEADS\n");
        model.training().ifPresent(t -> sb.append("# Learned from ").append(t.trainLeads()).append(" leads created ")
                .append(t.from()).append(" .. ").append(t.testFrom()).append(", judged ").append(t.decisionInstant())
                .append(".\n"));
        for (String n : notChanged) {
            sb.append("# ").append(n).append('\n');
        }
        sections.forEach((head, lines) -> {
            sb.append(head).append('\n');
            lines.forEach(l -> sb.append(l).append('\n'));
        });
        return sb.toString();
    }

    /** @return the changed numbers, by profile path */
    public List<Change> changes() {
        return changes;
    }

    /** @return rules with a learned weight whose points the proposal leaves alone, with why */
    public List<String> notChanged() {
        return notChanged;
    }

    /** @return the partial profile, YAML, with a comment per changed number */
    public String yaml() {
        return yaml;
    }

    /**
     * @param qualifier a rule set
     * @param heldOut   held-out leads, as training returned them
     * @return how well its score ranks them, each judged at its decision instant knowing only what was known then
     */
    public static ScoreQuality quality(LeadQualifier qualifier, List<TrainingResult.HeldOutLead> heldOut) {
        ScoreQuality.Tally tally = new ScoreQuality.Tally();
        for (TrainingResult.HeldOutLead h : heldOut) {
            tally.add(qualifier.qualify(DecisionInstant.knownAt(h.lead(), h.decision()), h.decision()), h.won());
        }
        return tally.result();
    }
}

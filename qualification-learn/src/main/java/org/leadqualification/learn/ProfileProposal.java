package org.leadqualification.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.funnel.RocAuc;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.leadqualification.rules.profile.InteractionPoints;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * A scoring profile proposed from a learned model: each built-in rule's points made proportional to what the model
 * learned a point of that rule is worth, on the profile's own scale, as a partial profile a team reviews in a pull
 * request.
 *
 * <p>For rule {@code r} with current points {@code P_r} (for an interaction rule: its cap with the sign of its points,
 * the most it can give) and
 * learned log-odds per point {@code w_r}, the rule's learned worth is {@code w_r × P_r}; the proposal gives it
 * {@code K × w_r × P_r} points, with {@code K} such that the largest worth gets the current largest points. An
 * interaction rule's points per interaction and cap both scale by the same factor. Numbers are whole; only changed
 * numbers are written. Rules the model has no weight for (never seen often enough in training) keep their
 * points; rules whose numbers are tables (seniority, company size, revenue, BANT, active days, key features) are
 * reported but not changed.
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
     * @param path       the profile path, e.g. {@code interactions.PAGE_VIEW} or {@code fit.industries}
     * @param weight     the learned log-odds per point of the rule
     * @param points     the current points (per interaction, for an interaction rule)
     * @param cap        the current cap of an interaction rule
     * @param newPoints  the proposed points
     * @param newCap     the proposed cap of an interaction rule
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

    /**
     * @param model   a learned model
     * @param current the profile the model's rule points were given with
     * @return the proposal
     */
    public static ProfileProposal propose(LikelihoodModel model, ScoringProfile current) {
        Map<String, Double> weights = new HashMap<>();
        for (WeightedFeature f : model.features()) {
            if (f.feature().kind() == Feature.Kind.RULE) {
                weights.put(f.feature().key(), f.weight());
            }
        }
        record Knob(String rule, String path, int points, Optional<Integer> cap, double weight) {
            int most() {
                return cap.orElse(Math.abs(points));
            }

            /** The log-odds the rule gives at most: per point, times its (signed) points or cap. */
            double worth() {
                return weight * (cap.isPresent() ? Math.signum(points) * cap.get() : points);
            }
        }
        List<Knob> knobs = new ArrayList<>();
        List<String> notChanged = new ArrayList<>();
        List<String> rules = new ArrayList<>(weights.keySet());
        Collections.sort(rules);
        for (String rule : rules) {
            double w = weights.get(rule);
            if (ACTIVITY.containsKey(rule)) {
                String type = ACTIVITY.get(rule);
                InteractionPoints p = current.pointsOf(type);
                knobs.add(new Knob(rule, "interactions." + type, p.points(), Optional.of(p.cap()), w));
            } else if (SINGLE.containsKey(rule)) {
                knobs.add(new Knob(rule, SINGLE.get(rule), single(current, SINGLE.get(rule)), Optional.empty(), w));
            } else {
                notChanged.add(rule + String.format(Locale.ROOT, ": %+.4f log-odds per point (its points are a table "
                        + "or not in the profile: not proposed)", w));
            }
        }
        double largestPoints = 0;
        double largestWorth = 0;
        for (Knob k : knobs) {
            largestPoints = Math.max(largestPoints, k.most());
            largestWorth = Math.max(largestWorth, Math.abs(k.worth()));
        }
        List<Change> changes = new ArrayList<>();
        for (Knob k : knobs) {
            double worth = k.worth();
            double scaled = largestWorth == 0 ? 0 : worth * largestPoints / largestWorth;
            if (k.cap().isPresent()) {
                // An interaction rule: points per interaction and cap scale together; the sign goes to the points.
                double factor = k.cap().get() == 0 ? 0 : Math.abs(scaled) / k.cap().get();
                int newCap = (int) Math.round(Math.abs(scaled));
                int newPoints = (int) Math.round(Math.abs(k.points()) * factor) * (scaled < 0 ? -1 : 1);
                if (newPoints == 0 && newCap > 0) {
                    newPoints = scaled < 0 ? -1 : 1;
                }
                if (newPoints != k.points() || newCap != k.cap().get()) {
                    changes.add(new Change(k.rule(), k.path(), k.weight(), k.points(), k.cap(), newPoints,
                            Optional.of(newCap)));
                }
            } else {
                int newPoints = (int) Math.round(scaled);
                if (newPoints != k.points()) {
                    changes.add(new Change(k.rule(), k.path(), k.weight(), k.points(), Optional.empty(), newPoints,
                            Optional.empty()));
                }
            }
        }
        changes.sort(Comparator.comparing(Change::path));
        return new ProfileProposal(changes, notChanged, yaml(model, changes, notChanged));
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

    private static String yaml(LikelihoodModel model, List<Change> changes, List<String> notChanged) {
        StringBuilder sb = new StringBuilder();
        sb.append("# A scoring profile proposed by qualify learn: only the numbers it changes. Each rule's points are\n")
                .append("# made proportional to what the learned model says a point of the rule is worth (log-odds),\n")
                .append("# on the profile's own scale. Review before use; compare with: qualify impact --candidate-profile\n");
        model.training().ifPresent(t -> sb.append("# Learned from ").append(t.trainLeads()).append(" leads created ")
                .append(t.from()).append(" .. ").append(t.testFrom()).append(", judged ").append(t.decisionInstant())
                .append(".\n"));
        for (String n : notChanged) {
            sb.append("# ").append(n).append('\n');
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (Change c : changes) {
            int dot = c.path().indexOf('.');
            String section = dot < 0 ? c.path() : c.path().substring(0, dot);
            String key = dot < 0 ? null : c.path().substring(dot + 1);
            String value = c.newCap().isPresent()
                    ? "{ points: " + c.newPoints() + ", cap: " + c.newCap().get() + " }"
                    : "{ points: " + c.newPoints() + " }";
            String comment = String.format(Locale.ROOT, "# %s: %+.4f per point; was %d%s", c.rule(), c.weight(),
                    c.points(), c.cap().map(cap -> ", cap " + cap).orElse(""));
            if (key == null) {
                sections.computeIfAbsent(section + ": " + value + "  " + comment, s -> new ArrayList<>());
            } else {
                sections.computeIfAbsent(section + ":", s -> new ArrayList<>()).add("  " + key + ": " + value + "  "
                        + comment);
            }
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
     * How well a rule set's score ranks leads it was not trained on.
     *
     * @param auc           ROC AUC of the score, won against lost
     * @param topDecileLift the conversion of the 10% highest-scored leads over the overall conversion
     * @param mqlOrBetter   the share of leads at MQL, PQL, SQL or service-qualified
     */
    public record ScoreQuality(double auc, double topDecileLift, double mqlOrBetter) {
    }

    /**
     * @param qualifier a rule set
     * @param heldOut   held-out leads, as training returned them
     * @return how well its score ranks them, each judged at its decision instant knowing only what was known then
     */
    public static ScoreQuality quality(LeadQualifier qualifier, List<TrainingResult.HeldOutLead> heldOut) {
        int n = heldOut.size();
        int[] score = new int[n];
        List<Double> won = new ArrayList<>();
        List<Double> lost = new ArrayList<>();
        long wins = 0;
        long qualified = 0;
        for (int i = 0; i < n; i++) {
            TrainingResult.HeldOutLead h = heldOut.get(i);
            Qualification q = qualifier.qualify(DecisionInstant.knownAt(h.lead(), h.decision()), h.decision());
            score[i] = q.score();
            (h.won() ? won : lost).add((double) q.score());
            wins += h.won() ? 1 : 0;
            qualified += switch (q.stage()) {
                case MQL, PQL, SQL, SERVICE_QUALIFIED -> 1;
                default -> 0;
            };
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Highest score first; among equal scores, held-out order (creation), so the lift is reproducible.
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -score[i]).thenComparing(i -> i));
        int top = Math.max(1, n / 10);
        long topWins = 0;
        for (int k = 0; k < top && k < n; k++) {
            topWins += heldOut.get(order[k]).won() ? 1 : 0;
        }
        double rate = n == 0 ? 0 : (double) wins / n;
        double auc = RocAuc.of(won.stream().mapToDouble(Double::doubleValue).toArray(),
                lost.stream().mapToDouble(Double::doubleValue).toArray()).orElse(0.5);
        return new ScoreQuality(LikelihoodTrainer.round(auc),
                LikelihoodTrainer.round(rate == 0 ? 0 : ((double) topWins / top) / rate),
                LikelihoodTrainer.round(n == 0 ? 0 : (double) qualified / n));
    }
}

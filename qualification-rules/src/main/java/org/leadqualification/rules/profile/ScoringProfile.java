package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.checkField;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Stage;

/**
 * Every number the built-in rules use: points, caps, half-lives, windows, thresholds, the ideal customer profile,
 * dimension weights and the recommended actions. Immutable and thread-safe.
 *
 * <p>Profiles come from {@link #defaults()} (the bundled {@code default-profile.yaml}), {@link #load(Path)},
 * {@link #parse(String, String)} or {@link #with(String, String)}: a partial profile overrides only what it names
 * (objects merge key by key; lists and values replace). There is no public constructor: every profile is the
 * defaults with some parts replaced, so no part can be forgotten. Each section is a value type of its own
 * ({@link Fit}, {@link Classification}, ...); lookups that may find nothing return {@code Optional}.
 *
 * <p>Rules read the profile through the DRL global {@code profile}.
 */
@JsonPropertyOrder({"normalisation", "weights", "grades", "decay", "interactions", "defaultDecayGroup", "inactivity",
        "fit", "bant", "product", "classification", "actions", "rules", "sla", "likelihood", "account"})
public final class ScoringProfile {
    private final DimensionValues normalisation;
    private final DimensionValues weights;
    private final GradeThresholds grades;
    private final Map<String, DecayGroup> decay;
    private final Map<String, InteractionPoints> interactions;
    private final String defaultDecayGroup;
    private final Inactivity inactivity;
    private final Fit fit;
    private final BantPoints bant;
    private final ProductPoints product;
    private final Classification classification;
    private final Map<Stage, String> actions;
    private final RuleSwitches rules;
    private final Sla sla;
    private final LikelihoodSettings likelihood;
    private final AccountProfile account;

    /** Copies and checks the sections; only the loader makes profiles (from the merged YAML/JSON tree). */
    @JsonCreator
    ScoringProfile(@JsonProperty("normalisation") DimensionValues normalisation,
                   @JsonProperty("weights") DimensionValues weights,
                   @JsonProperty("grades") GradeThresholds grades,
                   @JsonProperty("decay") Map<String, DecayGroup> decay,
                   @JsonProperty("interactions") Map<String, InteractionPoints> interactions,
                   @JsonProperty("defaultDecayGroup") String defaultDecayGroup,
                   @JsonProperty("inactivity") Inactivity inactivity,
                   @JsonProperty("fit") Fit fit,
                   @JsonProperty("bant") BantPoints bant,
                   @JsonProperty("product") ProductPoints product,
                   @JsonProperty("classification") Classification classification,
                   @JsonProperty("actions") Map<Stage, String> actions,
                   @JsonProperty("rules") RuleSwitches rules,
                   @JsonProperty("sla") Sla sla,
                   @JsonProperty("likelihood") LikelihoodSettings likelihood,
                   @JsonProperty("account") AccountProfile account) {
        this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.grades = Objects.requireNonNull(grades, "grades");
        this.decay = Map.copyOf(Objects.requireNonNull(decay, "decay"));
        this.interactions = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(interactions,
                "interactions")));
        this.defaultDecayGroup = Objects.requireNonNull(defaultDecayGroup, "defaultDecayGroup");
        this.inactivity = Objects.requireNonNull(inactivity, "inactivity");
        this.fit = Objects.requireNonNull(fit, "fit");
        this.bant = Objects.requireNonNull(bant, "bant");
        this.product = Objects.requireNonNull(product, "product");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.actions = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(actions, "actions")));
        this.rules = Objects.requireNonNullElse(rules, RuleSwitches.NONE);
        this.sla = Objects.requireNonNullElse(sla, Sla.NONE);
        this.likelihood = Objects.requireNonNullElse(likelihood, LikelihoodSettings.NONE);
        this.account = Objects.requireNonNull(account, "account");
        checkAcrossSections();
    }

    /** The checks that span sections; each section checks its own values when it is built. */
    private void checkAcrossSections() {
        for (Dimension d : Dimension.values()) {
            String n = d.jsonName();
            checkField("normalisation." + n, normalisation.get(d) > 0, "normalisation.%s must be > 0, got %s", n,
                    normalisation.get(d));
            checkField("weights." + n, weights.get(d) >= 0, "weights.%s must be >= 0, got %s", n, weights.get(d));
        }
        int weightSum = weights.fit() + weights.engagement() + weights.intent() + weights.bant();
        checkField("weights", weightSum == 100, "weights must sum to 100, got %s", weightSum);
        checkField("defaultDecayGroup", decay.containsKey(defaultDecayGroup),
                "defaultDecayGroup \"%s\" is not a decay group; known: %s", defaultDecayGroup,
                new TreeSet<>(decay.keySet()));
        for (Map.Entry<String, InteractionPoints> e : interactions.entrySet()) {
            String type = e.getKey();
            checkField("interactions." + type, type.matches("[A-Z][A-Z0-9_]*"),
                    "interactions.%s: type must be an upper-case word of letters, digits and underscores", type);
            checkField("interactions." + type + ".group", decay.containsKey(e.getValue().group()),
                    "interactions.%s.group \"%s\" is not a decay group; known: %s", type, e.getValue().group(),
                    new TreeSet<>(decay.keySet()));
        }
        for (Stage s : Stage.values()) {
            checkField("actions." + s, actions.containsKey(s) && !actions.get(s).isBlank(), "actions.%s must be given",
                    s);
        }
    }

    /** @return the bundled default profile */
    public static ScoringProfile defaults() {
        return ProfileLoader.defaults();
    }

    /**
     * Reads a profile file (YAML or JSON) and lays it over the defaults.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @return the defaults with everything the file names replaced
     * @throws InvalidProfileException if the file cannot be read, is not valid YAML/JSON, names an unknown field
     *                                 or holds an invalid value; its {@link InvalidProfileException#location()}
     *                                 names the file and, when known, the line and column
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
     * Parses profile text and lays it over this profile: the one way to change a profile in code.
     *
     * @param text   YAML or JSON naming the values to change
     * @param source a name for error messages
     * @return this profile with everything the text names replaced
     * @throws InvalidProfileException if the text is invalid
     */
    public ScoringProfile with(String text, String source) {
        return ProfileLoader.overlay(this, text, source);
    }

    /** @return raw points at which each dimension reaches 100 */
    @JsonProperty
    public DimensionValues normalisation() {
        return normalisation;
    }

    /** @return weight of each dimension in the unidimensional score; they sum to 100 */
    @JsonProperty
    public DimensionValues weights() {
        return weights;
    }

    /** @return lowest fit score of each grade */
    @JsonProperty
    public GradeThresholds grades() {
        return grades;
    }

    /** @return decay groups by name */
    @JsonProperty
    public Map<String, DecayGroup> decay() {
        return decay;
    }

    /** @return points, cap and decay group per interaction type, in the profile's order */
    @JsonProperty
    public Map<String, InteractionPoints> interactions() {
        return interactions;
    }

    /** @return the decay group of interaction types without an entry in {@link #interactions()} */
    @JsonProperty
    public String defaultDecayGroup() {
        return defaultDecayGroup;
    }

    /** @return the penalty for no engagement for a while */
    @JsonProperty
    public Inactivity inactivity() {
        return inactivity;
    }

    /** @return the ideal customer profile */
    @JsonProperty
    public Fit fit() {
        return fit;
    }

    /** @return points per BANT answer */
    @JsonProperty
    public BantPoints bant() {
        return bant;
    }

    /** @return product-usage points */
    @JsonProperty
    public ProductPoints product() {
        return product;
    }

    /** @return the stage criteria */
    @JsonProperty
    public Classification classification() {
        return classification;
    }

    /** @return the recommended action per stage; every stage has one */
    @JsonProperty
    public Map<Stage, String> actions() {
        return actions;
    }

    /** @return the built-in rules or files switched off */
    @JsonProperty
    public RuleSwitches rules() {
        return rules;
    }

    /** @return the follow-up deadlines between marketing and sales; {@link Sla#NONE} when the profile sets none */
    @JsonProperty
    public Sla sla() {
        return sla;
    }

    /**
     * @return the learned likelihood model the profile names, if any: the engine adds its likelihood to every
     *         result unless its builder is given another model
     */
    @JsonProperty
    public LikelihoodSettings likelihood() {
        return likelihood;
    }

    /** @return the numbers of the account rules ({@code account.drl}) */
    @JsonProperty
    public AccountProfile account() {
        return account;
    }

    /**
     * @param type an interaction type
     * @return the decay group the type belongs to: its own, or the {@link #defaultDecayGroup()} for a type the
     *         profile does not list
     */
    public DecayGroup decayOf(String type) {
        InteractionPoints p = interactions.get(type);
        return decay.get(p == null ? defaultDecayGroup : p.group());
    }

    /**
     * @param type an interaction type
     * @return its points and cap, or zero points in the default decay group when the profile does not know the type
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
     * @return the recommended action for it; every stage has one
     */
    public String actionFor(Stage stage) {
        return actions.get(stage);
    }

    /** @return the profile as JSON text, in the form {@link #parse(String, String)} reads */
    public String toJson() {
        return ProfileLoader.toJson(this);
    }

    /** @return true if {@code o} is a profile with equal sections */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ScoringProfile p && normalisation.equals(p.normalisation)
                && weights.equals(p.weights) && grades.equals(p.grades) && decay.equals(p.decay)
                && interactions.equals(p.interactions) && defaultDecayGroup.equals(p.defaultDecayGroup)
                && inactivity.equals(p.inactivity) && fit.equals(p.fit) && bant.equals(p.bant)
                && product.equals(p.product) && classification.equals(p.classification) && actions.equals(p.actions)
                && rules.equals(p.rules) && sla.equals(p.sla) && likelihood.equals(p.likelihood)
                && account.equals(p.account);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalisation, weights, grades, decay, interactions, defaultDecayGroup, inactivity, fit,
                bant, product, classification, actions, rules, sla, likelihood, account);
    }

    /** @return the profile as JSON text */
    @Override
    public String toString() {
        return toJson();
    }
}

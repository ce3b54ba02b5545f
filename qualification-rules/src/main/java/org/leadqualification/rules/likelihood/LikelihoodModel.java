package org.leadqualification.rules.likelihood;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.api.Location;
import org.leadqualification.result.LikelihoodContribution;
import org.leadqualification.rules.facts.Likelihood;

/**
 * A conversion likelihood learned from won and lost leads: {@code likelihood = sigmoid(intercept + Σ weight_f ×
 * (x_f − center_f))}, where {@code x_f} is a {@link Feature}'s (transformed) value for the lead. Each term is that
 * feature's contribution, so a person reads why; the intercept is the log-odds of a lead at the training average.
 *
 * <p>Immutable and thread-safe. Evaluation sums the features in the model's order, so a lead gets the same
 * likelihood, to the last bit, on any thread. Read one with {@link #load(Path)} or {@link #parse(String, String)};
 * {@link #toJson()} writes the file (schema: {@link #schema()}).
 *
 * @param intercept the log-odds at the training average
 * @param features  the weighted features, names unique
 * @param training  how it was trained, when known
 * @param heldOut   how it did on the held-out leads, when known
 */
public record LikelihoodModel(double intercept, List<WeightedFeature> features, Optional<Training> training,
                              Optional<Evaluation> heldOut) {

    /** Contributions smaller than this (in log-odds, after rounding to 4 decimals) are left out of results. */
    private static final double SHOWN = 0.00005;

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the intercept is not finite or two features have the same name
     */
    public LikelihoodModel {
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("intercept must be finite, got " + intercept);
        }
        features = List.copyOf(features);
        Set<String> names = new HashSet<>();
        for (WeightedFeature f : features) {
            if (!names.add(f.feature().name())) {
                throw new IllegalArgumentException("duplicate feature " + f.feature().name());
            }
        }
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(heldOut, "heldOut");
    }

    /**
     * @param signals a lead's signals as of the instant it is judged
     * @return the raw likelihood, not rounded: what training and evaluation use
     */
    public double probability(LeadSignals signals) {
        double z = intercept;
        for (WeightedFeature f : features) {
            z += f.weight() * (f.feature().valueOf(signals) - f.center());
        }
        return sigmoid(z);
    }

    /**
     * @param signals a lead's signals as of the instant it is judged
     * @return the likelihood (4 decimals) and each feature's contribution
     */
    public Likelihood evaluate(LeadSignals signals) {
        double z = intercept;
        List<LikelihoodContribution> contributions = new ArrayList<>();
        for (WeightedFeature f : features) {
            double raw = f.feature().rawValue(signals);
            double term = f.weight() * (f.feature().transform(raw) - f.center());
            z += term;
            if (Math.abs(term) >= SHOWN) {
                contributions.add(new LikelihoodContribution(f.feature().name(), raw, round(term)));
            }
        }
        contributions.sort(Comparator.comparingDouble((LikelihoodContribution c) -> -Math.abs(c.logOdds()))
                .thenComparing(LikelihoodContribution::feature));
        return new Likelihood(round(sigmoid(z)), contributions);
    }

    /** @param z log-odds @return the probability */
    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    /** @return the model as its JSON file, indented, with a final newline */
    public String toJson() {
        return ModelJson.write(this);
    }

    /**
     * @param file a model file
     * @return the model
     * @throws InvalidLikelihoodModelException if it cannot be read or is invalid: the message names the file and
     *                                         the JSON path
     */
    public static LikelihoodModel load(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidLikelihoodModelException(Location.InFile.of(file.toString(), 0), "",
                    "cannot read: " + e, e);
        }
        return parse(text, file.toString());
    }

    /**
     * @param json   a model file's text
     * @param source how errors name it
     * @return the model
     * @throws InvalidLikelihoodModelException if it is invalid: the message names {@code source} and the JSON path
     */
    public static LikelihoodModel parse(String json, String source) {
        return ModelJson.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(source, "source"));
    }

    /** @return the JSON Schema (draft 2020-12) of a model file */
    public static URL schema() {
        return Objects.requireNonNull(LikelihoodModel.class.getResource("likelihood-model.schema.json"),
                "likelihood-model.schema.json is missing from the jar");
    }
}

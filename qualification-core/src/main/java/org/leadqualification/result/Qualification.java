package org.leadqualification.result;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The judgement of one lead as of an instant.
 *
 * @param leadId            the lead's id
 * @param asOf              the instant the lead was judged at
 * @param stage             the stage that decides the next action: the highest-precedence stage among
 *                          {@code qualifications}, or {@link Stage#UNQUALIFIED}
 * @param score             the unidimensional score, 0..100
 * @param grade             the fit grade
 * @param dimensions        the four dimension scores
 * @param reasons           every contribution that made the result
 * @param qualifications    every stage whose criteria the lead meets, in {@link Stage} order
 * @param recommendedAction one line for a person
 * @param likelihood        the conversion likelihood, 0..1, of a learned model; empty when the engine has none
 * @param likelihoodContributions what each feature of that model added to the likelihood, in log-odds, the
 *                          largest (either way) first; empty without a model
 */
public record Qualification(String leadId, Instant asOf, Stage stage, int score, Grade grade,
                            DimensionScores dimensions, List<Reason> reasons, Set<Stage> qualifications,
                            String recommendedAction, OptionalDouble likelihood,
                            List<LikelihoodContribution> likelihoodContributions) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code leadId} is blank, {@code score} is outside 0..100, the likelihood
     *                                  is outside 0..1, or there are contributions without a likelihood
     */
    public Qualification {
        Objects.requireNonNull(leadId, "leadId must not be null");
        if (leadId.isBlank()) {
            throw new IllegalArgumentException("leadId must not be blank");
        }
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be in 0..100, got " + score);
        }
        Objects.requireNonNull(grade, "grade must not be null");
        Objects.requireNonNull(dimensions, "dimensions must not be null");
        reasons = List.copyOf(reasons);
        qualifications = qualifications.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(qualifications));
        Objects.requireNonNull(recommendedAction, "recommendedAction must not be null");
        likelihood = likelihood == null ? OptionalDouble.empty() : likelihood;
        if (likelihood.isPresent() && !(likelihood.getAsDouble() >= 0 && likelihood.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("likelihood must be in 0..1, got " + likelihood.getAsDouble());
        }
        likelihoodContributions = List.copyOf(likelihoodContributions);
        if (likelihood.isEmpty() && !likelihoodContributions.isEmpty()) {
            throw new IllegalArgumentException("likelihoodContributions need a likelihood");
        }
    }

    /**
     * A result without a likelihood: what an engine without a learned model gives.
     *
     * @param leadId            the lead's id
     * @param asOf              the instant the lead was judged at
     * @param stage             the stage
     * @param score             the score, 0..100
     * @param grade             the fit grade
     * @param dimensions        the four dimension scores
     * @param reasons           every contribution that made the result
     * @param qualifications    every stage whose criteria the lead meets
     * @param recommendedAction one line for a person
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code leadId} is blank or {@code score} is outside 0..100
     */
    public Qualification(String leadId, Instant asOf, Stage stage, int score, Grade grade,
                         DimensionScores dimensions, List<Reason> reasons, Set<Stage> qualifications,
                         String recommendedAction) {
        this(leadId, asOf, stage, score, grade, dimensions, reasons, qualifications, recommendedAction,
                OptionalDouble.empty(), List.of());
    }

    /**
     * @param value         the conversion likelihood, 0..1
     * @param contributions what each feature added, in log-odds
     * @return this result with that likelihood
     * @throws IllegalArgumentException if {@code value} is outside 0..1
     */
    public Qualification withLikelihood(double value, List<LikelihoodContribution> contributions) {
        return new Qualification(leadId, asOf, stage, score, grade, dimensions, reasons, qualifications,
                recommendedAction, OptionalDouble.of(value), contributions);
    }

    /**
     * @param stage a stage
     * @return true if the lead meets that stage's criteria ({@link Stage#UNQUALIFIED} holds when nothing else does)
     */
    public boolean meets(Stage stage) {
        return qualifications.contains(stage) || stage == Stage.UNQUALIFIED && this.stage == Stage.UNQUALIFIED;
    }

    /**
     * @param rule a rule name
     * @return true if that rule contributed a reason
     */
    public boolean firedRule(String rule) {
        for (Reason r : reasons) {
            if (r.rule().equals(rule)) {
                return true;
            }
        }
        return false;
    }
}

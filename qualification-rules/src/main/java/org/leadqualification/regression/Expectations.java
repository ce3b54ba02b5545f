package org.leadqualification.regression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * What a scenario expects of a lead's result. Every part is optional; an absent part holds for any result, and
 * at least one part must be given. Build one with {@link #builder()}.
 *
 * @param stage                 the stage the result must have
 * @param includesQualifications stages that must be among the result's qualifications
 * @param excludesQualifications stages that must not be among them
 * @param score                 the range the score must be in
 * @param dimensions            for some dimensions, the range the dimension's score must be in
 * @param grades                the grades allowed; empty means any
 * @param rulesFired            rule names that must appear in the result's reasons
 * @param rulesNotFired         rule names that must not appear in them
 * @param actionContains        text the recommended action must contain, ignoring case
 * @param likelihood            the range the learned conversion likelihood must be in (the engine needs a likelihood
 *                              model: a result without a likelihood fails it)
 */
public record Expectations(Optional<Stage> stage, Set<Stage> includesQualifications,
                           Set<Stage> excludesQualifications, Optional<Range> score, Map<Dimension, Range> dimensions,
                           Set<Grade> grades, List<String> rulesFired, List<String> rulesNotFired,
                           Optional<String> actionContains, Optional<LikelihoodRange> likelihood) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if nothing is expected, a stage is both included and excluded, or
     *                                  {@code actionContains} is blank
     */
    public Expectations {
        Objects.requireNonNull(stage, "stage");
        includesQualifications = stages(includesQualifications);
        excludesQualifications = stages(excludesQualifications);
        Set<Stage> both = EnumSet.noneOf(Stage.class);
        both.addAll(includesQualifications);
        both.retainAll(excludesQualifications);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("qualifications both included and excluded: " + both);
        }
        Objects.requireNonNull(score, "score");
        dimensions = dimensions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(dimensions));
        grades = grades.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(grades));
        rulesFired = List.copyOf(rulesFired);
        rulesNotFired = List.copyOf(rulesNotFired);
        Objects.requireNonNull(actionContains, "actionContains");
        if (actionContains.isPresent() && actionContains.get().isBlank()) {
            throw new IllegalArgumentException("actionContains must not be blank");
        }
        Objects.requireNonNull(likelihood, "likelihood");
        if (stage.isEmpty() && includesQualifications.isEmpty() && excludesQualifications.isEmpty()
                && score.isEmpty() && dimensions.isEmpty() && grades.isEmpty() && rulesFired.isEmpty()
                && rulesNotFired.isEmpty() && actionContains.isEmpty() && likelihood.isEmpty()) {
            throw new IllegalArgumentException("expectations must expect something");
        }
    }

    private static Set<Stage> stages(Set<Stage> s) {
        return s.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(s));
    }

    /** @return a builder with nothing expected yet */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a result against these expectations.
     *
     * @param result the result of the scenario's lead
     * @return every unmet expectation, in the order they are documented; empty when the result meets all
     */
    public List<UnmetExpectation> check(Qualification result) {
        Objects.requireNonNull(result, "result");
        List<UnmetExpectation> unmet = new ArrayList<>();
        stage.filter(s -> s != result.stage())
                .ifPresent(s -> unmet.add(new UnmetExpectation("stage", s.name(), result.stage().name())));
        Set<Stage> missing = EnumSet.noneOf(Stage.class);
        includesQualifications.stream().filter(s -> !result.qualifications().contains(s)).forEach(missing::add);
        if (!missing.isEmpty()) {
            unmet.add(new UnmetExpectation("qualifications.includes", "to include " + missing,
                    result.qualifications().toString()));
        }
        Set<Stage> present = EnumSet.noneOf(Stage.class);
        excludesQualifications.stream().filter(s -> result.qualifications().contains(s)).forEach(present::add);
        if (!present.isEmpty()) {
            unmet.add(new UnmetExpectation("qualifications.excludes", "not to include " + present,
                    result.qualifications().toString()));
        }
        score.filter(r -> !r.contains(result.score()))
                .ifPresent(r -> unmet.add(new UnmetExpectation("score", r.toString(), String.valueOf(result.score()))));
        dimensions.forEach((d, r) -> {
            int actual = result.dimensions().get(d);
            if (!r.contains(actual)) {
                unmet.add(new UnmetExpectation(d.jsonName(), r.toString(), String.valueOf(actual)));
            }
        });
        if (!grades.isEmpty() && !grades.contains(result.grade())) {
            unmet.add(new UnmetExpectation("grade",
                    grades.size() == 1 ? grades.iterator().next().name() : "one of " + grades,
                    result.grade().name()));
        }
        Set<String> fired = result.reasons().stream().map(Reason::rule)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> notFired = rulesFired.stream().filter(r -> !fired.contains(r)).toList();
        if (!notFired.isEmpty()) {
            unmet.add(new UnmetExpectation("rulesFired", "to fire " + quoted(notFired), "fired " + quoted(fired)));
        }
        List<String> firedAnyway = rulesNotFired.stream().filter(fired::contains).toList();
        if (!firedAnyway.isEmpty()) {
            unmet.add(new UnmetExpectation("rulesNotFired", "not to fire " + quoted(firedAnyway),
                    "fired " + quoted(fired)));
        }
        actionContains.filter(text -> !result.recommendedAction().toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT)))
                .ifPresent(text -> unmet.add(new UnmetExpectation("actionContains",
                        "an action containing \"" + text + "\"", "\"" + result.recommendedAction() + "\"")));
        likelihood.ifPresent(r -> {
            if (result.likelihood().isEmpty()) {
                unmet.add(new UnmetExpectation("likelihood", r.toString(), "none (the engine has no likelihood model)"));
            } else if (!r.contains(result.likelihood().getAsDouble())) {
                unmet.add(new UnmetExpectation("likelihood", r.toString(),
                        String.valueOf(result.likelihood().getAsDouble())));
            }
        });
        return List.copyOf(unmet);
    }

    private static String quoted(java.util.Collection<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * An inclusive range of scores; either end may be open.
     *
     * @param min the lowest allowed value, if bounded below
     * @param max the highest allowed value, if bounded above
     */
    public record Range(OptionalInt min, OptionalInt max) {

        /**
         * @throws IllegalArgumentException if neither end is given, an end is outside 0..100 or {@code min > max}
         */
        public Range {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isEmpty() && max.isEmpty()) {
                throw new IllegalArgumentException("a range needs min, max or both");
            }
            checkScore(min, "min");
            checkScore(max, "max");
            if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
                throw new IllegalArgumentException(
                        "min must be <= max, got min " + min.getAsInt() + " and max " + max.getAsInt());
            }
        }

        private static void checkScore(OptionalInt value, String name) {
            if (value.isPresent() && (value.getAsInt() < 0 || value.getAsInt() > 100)) {
                throw new IllegalArgumentException(name + " must be in 0..100, got " + value.getAsInt());
            }
        }

        /**
         * @param value the only allowed value
         * @return the range {@code value..value}
         */
        public static Range exactly(int value) {
            return new Range(OptionalInt.of(value), OptionalInt.of(value));
        }

        /**
         * @param min lowest allowed value
         * @param max highest allowed value
         * @return the range {@code min..max}
         * @throws IllegalArgumentException if {@code min > max}
         */
        public static Range between(int min, int max) {
            return new Range(OptionalInt.of(min), OptionalInt.of(max));
        }

        /**
         * @param min lowest allowed value
         * @return the range {@code min} and above
         */
        public static Range atLeast(int min) {
            return new Range(OptionalInt.of(min), OptionalInt.empty());
        }

        /**
         * @param max highest allowed value
         * @return the range {@code max} and below
         */
        public static Range atMost(int max) {
            return new Range(OptionalInt.empty(), OptionalInt.of(max));
        }

        /**
         * @param value a score
         * @return true if the value is within the range
         */
        public boolean contains(int value) {
            return (min.isEmpty() || value >= min.getAsInt()) && (max.isEmpty() || value <= max.getAsInt());
        }

        /** @return {@code 70}, {@code 70..90}, {@code >= 70} or {@code <= 90} */
        @Override
        public String toString() {
            if (min.isPresent() && max.isPresent()) {
                return min.getAsInt() == max.getAsInt() ? String.valueOf(min.getAsInt())
                        : min.getAsInt() + ".." + max.getAsInt();
            }
            return min.isPresent() ? ">= " + min.getAsInt() : "<= " + max.getAsInt();
        }
    }

    /**
     * An inclusive range of likelihoods (0..1); either end may be open.
     *
     * @param min the lowest allowed likelihood, if bounded below
     * @param max the highest allowed likelihood, if bounded above
     */
    public record LikelihoodRange(OptionalDouble min, OptionalDouble max) {

        /**
         * @throws IllegalArgumentException if neither end is given, an end is outside 0..1 or {@code min > max}
         */
        public LikelihoodRange {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isEmpty() && max.isEmpty()) {
                throw new IllegalArgumentException("a range needs min, max or both");
            }
            check(min, "min");
            check(max, "max");
            if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                throw new IllegalArgumentException(
                        "min must be <= max, got min " + min.getAsDouble() + " and max " + max.getAsDouble());
            }
        }

        private static void check(OptionalDouble value, String name) {
            if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
                throw new IllegalArgumentException(name + " must be in 0..1, got " + value.getAsDouble());
            }
        }

        /**
         * @param min lowest allowed likelihood
         * @param max highest allowed likelihood
         * @return the range {@code min..max}
         * @throws IllegalArgumentException if {@code min > max} or either is outside 0..1
         */
        public static LikelihoodRange between(double min, double max) {
            return new LikelihoodRange(OptionalDouble.of(min), OptionalDouble.of(max));
        }

        /**
         * @param value a likelihood
         * @return true if it is within the range
         */
        public boolean contains(double value) {
            return (min.isEmpty() || value >= min.getAsDouble()) && (max.isEmpty() || value <= max.getAsDouble());
        }

        /** @return {@code 0.6..0.9}, {@code >= 0.6} or {@code <= 0.9} */
        @Override
        public String toString() {
            if (min.isPresent() && max.isPresent()) {
                return min.getAsDouble() + ".." + max.getAsDouble();
            }
            return min.isPresent() ? ">= " + min.getAsDouble() : "<= " + max.getAsDouble();
        }
    }

    /** Builds {@link Expectations}. Not thread-safe. */
    public static final class Builder {
        private Stage stage;
        private final Set<Stage> includes = EnumSet.noneOf(Stage.class);
        private final Set<Stage> excludes = EnumSet.noneOf(Stage.class);
        private Range score;
        private final Map<Dimension, Range> dimensions = new EnumMap<>(Dimension.class);
        private final Set<Grade> grades = EnumSet.noneOf(Grade.class);
        private final List<String> rulesFired = new ArrayList<>();
        private final List<String> rulesNotFired = new ArrayList<>();
        private String actionContains;
        private LikelihoodRange likelihood;

        private Builder() {
        }

        /** @param value the expected stage @return this builder */
        public Builder stage(Stage value) {
            this.stage = Objects.requireNonNull(value, "stage");
            return this;
        }

        /** @param value a stage that must be among the qualifications @return this builder */
        public Builder includes(Stage value) {
            includes.add(Objects.requireNonNull(value, "includes"));
            return this;
        }

        /** @param value a stage that must not be among the qualifications @return this builder */
        public Builder excludes(Stage value) {
            excludes.add(Objects.requireNonNull(value, "excludes"));
            return this;
        }

        /** @param value the range the score must be in @return this builder */
        public Builder score(Range value) {
            this.score = Objects.requireNonNull(value, "score");
            return this;
        }

        /**
         * @param dimension a dimension
         * @param value     the range its score must be in
         * @return this builder
         */
        public Builder dimension(Dimension dimension, Range value) {
            dimensions.put(Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(value, "range"));
            return this;
        }

        /** @param value one more allowed grade @return this builder */
        public Builder grade(Grade value) {
            grades.add(Objects.requireNonNull(value, "grade"));
            return this;
        }

        /** @param rule a rule that must fire @return this builder */
        public Builder ruleFired(String rule) {
            rulesFired.add(requireRule(rule));
            return this;
        }

        /** @param rule a rule that must not fire @return this builder */
        public Builder ruleNotFired(String rule) {
            rulesNotFired.add(requireRule(rule));
            return this;
        }

        /** @param text text the recommended action must contain, ignoring case @return this builder */
        public Builder actionContains(String text) {
            this.actionContains = Objects.requireNonNull(text, "actionContains");
            return this;
        }

        /** @param value the range the likelihood must be in @return this builder */
        public Builder likelihood(LikelihoodRange value) {
            this.likelihood = Objects.requireNonNull(value, "likelihood");
            return this;
        }

        private static String requireRule(String rule) {
            Objects.requireNonNull(rule, "rule");
            if (rule.isBlank()) {
                throw new IllegalArgumentException("rule name must not be blank");
            }
            return rule;
        }

        /**
         * @return the expectations
         * @throws IllegalArgumentException if nothing is expected or a stage is both included and excluded
         */
        public Expectations build() {
            return new Expectations(Optional.ofNullable(stage), includes, excludes, Optional.ofNullable(score),
                    dimensions, grades, rulesFired, rulesNotFired, Optional.ofNullable(actionContains),
                    Optional.ofNullable(likelihood));
        }
    }
}

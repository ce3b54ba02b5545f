package org.leadqualification.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Stage;

/** Reads a scenario's {@code expect} object into {@link Expectations}, reporting every problem with its place. */
final class ExpectationsReader {
    private static final Set<String> EXPECT = TreeValues.ordered("stage", "qualifications", "score", "fit", "engagement",
            "intent", "bant", "grade", "rulesFired", "rulesNotFired", "actionContains", "likelihood");
    private static final Set<String> QUALIFICATIONS = TreeValues.ordered("includes", "excludes");
    private static final Set<String> RANGE = TreeValues.ordered("min", "max");

    private ExpectationsReader() {
    }


    /**
     * @param v           the file's values, where problems go
     * @param scenarioPtr the scenario's JSON pointer
     * @param node        its {@code expect} node, or null
     * @return the expectations, or empty when any problem was found
     */
    static Optional<Expectations> read(TreeValues v, String scenarioPtr, JsonNode node) {
        String ptr = scenarioPtr + "/expect";
        if (node == null || node.isObject() && node.isEmpty()) {
            v.problem(node == null ? scenarioPtr : ptr, "no expectations: \"expect\" needs at least one of " + EXPECT);
            return Optional.empty();
        }
        if (!v.object(ptr, node)) {
            return Optional.empty();
        }
        int before = v.problemCount();
        v.fields(ptr, node, EXPECT);
        Expectations.Builder b = Expectations.builder();
        v.enumName(ptr + "/stage", node.get("stage"), Stage.class, "stage").ifPresent(b::stage);
        JsonNode q = node.get("qualifications");
        if (q != null && v.object(ptr + "/qualifications", q)) {
            v.fields(ptr + "/qualifications", q, QUALIFICATIONS);
            if (q.isEmpty()) {
                v.problem(ptr + "/qualifications", "expected \"includes\", \"excludes\" or both");
            }
            List<Stage> includes = v.enumNames(ptr + "/qualifications/includes", q.get("includes"), Stage.class,
                    "stage");
            includes.forEach(b::includes);
            List<Stage> excludes = v.enumNames(ptr + "/qualifications/excludes", q.get("excludes"), Stage.class,
                    "stage");
            for (Stage s : excludes) {
                if (includes.contains(s)) {
                    v.problem(ptr + "/qualifications/excludes", s + " is both included and excluded");
                }
            }
            excludes.forEach(b::excludes);
        }
        range(v, ptr + "/score", node.get("score")).ifPresent(b::score);
        for (Dimension d : Dimension.values()) {
            range(v, ptr + "/" + d.jsonName(), node.get(d.jsonName())).ifPresent(r -> b.dimension(d, r));
        }
        JsonNode grade = node.get("grade");
        if (grade != null) {
            (grade.isArray() ? v.enumNames(ptr + "/grade", grade, Grade.class, "grade")
                    : v.enumName(ptr + "/grade", grade, Grade.class, "grade").stream().toList()).forEach(b::grade);
            if (grade.isArray() && grade.isEmpty()) {
                v.problem(ptr + "/grade", "expected a grade or a non-empty list of grades");
            }
        }
        v.stringList(ptr + "/rulesFired", node.get("rulesFired")).forEach(b::ruleFired);
        v.stringList(ptr + "/rulesNotFired", node.get("rulesNotFired")).forEach(b::ruleNotFired);
        v.text(ptr + "/actionContains", node.get("actionContains")).ifPresent(t -> {
            if (t.isBlank()) {
                v.problem(ptr + "/actionContains", "must not be blank");
            } else {
                b.actionContains(t);
            }
        });
        likelihood(v, ptr + "/likelihood", node.get("likelihood")).ifPresent(b::likelihood);
        if (v.problemCount() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            v.problem(ptr, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @param v    the file's values, where problems go
     * @param ptr  the node's JSON pointer
     * @param node an exact score or {@code {min, max}} (0..100), or null
     * @return the range, or empty when absent or wrong (recorded)
     */
    static Optional<Expectations.Range> range(TreeValues v, String ptr, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        OptionalInt min;
        OptionalInt max;
        if (node.isIntegralNumber()) {
            min = score(v, ptr, node);
            max = min;
            if (min.isEmpty()) {
                return Optional.empty();
            }
        } else if (node.isObject()) {
            v.fields(ptr, node, RANGE);
            min = node.has("min") ? score(v, ptr + "/min", node.get("min")) : OptionalInt.empty();
            max = node.has("max") ? score(v, ptr + "/max", node.get("max")) : OptionalInt.empty();
            if (!node.has("min") && !node.has("max")) {
                v.problem(ptr, "a range needs \"min\", \"max\" or both");
                return Optional.empty();
            }
            if (node.has("min") && min.isEmpty() || node.has("max") && max.isEmpty()) {
                return Optional.empty();
            }
        } else {
            v.problem(ptr, "expected an integer or {min, max}, got " + TreeValues.kind(node));
            return Optional.empty();
        }
        try {
            return Optional.of(new Expectations.Range(min, max));
        } catch (IllegalArgumentException e) {
            v.problem(ptr, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Expectations.LikelihoodRange> likelihood(TreeValues v, String ptr, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            v.problem(ptr, "expected {min, max} with likelihoods in 0..1, got " + TreeValues.kind(node));
            return Optional.empty();
        }
        v.fields(ptr, node, RANGE);
        if (!node.has("min") && !node.has("max")) {
            v.problem(ptr, "a range needs \"min\", \"max\" or both");
            return Optional.empty();
        }
        OptionalDouble min = node.has("min") ? unit(v, ptr + "/min", node.get("min")) : OptionalDouble.empty();
        OptionalDouble max = node.has("max") ? unit(v, ptr + "/max", node.get("max")) : OptionalDouble.empty();
        if (node.has("min") && min.isEmpty() || node.has("max") && max.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Expectations.LikelihoodRange(min, max));
        } catch (IllegalArgumentException e) {
            v.problem(ptr, e.getMessage());
            return Optional.empty();
        }
    }

    private static OptionalDouble unit(TreeValues v, String ptr, JsonNode node) {
        if (!node.isNumber() || !(node.doubleValue() >= 0 && node.doubleValue() <= 1)) {
            v.problem(ptr, "expected a likelihood in 0..1, got " + TreeValues.kind(node));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(node.doubleValue());
    }

    private static OptionalInt score(TreeValues v, String ptr, JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() > 100) {
            v.problem(ptr, "expected an integer in 0..100, got " + TreeValues.kind(node));
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.intValue());
    }

}

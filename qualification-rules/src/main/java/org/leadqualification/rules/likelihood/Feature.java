package org.leadqualification.rules.likelihood;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One input of a likelihood model, read from a lead's {@link LeadSignals}.
 *
 * @param kind      what it reads
 * @param key       the rule name, interaction type or attribute key ({@code source} for {@link Kind#SOURCE})
 * @param category  for a category feature, the value that makes it 1 (else 0); empty for a number
 * @param transform how the number is transformed before it is weighted
 */
public record Feature(Kind kind, String key, Optional<String> category, Transform transform) {

    /** What a feature reads. */
    public enum Kind {
        /** The points a scoring rule gave (the sum of its reasons), 0 when it did not fire. */
        RULE,
        /** How many interactions of a type happened up to the instant. */
        INTERACTIONS,
        /** 1 when the lead's source is the category. */
        SOURCE,
        /** A custom attribute: its number, or 1 when its text (or boolean) equals the category. */
        ATTRIBUTE
    }

    /** How a number is transformed. */
    public enum Transform {
        /** As it is. */
        NONE,
        /** {@code ln(1 + max(0, x))}: counts and durations, whose first units matter most. */
        LOG1P
    }

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code key} is blank, a source feature has no category, or a category
     *                                  feature is transformed
     */
    public Feature {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(transform, "transform");
        if (kind == Kind.SOURCE && category.isEmpty()) {
            throw new IllegalArgumentException("a source feature needs a category");
        }
        if (category.isPresent() && transform != Transform.NONE) {
            throw new IllegalArgumentException("a category feature is 0 or 1: no transform, got " + transform);
        }
    }

    /** @param rule a rule name @return the feature of that rule's points */
    public static Feature rule(String rule) {
        return new Feature(Kind.RULE, rule, Optional.empty(), Transform.NONE);
    }

    /** @param type an interaction type @return the feature of ln(1 + its count) */
    public static Feature interactions(String type) {
        return new Feature(Kind.INTERACTIONS, type, Optional.empty(), Transform.LOG1P);
    }

    /** @param source a source @return the feature that is 1 for leads from it */
    public static Feature source(String source) {
        return new Feature(Kind.SOURCE, "source", Optional.of(source), Transform.NONE);
    }

    /**
     * @param key       an attribute key
     * @param transform how its number is transformed
     * @return the feature of that attribute's number (0 when absent or not a number)
     */
    public static Feature numericAttribute(String key, Transform transform) {
        return new Feature(Kind.ATTRIBUTE, key, Optional.empty(), transform);
    }

    /** @param key an attribute key @param value a value @return the feature that is 1 when the attribute is that */
    public static Feature attributeIs(String key, String value) {
        return new Feature(Kind.ATTRIBUTE, key, Optional.of(value), Transform.NONE);
    }

    /**
     * @return the feature's name as results show it: {@code rule:Demo requested}, {@code interactions:PAGE_VIEW},
     *         {@code source=Google}, {@code attribute:occupation=Student}, {@code attribute:timeOnSite} (its number)
     *         or {@code attribute:timeOnSite (log)} (ln(1 + its number))
     */
    public String name() {
        return switch (kind) {
            case RULE -> "rule:" + key;
            case INTERACTIONS -> "interactions:" + key;
            case SOURCE -> "source=" + category.orElseThrow();
            case ATTRIBUTE -> "attribute:" + key + category.map(c -> "=" + c)
                    .orElse(transform == Transform.LOG1P ? " (log)" : "");
        };
    }

    /**
     * @param signals a lead's signals
     * @return the lead's value of this feature, before the transform (what a result shows)
     */
    public double rawValue(LeadSignals signals) {
        return switch (kind) {
            case RULE -> signals.rulePoints().getOrDefault(key, 0);
            case INTERACTIONS -> signals.interactionCounts().getOrDefault(key, 0);
            case SOURCE -> signals.source().filter(category.orElseThrow()::equals).isPresent() ? 1 : 0;
            case ATTRIBUTE -> attribute(signals.attributes().get(key));
        };
    }

    /**
     * @param signals a lead's signals
     * @return the lead's value of this feature, transformed: what the model weighs
     */
    public double valueOf(LeadSignals signals) {
        return transform(rawValue(signals));
    }

    /** @param raw a raw value @return it transformed */
    public double transform(double raw) {
        return transform == Transform.LOG1P ? Math.log1p(Math.max(0, raw)) : raw;
    }

    private double attribute(Object value) {
        if (category.isPresent()) {
            return value != null && category.get().equals(text(value)) ? 1 : 0;
        }
        if (value instanceof Number n) {
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            return Double.isFinite(d) ? d : 0;
        }
        return 0;
    }

    /** @param value an attribute value @return how a category feature compares it: its text */
    public static String text(Object value) {
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}

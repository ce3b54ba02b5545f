package org.leadqualification.learn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.leadqualification.rules.likelihood.Feature;

/**
 * Which features to learn from: those the training leads show often enough, in a fixed, sorted order. A category
 * (a source, an attribute's value) needs {@code minLeads} leads with it and as many without it: a value nearly every
 * lead has says as little as one nearly none has.
 */
final class FeatureSpace {
    private FeatureSpace() {
    }

    static List<Feature> discover(List<Example> train, int minLeads, Set<String> excludedAttributes) {
        Map<String, Integer> rules = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        Map<String, Attribute> attributes = new TreeMap<>();
        for (Example e : train) {
            e.signals().rulePoints().forEach((rule, points) -> {
                if (points != 0) {
                    rules.merge(rule, 1, Integer::sum);
                }
            });
            e.signals().interactionCounts().forEach((type, count) -> types.merge(type, 1, Integer::sum));
            e.signals().source().ifPresent(s -> sources.merge(s, 1, Integer::sum));
            e.signals().attributes().forEach((key, value) -> {
                if (!excludedAttributes.contains(key)) {
                    attributes.computeIfAbsent(key, k -> new Attribute()).add(value);
                }
            });
        }
        List<Feature> out = new ArrayList<>();
        rules.forEach((rule, n) -> {
            if (n >= minLeads) {
                out.add(Feature.rule(rule));
            }
        });
        types.forEach((type, n) -> {
            if (n >= minLeads) {
                out.add(Feature.interactions(type));
            }
        });
        for (String source : categories(sources, train.size(), minLeads)) {
            out.add(Feature.source(source));
        }
        attributes.forEach((key, a) -> {
            if (a.numeric && a.present >= minLeads) {
                // The number itself and, when it cannot be negative, its logarithm: together they follow a
                // relation that flattens (time on site) as well as one that does not.
                out.add(Feature.numericAttribute(key, Feature.Transform.NONE));
                if (a.min >= 0) {
                    out.add(Feature.numericAttribute(key, Feature.Transform.LOG1P));
                }
            } else if (!a.numeric) {
                for (String value : categories(a.values, train.size(), minLeads)) {
                    out.add(Feature.attributeIs(key, value));
                }
            }
        });
        return out;
    }

    /**
     * The values of one category (a lead has at most one) that become 0/1 features: those {@code minLeads} leads have
     * and as many have not. When they cover every lead (a yes/no attribute every lead answers), one of them is
     * redundant: it is 1 exactly when all the others are 0, so its weight and theirs would share one effect with the
     * intercept, and a person would read two large weights for one fact. The most common is left out (ties: the
     * first by name), the reference the others are measured against, as in dummy coding.
     */
    private static List<String> categories(Map<String, Integer> counts, int leads, int minLeads) {
        List<String> kept = new ArrayList<>();
        long covered = 0;
        String mostCommon = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (n >= minLeads && leads - n >= minLeads) {
                kept.add(e.getKey());
                covered += n;
                if (mostCommon == null || n > counts.get(mostCommon)) {
                    mostCommon = e.getKey();
                }
            }
        }
        if (covered == leads && kept.size() > 1) {
            kept.remove(mostCommon);
        }
        return kept;
    }

    /** What the training leads hold in one attribute. */
    private static final class Attribute {
        boolean numeric = true;
        int present;
        double min = Double.POSITIVE_INFINITY;
        final Map<String, Integer> values = new TreeMap<>();

        void add(Object value) {
            present++;
            values.merge(Feature.text(value), 1, Integer::sum);
            if (value instanceof Number n && !(value instanceof Boolean)) {
                min = Math.min(min, n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            } else {
                numeric = false;
            }
        }
    }
}

package org.leadqualification.learn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.leadqualification.rules.likelihood.Feature;

/** Which features to learn from: those the training leads show often enough, in a fixed, sorted order. */
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
        sources.forEach((source, n) -> {
            if (n >= minLeads && n < train.size()) {
                out.add(Feature.source(source));
            }
        });
        attributes.forEach((key, a) -> {
            if (a.numeric && a.present >= minLeads) {
                out.add(Feature.numericAttribute(key, a.min >= 0 ? Feature.Transform.LOG1P : Feature.Transform.NONE));
            } else if (!a.numeric) {
                a.values.forEach((value, n) -> {
                    if (n >= minLeads && n < train.size()) {
                        out.add(Feature.attributeIs(key, value));
                    }
                });
            }
        });
        return out;
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

package org.leadqualification.rules.likelihood;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Reason;

/**
 * What a likelihood model can read about a lead as of an instant: the points each scoring rule gave, how many
 * interactions of each type happened up to that instant, the lead's source and its custom attributes. Never its
 * history (stage changes, outcome, sales follow-up), and never an interaction after the instant.
 *
 * @param rulePoints        the points per scoring rule (reasons without a dimension only classify and are left
 *                          out), by rule name, sorted
 * @param interactionCounts the interactions per type up to the instant, sorted by type
 * @param source            where the lead came from
 * @param attributes        the lead's custom attributes, sorted by key
 */
public record LeadSignals(Map<String, Integer> rulePoints, Map<String, Integer> interactionCounts,
                          Optional<String> source, Map<String, Object> attributes) {

    /** @throws NullPointerException if a component is null */
    public LeadSignals {
        rulePoints = Collections.unmodifiableMap(new TreeMap<>(rulePoints));
        interactionCounts = Collections.unmodifiableMap(new TreeMap<>(interactionCounts));
        Objects.requireNonNull(source, "source");
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * @param lead    the lead
     * @param asOf    the instant it is judged at: interactions after it are not counted
     * @param reasons the reasons the rules gave it as of {@code asOf}
     * @return the lead's signals
     */
    public static LeadSignals of(Lead lead, Instant asOf, List<Reason> reasons) {
        Objects.requireNonNull(asOf, "asOf");
        // Hash maps: the constructor sorts them once, into its own copies.
        Map<String, Integer> points = new HashMap<>();
        for (Reason r : reasons) {
            if (r.dimension().isPresent()) {
                points.merge(r.rule(), r.points(), Integer::sum);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Interaction i : lead.interactions()) {
            if (!i.at().isAfter(asOf)) {
                counts.merge(i.type(), 1, Integer::sum);
            }
        }
        return new LeadSignals(points, counts, lead.source(), lead.attributes());
    }
}

package org.leadqualification.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * Folds a lead's interactions into one {@link Activity} per type and a {@link Recency}, before any rule runs.
 * This is what keeps the cost per lead almost flat in the number of interactions: rules match a handful of
 * activities instead of every interaction. Decay factors are integers (thousandths) looked up in per-group tables,
 * so sums are exact and independent of interaction order. Immutable and thread-safe.
 */
final class ActivityFolder {
    static final long DAY_SECONDS = 86_400L;

    private final ScoringProfile profile;
    private final Map<String, long[]> tableByGroup = new HashMap<>();
    private final Set<String> positiveTypes = new HashSet<>();
    private final Set<String> productTypes;

    ActivityFolder(ScoringProfile profile) {
        this.profile = profile;
        profile.decay().forEach((name, group) -> tableByGroup.put(name, table(group)));
        profile.interactions().forEach((type, p) -> {
            if (p.points() > 0) {
                positiveTypes.add(type);
            }
        });
        this.productTypes = Set.copyOf(profile.classification().pql().activityTypes());
    }

    /** {@code table[d] = round(1000 * 0.5^(d / halfLife))} for every age {@code d} in the window. */
    static long[] table(ScoringProfile.DecayGroup group) {
        long[] t = new long[group.windowDays() + 1];
        for (int d = 0; d < t.length; d++) {
            t[d] = Math.round(1000.0 * StrictMath.pow(0.5, d / (double) group.halfLifeDays()));
        }
        return t;
    }

    /**
     * Whole days from {@code from} to {@code to}: the exact duration between the two instants (to the nanosecond)
     * divided by 24 hours, rounded down (negative when {@code from} is after {@code to}).
     */
    static long days(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), DAY_SECONDS);
    }

    /** Per-type accumulator. */
    private static final class Acc {
        final String type;
        final long[] table;
        int count;
        int recent;
        Instant first;
        Instant last;
        long decayed;

        Acc(String type, long[] table) {
            this.type = type;
            this.table = table;
        }
    }

    /** The folded facts of one lead. */
    record Folded(List<Activity> activities, Recency recency) {
    }

    Folded fold(Lead lead, Instant asOf) {
        Map<String, Acc> byType = new HashMap<>();
        for (Interaction i : lead.interactions()) {
            // Exact instants, not milliseconds: an interaction a microsecond after the as-of instant is ignored,
            // and first / last do not depend on the order of interactions within one millisecond.
            Instant at = i.at();
            if (at.isAfter(asOf)) {
                continue;
            }
            Acc acc = byType.get(i.type());
            if (acc == null) {
                acc = new Acc(i.type(), tableByGroup.get(groupOf(i.type())));
                byType.put(i.type(), acc);
            }
            acc.count++;
            if (acc.first == null || at.isBefore(acc.first)) {
                acc.first = at;
            }
            if (acc.last == null || at.isAfter(acc.last)) {
                acc.last = at;
            }
            long age = days(at, asOf);
            if (age < acc.table.length) {
                acc.recent++;
                acc.decayed += acc.table[(int) age];
            }
        }
        List<Activity> activities = new ArrayList<>(byType.size());
        long lastEngagement = -1;
        long lastProduct = -1;
        for (Acc a : byType.values()) {
            long since = days(a.last, asOf);
            activities.add(new Activity(a.type, a.count, a.recent, a.first, a.last, since, a.decayed));
            if (positiveTypes.contains(a.type)) {
                lastEngagement = lastEngagement < 0 ? since : Math.min(lastEngagement, since);
            }
            if (productTypes.contains(a.type)) {
                lastProduct = lastProduct < 0 ? since : Math.min(lastProduct, since);
            }
        }
        // One fact per type, inserted in type order: the order of interactions never changes what rules see.
        activities.sort((x, y) -> x.type().compareTo(y.type()));
        long created = lead.createdAt().map(c -> Math.max(0, days(c, asOf))).orElse(-1L);
        Instant signedUp = lead.product().flatMap(p -> p.signedUpAt()).orElse(null);
        if (signedUp != null && !signedUp.isAfter(asOf)) {
            long since = days(signedUp, asOf);
            lastProduct = lastProduct < 0 ? since : Math.min(lastProduct, since);
        }
        return new Folded(activities, new Recency(lastEngagement, created, lastProduct));
    }

    private String groupOf(String type) {
        ScoringProfile.InteractionPoints p = profile.interactions().get(type);
        return p == null ? profile.defaultDecayGroup() : p.group();
    }
}

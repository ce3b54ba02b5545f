package org.leadqualification.rules;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.facts.Activity;
import org.leadqualification.rules.facts.Recency;
import org.leadqualification.rules.profile.DecayGroup;
import org.leadqualification.rules.profile.ScoringProfile;
import org.leadqualification.sla.SlaBreach;
import org.leadqualification.sla.SlaPolicy;

/**
 * Folds a lead's interactions into one {@link Activity} per type and a {@link Recency}, before any rule runs.
 * This is what keeps the cost per lead almost flat in the number of interactions: rules match a handful of
 * activities instead of every interaction. Decay factors are integers (thousandths) looked up in per-group tables,
 * so sums are exact and independent of interaction order. Immutable and thread-safe.
 */
final class ActivityFolder {
    static final long DAY_SECONDS = 86_400L;

    /** What the fold needs to know of one interaction type named in the profile. */
    private record TypeInfo(int index, String type, long[] table, boolean positive, boolean product) {
    }

    private final ScoringProfile profile;
    /** Every type the profile names, looked up once per interaction. */
    private final Map<String, TypeInfo> known = new HashMap<>();
    private final Map<String, long[]> tableByGroup = new HashMap<>();
    private final Set<String> productTypes;
    private final SlaPolicy sla;

    ActivityFolder(ScoringProfile profile) {
        this.profile = profile;
        profile.decay().forEach((name, group) -> tableByGroup.put(name, table(group)));
        this.productTypes = Set.copyOf(profile.classification().pql().activityTypes());
        this.sla = profile.sla().policy();
        profile.interactions().forEach((type, p) -> known.put(type, new TypeInfo(known.size(), type,
                tableByGroup.get(p.group()), p.points() > 0, productTypes.contains(type))));
    }

    /** {@code table[d] = round(1000 * 0.5^(d / halfLife))} for every age {@code d} in the window. */
    static long[] table(DecayGroup group) {
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
        // The whole seconds of the exact difference, rounded down (what Duration.between(from, to).getSeconds()
        // gives), without creating a Duration.
        long seconds = to.getEpochSecond() - from.getEpochSecond() - (to.getNano() < from.getNano() ? 1 : 0);
        return Math.floorDiv(seconds, DAY_SECONDS);
    }

    /** Per-type accumulator. */
    private static final class Acc {
        final TypeInfo info;
        int count;
        int recent;
        Instant first;
        Instant last;
        long decayed;

        Acc(TypeInfo info) {
            this.info = info;
        }
    }

    /**
     * What the rules see of a lead besides the lead itself.
     *
     * @param activities one per interaction type, up to the as-of instant
     * @param recency    days since the last engagement, creation and product activity
     * @param breaches   the follow-up deadlines of the profile's {@code sla} the lead is past (only leads with a
     *                   stage history can be)
     */
    record Folded(List<Activity> activities, Recency recency, List<SlaBreach> breaches) {
    }

    Folded fold(Lead lead, Instant asOf) {
        List<Interaction> interactions = lead.interactions();
        // By the type's index in the profile: one hash look-up per interaction, no map per lead.
        Acc[] byIndex = new Acc[known.size()];
        Acc[] accs = new Acc[Math.min(interactions.size(), 16)];
        int types = 0;
        for (int n = 0, size = interactions.size(); n < size; n++) {
            Interaction i = interactions.get(n);
            // Exact instants, not milliseconds: an interaction a microsecond after the as-of instant is ignored,
            // and first / last do not depend on the order of interactions within one millisecond.
            Instant at = i.at();
            if (at.isAfter(asOf)) {
                continue;
            }
            String type = i.type();
            TypeInfo info = known.get(type);
            Acc acc = info != null ? byIndex[info.index()] : unknown(accs, types, type);
            if (acc == null) {
                if (types == accs.length) {
                    accs = Arrays.copyOf(accs, Math.max(4, types * 2));
                }
                acc = new Acc(info != null ? info : unknownInfo(type));
                accs[types++] = acc;
                if (info != null) {
                    byIndex[info.index()] = acc;
                }
            }
            acc.count++;
            if (acc.first == null || at.isBefore(acc.first)) {
                acc.first = at;
            }
            if (acc.last == null || at.isAfter(acc.last)) {
                acc.last = at;
            }
            long age = days(at, asOf);
            long[] table = acc.info.table();
            if (age < table.length) {
                acc.recent++;
                acc.decayed += table[(int) age];
            }
        }
        // One fact per type, in type order: the order of interactions never changes what rules see.
        Arrays.sort(accs, 0, types, (x, y) -> x.info.type().compareTo(y.info.type()));
        Activity[] activities = new Activity[types];
        long lastEngagement = -1;
        long lastProduct = -1;
        for (int k = 0; k < types; k++) {
            Acc a = accs[k];
            long since = days(a.last, asOf);
            activities[k] = new Activity(a.info.type(), a.count, a.recent, a.first, a.last, since, a.decayed);
            if (a.info.positive()) {
                lastEngagement = lastEngagement < 0 ? since : Math.min(lastEngagement, since);
            }
            if (a.info.product()) {
                lastProduct = lastProduct < 0 ? since : Math.min(lastProduct, since);
            }
        }
        long created = lead.createdAt().isPresent() ? Math.max(0, days(lead.createdAt().get(), asOf)) : -1L;
        Instant signedUp = lead.product().isPresent() ? lead.product().get().signedUpAt().orElse(null) : null;
        if (signedUp != null && !signedUp.isAfter(asOf)) {
            long since = days(signedUp, asOf);
            lastProduct = lastProduct < 0 ? since : Math.min(lastProduct, since);
        }
        List<SlaBreach> breaches = sla.isEmpty() || lead.stageHistory().isEmpty() ? List.of()
                : sla.breaches(lead, asOf);
        return new Folded(List.of(activities), new Recency(lastEngagement, created, lastProduct), breaches);
    }

    /** The accumulator of a type the profile does not name, if the lead had one already. */
    private static Acc unknown(Acc[] accs, int types, String type) {
        for (int k = 0; k < types; k++) {
            if (accs[k].info.index() < 0 && accs[k].info.type().equals(type)) {
                return accs[k];
            }
        }
        return null;
    }

    /** A type the profile does not name scores nothing and decays in the default group. */
    private TypeInfo unknownInfo(String type) {
        return new TypeInfo(-1, type, tableByGroup.get(profile.defaultDecayGroup()), false,
                productTypes.contains(type));
    }
}

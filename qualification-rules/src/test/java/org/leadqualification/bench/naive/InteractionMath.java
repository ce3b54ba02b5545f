package org.leadqualification.bench.naive;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.leadqualification.rules.profile.DecayGroup;
import org.leadqualification.rules.profile.InteractionPoints;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The static helpers the NAIVE_INTERACTIONS rules call on single interactions: age in whole days, decay weight in
 * thousandths, capped points and the reason detail. It is the arithmetic the library's README documents, written
 * once more the way a team matching {@code Interaction} facts would, without the engine's fold. Stateless apart
 * from a cache of decay tables; thread-safe.
 */
public final class InteractionMath {
    private static final long DAY_SECONDS = 86_400L;
    /** Decay factors per group, {@code table[d] = round(1000 * 0.5^(d / halfLife))} for every age in the window. */
    private static final Map<DecayGroup, long[]> TABLES = new ConcurrentHashMap<>();

    private InteractionMath() {
    }

    /**
     * @param from the earlier instant
     * @param to   the later instant
     * @return whole days from {@code from} to {@code to}: the exact duration divided by 24 hours, rounded down
     *         (negative when {@code from} is after {@code to})
     */
    public static long days(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), DAY_SECONDS);
    }

    /**
     * @param profile the scoring profile
     * @param type    an interaction type
     * @param at      when the interaction happened, not after {@code asOf}
     * @param asOf    the as-of instant
     * @return whether the interaction is inside its type's decay window, and so still scores
     */
    public static boolean inWindow(ScoringProfile profile, String type, Instant at, Instant asOf) {
        return days(at, asOf) <= profile.decayOf(type).windowDays();
    }

    /**
     * @param profile the scoring profile
     * @param type    an interaction type
     * @param at      when the interaction happened, not after {@code asOf}
     * @param asOf    the as-of instant
     * @return the interaction's decay factor in thousandths, {@code round(1000 * 0.5^(d / halfLife))} for an age of
     *         {@code d} whole days inside the window, 0 outside it
     */
    public static long decayMillis(ScoringProfile profile, String type, Instant at, Instant asOf) {
        long[] table = TABLES.computeIfAbsent(profile.decayOf(type), InteractionMath::table);
        long age = days(at, asOf);
        return age >= 0 && age < table.length ? table[(int) age] : 0;
    }

    private static long[] table(DecayGroup group) {
        long[] t = new long[group.windowDays() + 1];
        for (int d = 0; d < t.length; d++) {
            t[d] = Math.round(1000.0 * StrictMath.pow(0.5, d / (double) group.halfLifeDays()));
        }
        return t;
    }

    /**
     * @param profile       the scoring profile
     * @param type          an interaction type
     * @param decayedMillis the sum of the decay factors of its interactions in the window, in thousandths
     * @return the type's points per interaction times {@code decayedMillis}, capped at the type's cap (either sign),
     *         rounded once to whole points, halves away from zero
     */
    public static int points(ScoringProfile profile, String type, long decayedMillis) {
        InteractionPoints p = profile.pointsOf(type);
        long cap = p.cap() * 1000L;
        long millis = Math.max(-cap, Math.min(cap, p.points() * decayedMillis));
        return (int) (millis >= 0 ? (millis + 500) / 1000 : -((-millis + 500) / 1000));
    }

    /**
     * @param type   an interaction type
     * @param count  how many of its interactions are in the window
     * @param latest the latest of them
     * @return the reason detail: {@code "DEMO_REQUEST 2026-10-20T15:12:00Z"} for one,
     *         {@code "3x PAGE_VIEW, latest 2026-10-20T15:12:00Z"} for more
     */
    public static String detail(String type, long count, Instant latest) {
        return count == 1 ? type + " " + latest : count + "x " + type + ", latest " + latest;
    }

    /**
     * @param at   an optional instant, e.g. a product sign-up
     * @param asOf the as-of instant
     * @param days the most days it may lie before {@code asOf}
     * @return whether {@code at} is present, not after {@code asOf} and at most {@code days} whole days before it
     */
    public static boolean within(Optional<Instant> at, Instant asOf, int days) {
        return at.isPresent() && !at.get().isAfter(asOf) && days(at.get(), asOf) <= days;
    }

    /**
     * @param latestEngagement the latest interaction of a type with positive points, or null when there is none
     * @param createdAt        when the lead was created
     * @param asOf             the as-of instant
     * @return whole days without engagement: since {@code latestEngagement}, or else since the lead was created (0
     *         when it was created after {@code asOf}); -1 when neither is known
     */
    public static long idleDays(Instant latestEngagement, Optional<Instant> createdAt, Instant asOf) {
        if (latestEngagement != null) {
            return days(latestEngagement, asOf);
        }
        return createdAt.map(c -> Math.max(0, days(c, asOf))).orElse(-1L);
    }
}

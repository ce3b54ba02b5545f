package org.leadqualification.rules.facts;

import java.time.Instant;

/**
 * A fact: what a lead did of one interaction type, up to the as-of instant. The engine inserts one
 * {@code Activity} per interaction type the lead has; interactions after the as-of instant are ignored.
 *
 * <p>Rules match it by type, e.g. {@code Activity(type == "DEMO_REQUEST", daysSinceLast <= 30)}, and score it
 * with {@code score.activity(Dimension.INTENT, $a)}, which applies the profile's points, decay and cap.
 *
 * @param type          the interaction type, upper case
 * @param count         how many interactions of this type happened at or before the as-of instant
 * @param recentCount   how many of them are inside the type's decay window (and so still score)
 * @param first         the earliest of them
 * @param last          the latest of them
 * @param daysSinceLast whole days from the latest of them to the as-of instant
 * @param decayedMillis the sum over the interactions in the window of their decay factor, in thousandths: an
 *                      interaction {@code d} whole days old counts {@code round(1000 * 0.5^(d / halfLifeDays))}
 */
public record Activity(String type, int count, int recentCount, Instant first, Instant last, long daysSinceLast,
                       long decayedMillis) {
}

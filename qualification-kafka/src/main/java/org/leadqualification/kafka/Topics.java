package org.leadqualification.kafka;

import java.util.Objects;
import java.util.Set;

/**
 * The topics of a {@link QualificationTopology}. Both input topics are keyed by lead id and must have the same number
 * of partitions (a lead's updates and interactions meet in one task).
 *
 * @param leadUpdates    input: a lead's profile as a lead object of the wire format (its interactions, if any, are
 *                       merged); a record without a value forgets the lead
 * @param interactions   input: one interaction object of the wire format per record
 * @param qualifications output: each new result, a qualification object of the wire format, keyed by lead id
 * @param stageChanges   output: a {@link StageChange} in JSON each time a lead's stage changes, keyed by lead id
 * @param deadLetters    output: every input record that could not be read or judged, its key and value unchanged,
 *                       the error in its headers (see {@link DeadLetters})
 */
public record Topics(String leadUpdates, String interactions, String qualifications, String stageChanges,
                     String deadLetters) {

    /**
     * @throws NullPointerException     if a name is null
     * @throws IllegalArgumentException if a name is blank or two topics share a name
     */
    public Topics {
        check(leadUpdates, "leadUpdates");
        check(interactions, "interactions");
        check(qualifications, "qualifications");
        check(stageChanges, "stageChanges");
        check(deadLetters, "deadLetters");
        if (Set.of(leadUpdates, interactions, qualifications, stageChanges, deadLetters).size() != 5) {
            throw new IllegalArgumentException("topics must have five different names, got " + leadUpdates + ", "
                    + interactions + ", " + qualifications + ", " + stageChanges + ", " + deadLetters);
        }
    }

    /**
     * @return {@code lead-updates}, {@code interaction-events}, {@code qualifications}, {@code stage-changes},
     *         {@code dead-letters}
     */
    public static Topics defaults() {
        return withPrefix("");
    }

    /**
     * @param prefix put before every default name, e.g. {@code "crm."}
     * @return the default names with this prefix
     */
    public static Topics withPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new Topics(prefix + "lead-updates", prefix + "interaction-events", prefix + "qualifications",
                prefix + "stage-changes", prefix + "dead-letters");
    }

    private static void check(String name, String what) {
        Objects.requireNonNull(name, what + " must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}

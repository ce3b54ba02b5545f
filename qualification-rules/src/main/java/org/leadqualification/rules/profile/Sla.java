package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.checkField;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.sla.SlaPolicy;
import org.leadqualification.sla.SlaRequirement;

/**
 * The profile's {@code sla}: the follow-up deadlines marketing and sales agreed on, per recorded stage, e.g.
 * <pre>
 * sla:
 *   MQL: { ACCEPTED_OR_REJECTED: P5D }   # sales accepts or rejects an MQL within 5 days
 *   SQL: { FIRST_TOUCH: PT24H }          # and touches an SQL within 24 hours
 * </pre>
 * Durations are ISO-8601 ({@code PT24H}, {@code P5D}). A lead that is past a deadline as of the instant it is judged
 * gets a "Sales follow-up overdue" reason; the funnel report lists compliance per owner and stage.
 */
public final class Sla {
    /** No deadline at all. */
    public static final Sla NONE = new Sla(SlaPolicy.none(), Map.of());

    private final SlaPolicy policy;
    private final Map<RecordedStage, Map<SlaRequirement, String>> written;

    private Sla(SlaPolicy policy, Map<RecordedStage, Map<SlaRequirement, String>> written) {
        this.policy = policy;
        this.written = written;
    }

    @JsonCreator
    static Sla of(Map<RecordedStage, Map<SlaRequirement, String>> deadlines) {
        if (deadlines == null || deadlines.isEmpty()) {
            return NONE;
        }
        SlaPolicy.Builder b = SlaPolicy.builder();
        Map<RecordedStage, Map<SlaRequirement, String>> copy = new EnumMap<>(RecordedStage.class);
        deadlines.forEach((stage, byRequirement) -> {
            checkField("sla." + stage, stage != null && byRequirement != null,
                    "sla.%s: expected requirements with durations, e.g. {FIRST_TOUCH: PT24H}", stage);
            Map<SlaRequirement, String> inner = new EnumMap<>(SlaRequirement.class);
            byRequirement.forEach((requirement, text) -> {
                String field = "sla." + stage + "." + requirement;
                Duration within = parse(field, text);
                checkField(field, !within.isNegative() && !within.isZero(), "%s must be a positive duration, got %s",
                        field, text);
                b.deadline(stage, requirement, within);
                inner.put(requirement, text);
            });
            copy.put(stage, Map.copyOf(inner));
        });
        return new Sla(b.build(), Map.copyOf(copy));
    }

    private static Duration parse(String field, String text) {
        try {
            return Duration.parse(String.valueOf(text));
        } catch (DateTimeParseException e) {
            checkField(field, false, "%s: expected an ISO-8601 duration such as PT24H or P5D, got \"%s\"", field,
                    text);
            throw e;
        }
    }

    /** @return the deadlines as a policy that evaluates leads */
    public SlaPolicy policy() {
        return policy;
    }

    /** @return the deadlines as written in the profile */
    @JsonValue
    Map<RecordedStage, Map<SlaRequirement, String>> written() {
        return written;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sla other && policy.equals(other.policy);
    }

    @Override
    public int hashCode() {
        return policy.hashCode();
    }

    @Override
    public String toString() {
        return "Sla" + written;
    }
}

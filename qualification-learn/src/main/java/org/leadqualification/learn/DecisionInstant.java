package org.leadqualification.learn;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.StageChange;

/**
 * When a lead with an outcome is judged to learn from it: the instant a decision about it would have been made.
 * Never after its outcome (a lead that closed earlier is judged at its closing instant), so nothing that happened
 * after the decision, least of all the outcome, is seen.
 */
public final class DecisionInstant {
    private final Duration afterCreation;
    private final RecordedStage stage;

    private DecisionInstant(Duration afterCreation, RecordedStage stage) {
        this.afterCreation = afterCreation;
        this.stage = stage;
    }

    /**
     * @param delay how long after its creation, {@code >= 0}
     * @return judge each lead this long after it was created; leads without {@code createdAt} are skipped
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public static DecisionInstant afterCreation(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0, got " + delay);
        }
        return new DecisionInstant(delay, null);
    }

    /**
     * @param stage {@code MQL}, {@code SQL} or {@code OPPORTUNITY}
     * @return judge each lead when its stage history first shows that stage or a later one (an SQL that skipped MQL
     *         reached MQL then); leads that never did are skipped
     * @throws IllegalArgumentException for another stage
     */
    public static DecisionInstant whenReached(RecordedStage stage) {
        Objects.requireNonNull(stage, "stage");
        if (stage != RecordedStage.MQL && stage != RecordedStage.SQL && stage != RecordedStage.OPPORTUNITY) {
            throw new IllegalArgumentException("expected MQL, SQL or OPPORTUNITY, got " + stage);
        }
        return new DecisionInstant(null, stage);
    }

    /**
     * @param text {@code created+14d}, {@code created+PT12H} (an ISO-8601 duration), {@code mql}, {@code sql} or
     *             {@code opportunity}
     * @return the decision instant
     * @throws IllegalArgumentException if {@code text} is none of those
     */
    public static DecisionInstant parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("created+")) {
            String d = t.substring("created+".length());
            try {
                return afterCreation(d.matches("\\d+d") ? Duration.ofDays(Long.parseLong(d.substring(0, d.length() - 1)))
                        : Duration.parse(d.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException("expected created+<days>d or created+<ISO-8601 duration>, e.g. "
                        + "created+14d, got \"" + text + "\"");
            }
        }
        return switch (t) {
            case "mql" -> whenReached(RecordedStage.MQL);
            case "sql" -> whenReached(RecordedStage.SQL);
            case "opportunity" -> whenReached(RecordedStage.OPPORTUNITY);
            default -> throw new IllegalArgumentException("expected created+<days>d, mql, sql or opportunity, got \""
                    + text + "\"");
        };
    }

    /**
     * @param lead a lead
     * @return the instant to judge it at, never after its closing instant; empty when it has none
     */
    public Optional<Instant> of(Lead lead) {
        Instant at;
        if (stage == null) {
            at = lead.createdAt().map(c -> c.plus(afterCreation)).orElse(null);
        } else {
            at = null;
            Set<RecordedStage> reached = reachedBy(stage);
            for (StageChange c : lead.stageHistory()) {
                if (reached.contains(c.stage())) {
                    at = c.at();
                    break;
                }
            }
        }
        if (at == null) {
            return Optional.empty();
        }
        Optional<Instant> closed = lead.outcome().flatMap(o -> o.closedAt());
        return Optional.of(closed.isPresent() && closed.get().isBefore(at) ? closed.get() : at);
    }

    private static Set<RecordedStage> reachedBy(RecordedStage stage) {
        return switch (stage) {
            case MQL -> EnumSet.of(RecordedStage.MQL, RecordedStage.PQL, RecordedStage.SQL,
                    RecordedStage.SERVICE_QUALIFIED, RecordedStage.OPPORTUNITY);
            case SQL -> EnumSet.of(RecordedStage.SQL, RecordedStage.SERVICE_QUALIFIED, RecordedStage.OPPORTUNITY);
            default -> EnumSet.of(stage);
        };
    }

    /**
     * @param lead    a lead
     * @param instant the decision instant
     * @return what may be known of it then: no stage history, no outcome, no sales follow-up, and only the
     *         interactions up to the instant
     */
    public static Lead knownAt(Lead lead, Instant instant) {
        return new Lead(lead.id(), lead.source(), lead.createdAt(), lead.person(), lead.company(), lead.bant(),
                lead.interactions().stream().filter(i -> !i.at().isAfter(instant)).toList(), lead.product(),
                lead.customer(), lead.attributes());
    }

    /**
     * @return the text {@link #parse} reads back: {@code created+14d}, {@code created+PT12H}, {@code mql},
     *         {@code sql} or {@code opportunity}
     */
    public String spec() {
        if (stage != null) {
            return stage.name().toLowerCase(Locale.ROOT);
        }
        return "created+" + (afterCreation.toSeconds() % 86_400 == 0 ? afterCreation.toDays() + "d"
                : afterCreation.toString());
    }

    /** @return e.g. {@code 14 days after creation (never after the outcome)} */
    @Override
    public String toString() {
        String when;
        if (stage != null) {
            when = "when the lead reached " + stage;
        } else if (afterCreation.toSeconds() % 86_400 == 0) {
            long days = afterCreation.toDays();
            when = days + (days == 1 ? " day" : " days") + " after creation";
        } else {
            when = afterCreation + " after creation";
        }
        return when + " (never after the outcome)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionInstant d && Objects.equals(afterCreation, d.afterCreation) && stage == d.stage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(afterCreation, stage);
    }
}

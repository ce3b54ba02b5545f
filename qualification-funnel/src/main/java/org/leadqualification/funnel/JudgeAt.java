package org.leadqualification.funnel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the analyser has the rules judge a lead for score calibration and the won-and-lost rule signals. The choice
 * matters: judged after the deal closed, a lead's score has seen the signals of the sale itself (a meeting, a quote),
 * which flatters the rules. Judging instants after the report's {@code asOf} are moved back to it.
 */
public final class JudgeAt {
    private enum Kind { REPORT_AS_OF, FIXED, AFTER_CREATION, WHEN_REACHED }

    private final Kind kind;
    private final Instant fixed;
    private final Duration after;
    private final FunnelStep step;

    private JudgeAt(Kind kind, Instant fixed, Duration after, FunnelStep step) {
        this.kind = kind;
        this.fixed = fixed;
        this.after = after;
        this.step = step;
    }

    /** @return judge every lead as of the report's {@code asOf}: the current rules on what is known now */
    public static JudgeAt reportAsOf() {
        return new JudgeAt(Kind.REPORT_AS_OF, null, null, null);
    }

    /**
     * @param instant the instant
     * @return judge every lead as of this instant
     */
    public static JudgeAt fixed(Instant instant) {
        return new JudgeAt(Kind.FIXED, Objects.requireNonNull(instant, "instant"), null, null);
    }

    /**
     * @param delay how long after its creation, {@code >= 0}
     * @return judge each lead this long after it was created (e.g. 14 days: the score sales saw early on)
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public static JudgeAt afterCreation(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0, got " + delay);
        }
        return new JudgeAt(Kind.AFTER_CREATION, null, delay, null);
    }

    /**
     * @param step the funnel step
     * @return judge each lead at the instant it reached this step (e.g. MQL: the score at the handoff); leads that
     *         never reached it are not judged
     */
    public static JudgeAt whenReached(FunnelStep step) {
        return new JudgeAt(Kind.WHEN_REACHED, null, null, Objects.requireNonNull(step, "step"));
    }

    /** The judging instant of one lead, or empty when it is not to be judged. */
    Optional<Instant> instant(LeadTimeline timeline, Instant asOf) {
        Instant at = switch (kind) {
            case REPORT_AS_OF -> asOf;
            case FIXED -> fixed;
            case AFTER_CREATION -> timeline.created() == null ? null : timeline.created().plus(after);
            case WHEN_REACHED -> timeline.reached(step);
        };
        if (at == null) {
            return Optional.empty();
        }
        return Optional.of(at.isAfter(asOf) ? asOf : at);
    }

    /** @return what a report says about the judging instant, e.g. {@code 14 days after creation} */
    @Override
    public String toString() {
        return switch (kind) {
            case REPORT_AS_OF -> "as of the report";
            case FIXED -> "as of " + fixed;
            case AFTER_CREATION -> Durations.words(after) + " after creation";
            case WHEN_REACHED -> "when the lead reached " + step.label();
        };
    }
}

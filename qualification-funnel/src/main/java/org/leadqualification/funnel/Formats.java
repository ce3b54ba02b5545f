package org.leadqualification.funnel;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How the text and HTML reports show numbers. Package-private. */
final class Formats {
    static final String NONE = "-";

    private Formats() {
    }

    /** @return {@code 85.7%}, or {@code -} for a share of nothing */
    static String percent(Rate r) {
        return r.value().isPresent() ? percent(r.value().getAsDouble()) : NONE;
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** @return {@code 48.7-97.4%}, the Wilson 95% interval, or {@code -} */
    static String interval(Rate r) {
        if (r.value().isEmpty()) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%.1f-%.1f%%", 100 * r.low().getAsDouble(), 100 * r.high().getAsDouble());
    }

    /** @return {@code 6 of 7 = 85.7% (48.7-97.4%)} */
    static String rateWithInterval(Rate r) {
        return r.count() + "/" + r.of() + " = " + percent(r) + (r.value().isPresent() ? " (" + interval(r) + ")" : "");
    }

    /** @return {@code 1.75x}, or {@code -} */
    static String lift(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2fx", v.getAsDouble()) : NONE;
    }

    /** @return {@code 0.667}, or {@code -} */
    static String ratio(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : NONE;
    }

    /** @return {@code 2.5 d} or {@code 6.0 h}, or {@code -} */
    static String span(Optional<Duration> d) {
        return d.map(Durations::shortText).orElse(NONE);
    }
}

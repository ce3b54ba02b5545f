package org.leadqualification.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** How reports show time spans. */
final class Durations {
    private Durations() {
    }

    /** @return the span in days, two decimals, e.g. {@code 1.25} */
    static BigDecimal days(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                .divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_UP);
    }

    /** @return the span in hours, two decimals, e.g. {@code 30.00} */
    static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                .divide(BigDecimal.valueOf(3_600), 2, RoundingMode.HALF_UP);
    }

    /** @return a span in words: {@code 5 days}, {@code 24 hours}, {@code 90 minutes} */
    static String words(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toMinutes() + " minutes";
    }

    /** @return a span for a table: {@code 2.5 d} from a day up, else {@code 6.0 h} */
    static String shortText(Duration d) {
        return d.compareTo(Duration.ofDays(1)) >= 0 ? days(d).setScale(1, RoundingMode.HALF_UP) + " d"
                : hours(d).setScale(1, RoundingMode.HALF_UP) + " h";
    }
}

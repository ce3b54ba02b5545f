package org.leadqualification.funnel;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The distribution of a time span over leads: how many, the median and the 90th percentile.
 *
 * <p>The median of an even count is the mean of the two middle values; the 90th percentile is the nearest-rank
 * value, the {@code ceil(0.9 n)}-th smallest. Spans are measured in whole seconds.
 *
 * @param count  how many spans
 * @param median the median, empty when there is none
 * @param p90    the 90th percentile, empty when there is none
 */
public record DurationStats(long count, Optional<Duration> median, Optional<Duration> p90) {

    /** No spans. */
    public static final DurationStats EMPTY = new DurationStats(0, Optional.empty(), Optional.empty());

    /** @throws IllegalArgumentException if {@code count} is negative */
    public DurationStats {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        median = median == null ? Optional.empty() : median;
        p90 = p90 == null ? Optional.empty() : p90;
    }

    /** Collects spans in seconds into one primitive array; not thread-safe. */
    static final class Collector {
        private int[] seconds = new int[16];
        private int size;

        void add(Duration span) {
            long s = Math.max(0, span.getSeconds());
            if (size == seconds.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
            }
            // Spans above 68 years do not occur in a funnel; saturate rather than wrap.
            seconds[size++] = (int) Math.min(Integer.MAX_VALUE, s);
        }

        DurationStats stats() {
            if (size == 0) {
                return EMPTY;
            }
            int[] sorted = Arrays.copyOf(seconds, size);
            Arrays.sort(sorted);
            long twiceMedian = size % 2 == 1 ? 2L * sorted[size / 2]
                    : (long) sorted[size / 2 - 1] + sorted[size / 2];
            Duration median = Duration.ofSeconds(twiceMedian / 2, twiceMedian % 2 == 0 ? 0 : 500_000_000);
            int rank = (int) ((9L * size + 9) / 10); // ceil(0.9 n), in integers
            return new DurationStats(size, Optional.of(median), Optional.of(Duration.ofSeconds(sorted[rank - 1])));
        }
    }
}

package org.leadqualification.funnel;

import java.util.OptionalDouble;

/**
 * A share: {@code count} of {@code of}, with its Wilson score 95% interval (which, unlike the normal approximation,
 * stays inside 0..1 and is sensible for small counts and for 0% or 100%).
 *
 * @param count how many of them
 * @param of    out of how many, {@code >= count}
 */
public record Rate(long count, long of) {
    /** The 97.5% quantile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    /** @throws IllegalArgumentException if {@code count} is negative or above {@code of} */
    public Rate {
        if (count < 0 || count > of) {
            throw new IllegalArgumentException("count must be in 0..of, got " + count + " of " + of);
        }
    }

    /** @return {@code count / of}, or empty when {@code of} is zero */
    public OptionalDouble value() {
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / of);
    }

    /** @return the lower end of the Wilson 95% interval, or empty when {@code of} is zero */
    public OptionalDouble low() {
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0, centre() - halfWidth()));
    }

    /** @return the upper end of the Wilson 95% interval, or empty when {@code of} is zero */
    public OptionalDouble high() {
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, centre() + halfWidth()));
    }

    private double centre() {
        double n = of;
        double p = count / n;
        return (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
    }

    private double halfWidth() {
        double n = of;
        double p = count / n;
        return Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
    }
}

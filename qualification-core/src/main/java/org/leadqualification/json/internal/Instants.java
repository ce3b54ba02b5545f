package org.leadqualification.json.internal;

import java.time.Instant;

/**
 * Reads and writes the common shapes of ISO-8601 instants field by field, for the hot paths of reading and writing
 * millions of leads. Each method only takes the shapes it is sure of and answers {@code null} for anything else, so
 * that the caller falls back to the general code ({@link InstantMapper}, {@link Instant#toString()}), which keeps
 * the last word on what is valid and on every error message. Stateless.
 *
 * <p>Internal: no compatibility promise. {@link #format(Instant)} is public because the rule engine writes instants
 * into reason details with it, so that the library has one fast instant formatter; {@link #parse(String)} serves
 * only the JSON reader of this package.
 */
public final class Instants {
    /** {@code 0000-01-01T00:00:00Z}. */
    private static final long MIN_SECOND = -62_167_219_200L;
    /** {@code 9999-12-31T23:59:59Z}. */
    private static final long MAX_SECOND = 253_402_300_799L;
    private static final int SECONDS_PER_DAY = 86_400;
    /** Days from 0000-03-01 to 1970-01-01, for the civil-from-days conversion. */
    private static final long DAYS_0000_03_01_TO_1970 = 719_468L;

    private Instants() {
    }

    /**
     * Parses {@code yyyy-MM-dd'T'HH:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)} ({@code t} and {@code z} in either case), the
     * shape {@link InstantMapper#INSTANT} matches, when every field is in range.
     *
     * @param s the text
     * @return the instant, the same as the general code gives; {@code null} if the text has another shape or a
     *         field out of range (a day that does not exist, hour 24, second 60, an offset beyond 18:00, ...)
     */
    static Instant parse(String s) {
        int len = s.length();
        if (len < 20 || len > 35) {
            return null;
        }
        int year = digits4(s, 0);
        int month = digits2(s, 5);
        int day = digits2(s, 8);
        int hour = digits2(s, 11);
        int minute = digits2(s, 14);
        int second = digits2(s, 17);
        if ((year | month | day | hour | minute | second) < 0 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || (s.charAt(10) | 0x20) != 't' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < len && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + s.charAt(i) - '0';
                i++;
            }
            int n = i - start;
            if (n < 1 || n > 9) {
                return null;
            }
            for (; n < 9; n++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == len - 1 && (s.charAt(i) | 0x20) == 'z') {
            offsetSeconds = 0;
        } else if (i == len - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits2(s, i + 1);
            int om = digits2(s, i + 4);
            if ((oh | om) < 0 || om > 59 || oh > 18 || oh == 18 && om > 0) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        long epochSecond = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second
                - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /**
     * Formats an instant exactly as {@link Instant#toString()} does for the years 0000 to 9999:
     * {@code yyyy-MM-ddTHH:mm:ss}, then the fraction in groups of three digits if any, then {@code Z}.
     *
     * @param t the instant
     * @return exactly {@code t.toString()}
     */
    public static String format(Instant t) {
        long epochSecond = t.getEpochSecond();
        if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
            return t.toString();
        }
        long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        int secondOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY);
        // Civil from days (H. Hinnant), in eras of 400 years starting on 1 March.
        long z = epochDay + DAYS_0000_03_01_TO_1970;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = (int) (era * 400 + yearOfEra) + (month <= 2 ? 1 : 0);

        int nanos = t.getNano();
        int fractionDigits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1000 == 0 ? 6 : 9;
        char[] c = new char[20 + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
        put4(c, 0, year);
        c[4] = '-';
        put2(c, 5, month);
        c[7] = '-';
        put2(c, 8, day);
        c[10] = 'T';
        put2(c, 11, secondOfDay / 3600);
        c[13] = ':';
        put2(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        put2(c, 17, secondOfDay % 60);
        int i = 19;
        if (fractionDigits > 0) {
            c[i++] = '.';
            int div = 100_000_000;
            for (int k = 0; k < fractionDigits; k++) {
                c[i++] = (char) ('0' + nanos / div % 10);
                div /= 10;
            }
        }
        c[i] = 'Z';
        return new String(c);
    }

    /** Days from 1970-01-01, as {@code LocalDate.toEpochDay()} computes them, for years 0 to 9999. */
    private static long epochDay(int year, int month, int day) {
        long total = 365L * year;
        total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - 719_528L; // days from 0000-01-01 to 1970-01-01
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the two-digit number at {@code i}, or -1 if those are not two ASCII digits */
    private static int digits2(String s, int i) {
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
    }

    private static int digits4(String s, int i) {
        int hi = digits2(s, i);
        int lo = digits2(s, i + 2);
        return (hi | lo) < 0 ? -1 : hi * 100 + lo;
    }

    private static void put2(char[] c, int i, int v) {
        c[i] = (char) ('0' + v / 10);
        c[i + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int i, int v) {
        put2(c, i, v / 100);
        put2(c, i + 2, v % 100);
    }
}

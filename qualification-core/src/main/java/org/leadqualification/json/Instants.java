package org.leadqualification.json;

import java.time.Instant;

/**
 * Reads the common shape of ISO-8601 instants field by field, for the hot path of reading millions of leads. It only
 * takes what it is sure of and answers {@code null} for anything else, so that the caller falls back to the general
 * code ({@link ModelReader#INSTANT}), which keeps the last word on what is valid and on every error message.
 * Stateless.
 */
final class Instants {
    private static final int SECONDS_PER_DAY = 86_400;

    private Instants() {
    }

    /**
     * Parses {@code yyyy-MM-dd'T'HH:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)} ({@code t} and {@code z} in either case), the
     * shape {@link ModelReader#INSTANT} matches, when every field is in range.
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
}

package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Optional;

/**
 * Points for a value in a list, e.g. the profile's {@code fit.industries}. Matching ignores case.
 *
 * @param points points when the value is in the list
 * @param values the list
 */
public record PointsForValues(int points, List<String> values) {
    /** Copies the list, upper-casing nothing: matching ignores case. */
    public PointsForValues {
        values = List.copyOf(values);
    }

    /**
     * @param value a value, may be null
     * @return true if it is in the list, ignoring case
     */
    public boolean matches(String value) {
        return ProfileChecks.containsIgnoreCase(values, value);
    }

    /**
     * @param text some text, e.g. a job title; may be null
     * @return the first value (in list order) that occurs in it as a whole word, ignoring case; empty if none does
     */
    public Optional<String> firstWordIn(String text) {
        return TitleWords.firstIn(values, text);
    }
}

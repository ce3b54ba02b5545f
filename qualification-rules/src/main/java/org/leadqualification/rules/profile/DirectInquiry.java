package org.leadqualification.rules.profile;

import java.util.List;
import org.leadqualification.result.Grade;

/**
 * The profile's {@code classification.sql.directInquiry}: the direct-inquiry route to SQL: a lead from one of these
 * sources, created recently, strong fit and all four BANT parts positive.
 *
 * @param sources    lead sources that are a direct inquiry
 * @param recentDays the lead created within this many days
 * @param minGrade   worst fit grade allowed
 */
public record DirectInquiry(List<String> sources, int recentDays, Grade minGrade) {
    /** Copies the list. */
    public DirectInquiry {
        sources = List.copyOf(sources);
    }

    /**
     * @param source a lead source, may be null
     * @return true if it is one of {@code sources}, ignoring case
     */
    public boolean isDirectInquiry(String source) {
        return ProfileChecks.containsIgnoreCase(sources, source);
    }
}

package org.leadqualification.rules.profile;

import java.util.List;

/**
 * The profile's {@code classification.serviceQualified}: service-qualified criteria.
 *
 * @param types      interaction types that signal an upgrade or add-on
 * @param recentDays within this many days
 */
public record ServiceQualified(List<String> types, int recentDays) {
    /** Copies the list. */
    public ServiceQualified {
        types = List.copyOf(types);
    }
}

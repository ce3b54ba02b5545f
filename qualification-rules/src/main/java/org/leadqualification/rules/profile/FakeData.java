package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Optional;
import org.leadqualification.model.Person;

/**
 * The profile's {@code fit.fakeData}: signs of made-up contact data.
 *
 * @param points          points (negative)
 * @param emailLocalParts e-mail names before {@code @} that are not real
 * @param emailDomains    throwaway or placeholder e-mail domains
 * @param names           first, last or full names that are not real
 */
public record FakeData(int points, List<String> emailLocalParts, List<String> emailDomains, List<String> names) {
    /** Copies the lists. */
    public FakeData {
        emailLocalParts = List.copyOf(emailLocalParts);
        emailDomains = List.copyOf(emailDomains);
        names = List.copyOf(names);
    }

    /**
     * Checks, in this order, the e-mail (not an address, a listed local part or domain), the names, and the phone
     * number (six or more digits all the same or in a run like {@code 123456}).
     *
     * @param person a person
     * @return what looks made up (e.g. {@code e-mail test@example.com}), or empty when nothing does
     */
    public Optional<String> evidenceIn(Person person) {
        return FakeDataDetector.evidenceIn(this, person);
    }
}

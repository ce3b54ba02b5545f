package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.containsIgnoreCase;

import java.util.Optional;
import org.leadqualification.model.Person;

/** Finds made-up contact data in a person against the lists of a {@link FakeData} section. */
final class FakeDataDetector {
    private FakeDataDetector() {
    }

    /**
     * @param fake   the lists
     * @param person a person
     * @return what looks made up, e.g. {@code e-mail test@example.com}, or empty when nothing does
     */
    static Optional<String> evidenceIn(FakeData fake, Person person) {
        if (person.email().isPresent()) {
            String email = person.email().get();
            int at = email.lastIndexOf('@');
            if (at <= 0 || at == email.length() - 1 || email.indexOf('.', at) < 0) {
                return Optional.of("e-mail " + email + " is not an address");
            }
            if (containsIgnoreCase(fake.emailLocalParts(), email.substring(0, at))
                    || containsIgnoreCase(fake.emailDomains(), email.substring(at + 1))) {
                return Optional.of("e-mail " + email);
            }
        }
        String first = person.firstName().orElse("").strip();
        String last = person.lastName().orElse("").strip();
        if (containsIgnoreCase(fake.names(), first) || containsIgnoreCase(fake.names(), last)
                || !first.isEmpty() && !last.isEmpty() && containsIgnoreCase(fake.names(), first + " " + last)) {
            return Optional.of("name " + (first + " " + last).strip());
        }
        if (person.phone().isPresent() && isMadeUpPhone(person.phone().get())) {
            return Optional.of("phone " + person.phone().get());
        }
        return Optional.empty();
    }

    /** Six or more digits, all the same or a run of 0123456789 / 1234567890. */
    private static boolean isMadeUpPhone(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char ch = phone.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        String d = digits.toString();
        return d.length() >= 6 && (d.chars().distinct().count() == 1 || "0123456789".contains(d)
                || "1234567890".contains(d));
    }
}

package org.leadqualification.model;

import java.util.Optional;

/**
 * Who the lead is (demographics). Every field is optional; blank text counts as absent.
 *
 * @param firstName  given name
 * @param lastName   family name
 * @param email      e-mail address
 * @param phone      phone number, free format
 * @param jobTitle   job title as written by the lead
 * @param seniority  seniority level
 * @param department department, a free upper-case word such as {@code MARKETING}
 * @param country    ISO 3166-1 alpha-2 country code
 */
public record Person(Optional<String> firstName, Optional<String> lastName, Optional<String> email,
                     Optional<String> phone, Optional<String> jobTitle, Optional<Seniority> seniority,
                     Optional<String> department, Optional<String> country) {

    /** A person about whom nothing is known. */
    public static final Person EMPTY = builder().build();

    /** Normalises absent values to {@link Optional#empty()}. */
    public Person {
        firstName = Checks.text(firstName);
        lastName = Checks.text(lastName);
        email = Checks.text(email);
        phone = Checks.text(phone);
        jobTitle = Checks.text(jobTitle);
        seniority = Checks.orEmpty(seniority);
        department = Checks.text(department);
        country = Checks.text(country);
    }

    /** @return true when no field is known */
    public boolean isEmpty() {
        return firstName.isEmpty() && lastName.isEmpty() && email.isEmpty() && phone.isEmpty()
                && jobTitle.isEmpty() && seniority.isEmpty() && department.isEmpty() && country.isEmpty();
    }

    /** @return the part of the e-mail address after {@code @}, lower-cased, if there is one */
    public Optional<String> emailDomain() {
        return email.map(e -> {
            int at = e.lastIndexOf('@');
            return at < 0 || at == e.length() - 1 ? null : e.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
        });
    }

    /** @return a builder with every field absent */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}. Not thread-safe. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String email;
        private String phone;
        private String jobTitle;
        private Seniority seniority;
        private String department;
        private String country;

        private Builder() {
        }

        /** @param value given name @return this builder */
        public Builder firstName(String value) {
            this.firstName = value;
            return this;
        }

        /** @param value family name @return this builder */
        public Builder lastName(String value) {
            this.lastName = value;
            return this;
        }

        /** @param value e-mail address @return this builder */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** @param value phone number @return this builder */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /** @param value job title @return this builder */
        public Builder jobTitle(String value) {
            this.jobTitle = value;
            return this;
        }

        /** @param value seniority @return this builder */
        public Builder seniority(Seniority value) {
            this.seniority = value;
            return this;
        }

        /** @param value department @return this builder */
        public Builder department(String value) {
            this.department = value;
            return this;
        }

        /** @param value ISO country code @return this builder */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** @return the person */
        public Person build() {
            return new Person(Optional.ofNullable(firstName), Optional.ofNullable(lastName),
                    Optional.ofNullable(email), Optional.ofNullable(phone), Optional.ofNullable(jobTitle),
                    Optional.ofNullable(seniority), Optional.ofNullable(department), Optional.ofNullable(country));
        }
    }
}

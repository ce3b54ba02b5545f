package org.leadqualification.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The lead's company (firmographics). Every field is optional; amounts are in the company's currency.
 *
 * @param name          company name
 * @param domain        web domain, e.g. {@code acme.example}
 * @param industry      industry, a free upper-case word such as {@code SOFTWARE}
 * @param employees     number of employees, {@code >= 0}
 * @param annualRevenue annual revenue, {@code >= 0}
 * @param country       ISO 3166-1 alpha-2 country code
 * @param fundingRaised total funding raised, {@code >= 0}
 */
public record Company(Optional<String> name, Optional<String> domain, Optional<String> industry,
                      OptionalLong employees, Optional<BigDecimal> annualRevenue, Optional<String> country,
                      Optional<BigDecimal> fundingRaised) {

    /** A company about which nothing is known. */
    public static final Company EMPTY = builder().build();

    /**
     * Normalises absent values and checks that counts and amounts are not negative.
     *
     * @throws IllegalArgumentException if {@code employees}, {@code annualRevenue} or {@code fundingRaised} is
     *                                  negative
     */
    public Company {
        name = Checks.text(name);
        domain = Checks.text(domain);
        industry = Checks.text(industry);
        employees = Checks.nonNegative(employees, "employees");
        annualRevenue = Checks.nonNegativeAmount(annualRevenue, "annualRevenue");
        country = Checks.text(country);
        fundingRaised = Checks.nonNegativeAmount(fundingRaised, "fundingRaised");
    }

    /** @return true when no field is known */
    public boolean isEmpty() {
        return name.isEmpty() && domain.isEmpty() && industry.isEmpty() && employees.isEmpty()
                && annualRevenue.isEmpty() && country.isEmpty() && fundingRaised.isEmpty();
    }

    /** @return a builder with every field absent */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Company}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String domain;
        private String industry;
        private Long employees;
        private BigDecimal annualRevenue;
        private String country;
        private BigDecimal fundingRaised;

        private Builder() {
        }

        /** @param value company name @return this builder */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value web domain @return this builder */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /** @param value industry @return this builder */
        public Builder industry(String value) {
            this.industry = value;
            return this;
        }

        /** @param value number of employees @return this builder */
        public Builder employees(long value) {
            this.employees = value;
            return this;
        }

        /** @param value annual revenue @return this builder */
        public Builder annualRevenue(BigDecimal value) {
            this.annualRevenue = value;
            return this;
        }

        /** @param value annual revenue @return this builder */
        public Builder annualRevenue(long value) {
            return annualRevenue(BigDecimal.valueOf(value));
        }

        /** @param value ISO country code @return this builder */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** @param value funding raised @return this builder */
        public Builder fundingRaised(BigDecimal value) {
            this.fundingRaised = value;
            return this;
        }

        /** @param value funding raised @return this builder */
        public Builder fundingRaised(long value) {
            return fundingRaised(BigDecimal.valueOf(value));
        }

        /**
         * @return the company
         * @throws IllegalArgumentException if a count or amount is negative
         */
        public Company build() {
            return new Company(Optional.ofNullable(name), Optional.ofNullable(domain), Optional.ofNullable(industry),
                    employees == null ? OptionalLong.empty() : OptionalLong.of(employees),
                    Optional.ofNullable(annualRevenue), Optional.ofNullable(country),
                    Optional.ofNullable(fundingRaised));
        }
    }
}

package org.leadqualification.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead: who someone is (person and company), what they did (interactions), what sales learned (BANT), how they
 * use the product and whether they are already a customer. Immutable; build one with {@link #builder(String)}.
 *
 * <p>Absent parts are never null: an unknown person is {@link Person#EMPTY}, an unknown company
 * {@link Company#EMPTY}, unknown BANT {@link Bant#UNKNOWN}, and {@code product} / {@code customer} are empty
 * optionals. Interactions keep their input order; the order never changes a result.
 *
 * @param id           non-blank identifier, unique within a batch
 * @param source       where the lead came from, a free word such as {@code WEBINAR}
 * @param createdAt    when the lead was generated
 * @param person       demographics
 * @param company      firmographics
 * @param bant         budget, authority, need, timeline
 * @param interactions touch points, in any order
 * @param product      free-trial or freemium usage
 * @param customer     the customer account, present only for existing customers
 * @param attributes   custom data for custom rules: strings, numbers or booleans
 * @param accountId    the account the lead belongs to, when the caller names it; otherwise an account engine
 *                     derives it from the company's domain (see {@code AccountQualifier} in qualification-rules)
 */
public record Lead(String id, Optional<String> source, Optional<Instant> createdAt, Person person, Company company,
                   Bant bant, List<Interaction> interactions, Optional<ProductUsage> product,
                   Optional<CustomerAccount> customer, Map<String, Object> attributes, Optional<String> accountId) {

    /**
     * Normalises absent parts and checks the lead.
     *
     * @throws NullPointerException     if {@code id} or an interaction is null
     * @throws IllegalArgumentException if {@code id} is blank or an attribute is not a string, number or boolean
     */
    public Lead {
        Checks.requireNonBlank(id, "id");
        source = Checks.text(source);
        createdAt = Checks.orEmpty(createdAt);
        person = Objects.requireNonNullElse(person, Person.EMPTY);
        company = Objects.requireNonNullElse(company, Company.EMPTY);
        bant = Objects.requireNonNullElse(bant, Bant.UNKNOWN);
        interactions = Checks.list(interactions, "interactions");
        product = Checks.orEmpty(product);
        customer = Checks.orEmpty(customer);
        attributes = Checks.attributes(attributes, "attributes");
        accountId = Checks.text(accountId);
    }

    /**
     * A lead that names no account: the form of the wire format before {@code accountId} existed.
     *
     * @param id           non-blank identifier
     * @param source       where the lead came from
     * @param createdAt    when the lead was generated
     * @param person       demographics
     * @param company      firmographics
     * @param bant         budget, authority, need, timeline
     * @param interactions touch points
     * @param product      product usage
     * @param customer     the customer account
     * @param attributes   custom data
     * @throws NullPointerException     if {@code id} or an interaction is null
     * @throws IllegalArgumentException if {@code id} is blank or an attribute is not a string, number or boolean
     */
    public Lead(String id, Optional<String> source, Optional<Instant> createdAt, Person person, Company company,
                Bant bant, List<Interaction> interactions, Optional<ProductUsage> product,
                Optional<CustomerAccount> customer, Map<String, Object> attributes) {
        this(id, source, createdAt, person, company, bant, interactions, product, customer, attributes,
                Optional.empty());
    }

    /** @return the company's country, or the person's when the company's is unknown */
    public Optional<String> country() {
        return company.country().or(person::country);
    }

    /**
     * @param id the lead's identifier
     * @return a builder for a lead with this id and nothing else known
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * @return a builder holding every part of this lead, to make a changed copy
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.source = source.orElse(null);
        b.createdAt = createdAt.orElse(null);
        b.person = person;
        b.company = company;
        b.bant = bant;
        b.interactions.addAll(interactions);
        b.product = product.orElse(null);
        b.customer = customer.orElse(null);
        b.attributes.putAll(attributes);
        b.accountId = accountId.orElse(null);
        return b;
    }

    /** Builds a {@link Lead}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String source;
        private Instant createdAt;
        private Person person = Person.EMPTY;
        private Company company = Company.EMPTY;
        private Bant bant = Bant.UNKNOWN;
        private final List<Interaction> interactions = new ArrayList<>();
        private ProductUsage product;
        private CustomerAccount customer;
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private String accountId;

        private Builder(String id) {
            this.id = id;
        }

        /** @param value identifier @return this builder */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** @param value where the lead came from @return this builder */
        public Builder source(String value) {
            this.source = value;
            return this;
        }

        /** @param value when the lead was generated @return this builder */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** @param value demographics @return this builder */
        public Builder person(Person value) {
            this.person = Objects.requireNonNull(value, "person");
            return this;
        }

        /** @param value firmographics @return this builder */
        public Builder company(Company value) {
            this.company = Objects.requireNonNull(value, "company");
            return this;
        }

        /** @param value BANT @return this builder */
        public Builder bant(Bant value) {
            this.bant = Objects.requireNonNull(value, "bant");
            return this;
        }

        /** @param value one more interaction @return this builder */
        public Builder interaction(Interaction value) {
            this.interactions.add(Objects.requireNonNull(value, "interaction"));
            return this;
        }

        /**
         * @param type what happened
         * @param at   when
         * @return this builder, with one more interaction
         */
        public Builder interaction(String type, Instant at) {
            return interaction(Interaction.of(type, at));
        }

        /** @param values more interactions @return this builder */
        public Builder interactions(List<Interaction> values) {
            values.forEach(this::interaction);
            return this;
        }

        /** @param value product usage @return this builder */
        public Builder product(ProductUsage value) {
            this.product = value;
            return this;
        }

        /** @param value customer account @return this builder */
        public Builder customer(CustomerAccount value) {
            this.customer = value;
            return this;
        }

        /**
         * @param key   attribute name
         * @param value a string, number or boolean
         * @return this builder
         */
        public Builder attribute(String key, Object value) {
            this.attributes.put(key, value);
            return this;
        }

        /**
         * @param value the account the lead belongs to, e.g. a CRM account id; null or blank for none (then an
         *              account engine uses the company's domain)
         * @return this builder
         */
        public Builder accountId(String value) {
            this.accountId = value;
            return this;
        }

        /**
         * @return the lead
         * @throws IllegalArgumentException if the id is blank or an attribute is invalid
         */
        public Lead build() {
            return new Lead(id, Optional.ofNullable(source), Optional.ofNullable(createdAt), person, company, bant,
                    interactions, Optional.ofNullable(product), Optional.ofNullable(customer), attributes,
                    Optional.ofNullable(accountId));
        }
    }
}

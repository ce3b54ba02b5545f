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
 * use the product, whether they are already a customer, and, optionally, its history: the stages a CRM recorded,
 * what sales did and how the deal ended. Immutable; build one with {@link #builder(String)}.
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
 * @param stageHistory the stages the CRM recorded the lead in, in time order (never won or lost: see
 *                     {@code outcome})
 * @param outcome      whether the lead's deal is open, won or lost
 * @param sales        what sales did with the lead: owner, acceptance or rejection, first touch
 * @param accountId    the account the lead belongs to, when the caller names it; otherwise an account engine
 *                     derives it from the company's domain (see {@code AccountQualifier} in qualification-rules)
 */
public record Lead(String id, Optional<String> source, Optional<Instant> createdAt, Person person, Company company,
                   Bant bant, List<Interaction> interactions, Optional<ProductUsage> product,
                   Optional<CustomerAccount> customer, Map<String, Object> attributes,
                   List<StageChange> stageHistory, Optional<DealOutcome> outcome, Optional<SalesFollowUp> sales,
                   Optional<String> accountId) {

    /**
     * Normalises absent parts and checks the lead.
     *
     * <p>Besides each part's own checks, the history must make sense in time: stage changes in time order, nothing
     * recorded before {@code createdAt}, and no stage change or sales step after a won or lost outcome.
     *
     * @throws NullPointerException     if {@code id}, an interaction or a stage change is null
     * @throws IllegalArgumentException if {@code id} is blank, an attribute is not a string, number or boolean, or
     *                                  the history's instants are out of order (the message names the field, e.g.
     *                                  {@code stageHistory[2].at})
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
        stageHistory = Checks.list(stageHistory, "stageHistory");
        outcome = Checks.orEmpty(outcome);
        sales = Checks.orEmpty(sales);
        checkHistory(createdAt, stageHistory, outcome, sales);
        accountId = Checks.text(accountId);
    }

    /**
     * A lead without history: no stage changes, outcome or sales follow-up.
     *
     * @param id           non-blank identifier, unique within a batch
     * @param source       where the lead came from
     * @param createdAt    when the lead was generated
     * @param person       demographics
     * @param company      firmographics
     * @param bant         budget, authority, need, timeline
     * @param interactions touch points, in any order
     * @param product      free-trial or freemium usage
     * @param customer     the customer account
     * @param attributes   custom data for custom rules
     * @throws NullPointerException     if {@code id} or an interaction is null
     * @throws IllegalArgumentException if {@code id} is blank or an attribute is not a string, number or boolean
     */
    public Lead(String id, Optional<String> source, Optional<Instant> createdAt, Person person, Company company,
                Bant bant, List<Interaction> interactions, Optional<ProductUsage> product,
                Optional<CustomerAccount> customer, Map<String, Object> attributes) {
        this(id, source, createdAt, person, company, bant, interactions, product, customer, attributes, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void checkHistory(Optional<Instant> createdAt, List<StageChange> history,
                                     Optional<DealOutcome> outcome, Optional<SalesFollowUp> sales) {
        Instant created = createdAt.orElse(null);
        Instant closed = outcome.flatMap(DealOutcome::closedAt).orElse(null);
        for (int i = 0; i < history.size(); i++) {
            Instant at = history.get(i).at();
            String field = "stageHistory[" + i + "].at";
            if (i > 0 && at.isBefore(history.get(i - 1).at())) {
                throw new IllegalArgumentException(field + " must not be before stageHistory[" + (i - 1)
                        + "].at " + history.get(i - 1).at() + ": expected stage changes in time order, got " + at);
            }
            notBeforeCreated(field, at, created);
            if (closed != null && at.isAfter(closed)) {
                throw new IllegalArgumentException(field + " must not be after the deal closed (outcome.at "
                        + closed + "), got " + at);
            }
        }
        outcome.flatMap(DealOutcome::at).ifPresent(at -> notBeforeCreated("outcome.at", at, created));
        sales.ifPresent(s -> {
            checkSalesStep("sales.acceptedAt", s.acceptedAt(), created, closed);
            checkSalesStep("sales.rejectedAt", s.rejectedAt(), created, closed);
            checkSalesStep("sales.firstTouchAt", s.firstTouchAt(), created, closed);
        });
    }

    private static void checkSalesStep(String field, Optional<Instant> value, Instant created, Instant closed) {
        if (value.isEmpty()) {
            return;
        }
        Instant at = value.get();
        notBeforeCreated(field, at, created);
        if (closed != null && at.isAfter(closed)) {
            throw new IllegalArgumentException(field + " must not be after the deal closed (outcome.at " + closed
                    + "), got " + at);
        }
    }

    private static void notBeforeCreated(String field, Instant at, Instant created) {
        if (created != null && at.isBefore(created)) {
            throw new IllegalArgumentException(field + " must not be before createdAt " + created + ", got " + at);
        }
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
        b.stageHistory.addAll(stageHistory);
        b.outcome = outcome.orElse(null);
        b.sales = sales.orElse(null);
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
        private final List<StageChange> stageHistory = new ArrayList<>();
        private DealOutcome outcome;
        private SalesFollowUp sales;
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

        /** @param value one more stage change, after those already added @return this builder */
        public Builder stageChange(StageChange value) {
            this.stageHistory.add(Objects.requireNonNull(value, "stageChange"));
            return this;
        }

        /**
         * @param stage the stage the CRM recorded
         * @param at    when
         * @return this builder, with one more stage change
         */
        public Builder stageChange(RecordedStage stage, Instant at) {
            return stageChange(new StageChange(stage, at));
        }

        /** @param values more stage changes, in time order @return this builder */
        public Builder stageHistory(List<StageChange> values) {
            values.forEach(this::stageChange);
            return this;
        }

        /** @param value the deal outcome, or null for none @return this builder */
        public Builder outcome(DealOutcome value) {
            this.outcome = value;
            return this;
        }

        /** @param value what sales did with the lead, or null for nothing known @return this builder */
        public Builder sales(SalesFollowUp value) {
            this.sales = value;
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
         * @throws IllegalArgumentException if the id is blank, an attribute is invalid or the history's instants are
         *                                  out of order
         */
        public Lead build() {
            return new Lead(id, Optional.ofNullable(source), Optional.ofNullable(createdAt), person, company, bant,
                    interactions, Optional.ofNullable(product), Optional.ofNullable(customer), attributes,
                    stageHistory, Optional.ofNullable(outcome), Optional.ofNullable(sales),
                    Optional.ofNullable(accountId));
        }
    }
}

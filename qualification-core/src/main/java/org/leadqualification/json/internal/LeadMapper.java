package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Company;
import org.leadqualification.model.CustomerAccount;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Person;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.SalesFollowUp;
import org.leadqualification.model.StageChange;

/**
 * {@link Lead} on the wire (spec {@code lead-format.md}), checking every field so that each mistake is reported at
 * its JSON path with what was expected; its parts are read and written by their own mappers. Writing leaves out what
 * is absent. Stateless.
 */
public final class LeadMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.withAttributes(Field.class);

    /** The wire fields of a lead, in the order of the spec. */
    public enum Field implements WireField {
        /** The lead's id. */
        ID,
        /** The account the lead belongs to. */
        ACCOUNT_ID,
        /** Where the lead came from. */
        SOURCE,
        /** When the lead was created. */
        CREATED_AT,
        /** The person. */
        PERSON,
        /** The company. */
        COMPANY,
        /** Budget, authority, need, timeline. */
        BANT,
        /** The interactions. */
        INTERACTIONS,
        /** Product usage. */
        PRODUCT,
        /** The customer account. */
        CUSTOMER,
        /** The stages the CRM recorded, in time order. */
        STAGE_HISTORY,
        /** Open, won or lost. */
        OUTCOME,
        /** What sales did. */
        SALES,
        /** Custom data. */
        ATTRIBUTES;
    }

    private LeadMapper() {
    }

    /**
     * @param tree a document, possibly not a lead at all
     * @return the lead's id if the tree has a readable one, to name the lead in an error
     */
    public static Optional<String> idOf(JsonNode tree) {
        if (tree != null && tree.isObject()) {
            JsonNode id = tree.get(Field.ID.wire());
            if (id != null && id.isTextual() && !id.textValue().isBlank()) {
                return Optional.of(id.textValue());
            }
        }
        return Optional.empty();
    }

    /**
     * @param node the lead object
     * @param path its path
     * @return the lead
     * @throws Problem the first thing wrong, in the order of the fields of the wire format
     */
    public static Lead read(JsonNode node, String path) throws Problem {
        return read(node, path, Optional.empty());
    }

    /**
     * @param node         the lead object
     * @param path         its path
     * @param interactions the lead's interactions if they were read already, each checked by
     *                     {@link InteractionMapper#read(JsonNode, JsonNode, JsonNode, JsonNode, JsonNode, String)}
     *                     from an array of objects with known fields only, each at most once; empty to read them
     *                     from {@code node}
     * @return the lead
     * @throws Problem the first thing wrong, in the order of the fields of the wire format
     */
    public static Lead read(JsonNode node, String path, Optional<List<Interaction>> interactions) throws Problem {
        JsonValues.object(node, path, "a lead object");
        FIELDS.check(node, path);
        String id = JsonValues.requiredText(node, Field.ID, path);
        Optional<String> accountId = JsonValues.text(node, Field.ACCOUNT_ID, path);
        Optional<String> source = JsonValues.text(node, Field.SOURCE, path);
        Optional<Instant> createdAt = InstantMapper.read(node, Field.CREATED_AT, path);
        Person person = PersonMapper.read(node.get(Field.PERSON.wire()), Problem.field(path, Field.PERSON.wire()));
        Company company = CompanyMapper.read(node.get(Field.COMPANY.wire()),
                Problem.field(path, Field.COMPANY.wire()));
        Bant bant = BantMapper.read(node.get(Field.BANT.wire()), Problem.field(path, Field.BANT.wire()));
        List<Interaction> list = interactions.isPresent() ? interactions.get()
                : interactions(node.get(Field.INTERACTIONS.wire()), Problem.field(path, Field.INTERACTIONS.wire()));
        Optional<ProductUsage> product = optional(node, Field.PRODUCT, path, ProductUsageMapper::read);
        Optional<CustomerAccount> customer = optional(node, Field.CUSTOMER, path, CustomerAccountMapper::read);
        List<StageChange> history = stageHistory(node.get(Field.STAGE_HISTORY.wire()),
                Problem.field(path, Field.STAGE_HISTORY.wire()));
        Optional<DealOutcome> outcome = optional(node, Field.OUTCOME, path, DealOutcomeMapper::read);
        Optional<SalesFollowUp> sales = optional(node, Field.SALES, path, SalesFollowUpMapper::read);
        Map<String, Object> attributes = AttributesMapper.read(node.get(Field.ATTRIBUTES.wire()), path,
                Field.ATTRIBUTES);
        try {
            return new Lead(id, source, createdAt, person, company, bant, list, product, customer, attributes,
                    history, outcome, sales, accountId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(historyPath(path, e.getMessage()), e.getMessage());
        }
    }

    /**
     * The path of a history check that failed: the model's messages about the history's instants start with the
     * field they name ({@code stageHistory[2].at must not be ...}); other messages belong to the lead.
     */
    private static String historyPath(String base, String message) {
        if (message != null && (message.startsWith(Field.STAGE_HISTORY.wire() + "[")
                || message.startsWith(Field.OUTCOME.wire() + ".") || message.startsWith(Field.SALES.wire() + "."))) {
            String field = message.substring(0, message.indexOf(' '));
            return base.isEmpty() ? field : base + "." + field;
        }
        return base;
    }

    private static List<StageChange> stageHistory(JsonNode node, String path) throws Problem {
        if (JsonValues.absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of stage changes, got " + Problem.describe(node));
        }
        List<StageChange> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(StageChangeMapper.read(node.get(i), Problem.element(path, i)));
        }
        return list;
    }

    private static List<Interaction> interactions(JsonNode node, String path) throws Problem {
        if (JsonValues.absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of interactions, got " + Problem.describe(node));
        }
        List<Interaction> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(InteractionMapper.read(node.get(i), Problem.element(path, i)));
        }
        return list;
    }

    /** A part's reader, for {@link #optional}. */
    private interface PartReader<T> {
        T read(JsonNode node, String path) throws Problem;
    }

    private static <T> Optional<T> optional(JsonNode lead, Field field, String base, PartReader<T> reader)
            throws Problem {
        JsonNode node = lead.get(field.wire());
        return JsonValues.absent(node) ? Optional.empty()
                : Optional.of(reader.read(node, Problem.field(base, field.wire())));
    }

    /**
     * @param lead a lead
     * @return its JSON tree, in the field order of the spec, absent parts left out
     */
    public static ObjectNode write(Lead lead) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(Field.ID.wire(), lead.id());
        JsonValues.text(o, Field.ACCOUNT_ID, lead.accountId());
        JsonValues.text(o, Field.SOURCE, lead.source());
        InstantMapper.write(o, Field.CREATED_AT, lead.createdAt());
        if (!lead.person().isEmpty()) {
            o.set(Field.PERSON.wire(), PersonMapper.write(lead.person()));
        }
        if (!lead.company().isEmpty()) {
            o.set(Field.COMPANY.wire(), CompanyMapper.write(lead.company()));
        }
        if (!lead.bant().isUnknown()) {
            o.set(Field.BANT.wire(), BantMapper.write(lead.bant()));
        }
        if (!lead.interactions().isEmpty()) {
            ArrayNode a = o.putArray(Field.INTERACTIONS.wire());
            for (Interaction i : lead.interactions()) {
                a.add(InteractionMapper.write(i));
            }
        }
        lead.product().ifPresent(p -> o.set(Field.PRODUCT.wire(), ProductUsageMapper.write(p)));
        lead.customer().ifPresent(c -> o.set(Field.CUSTOMER.wire(), CustomerAccountMapper.write(c)));
        if (!lead.stageHistory().isEmpty()) {
            ArrayNode a = o.putArray(Field.STAGE_HISTORY.wire());
            for (StageChange c : lead.stageHistory()) {
                a.add(StageChangeMapper.write(c));
            }
        }
        lead.outcome().ifPresent(d -> o.set(Field.OUTCOME.wire(), DealOutcomeMapper.write(d)));
        lead.sales().ifPresent(s -> o.set(Field.SALES.wire(), SalesFollowUpMapper.write(s)));
        AttributesMapper.write(o, Field.ATTRIBUTES, lead.attributes());
        return o;
    }
}

package org.leadqualification.json.internal;

import static org.leadqualification.json.internal.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leadqualification.model.CustomerAccount;

/** {@link CustomerAccount} on the wire. Stateless. */
final class CustomerAccountMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of a customer account, in the order of the spec. */
    enum Field implements WireField {
        PLAN, SINCE, MONTHLY_REVENUE;
    }

    private CustomerAccountMapper() {
    }

    static CustomerAccount read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "an object with the customer account");
        FIELDS.check(node, path);
        try {
            return new CustomerAccount(text(node, Field.PLAN, path), InstantMapper.read(node, Field.SINCE, path),
                    JsonValues.amount(node, Field.MONTHLY_REVENUE, path));
        } catch (IllegalArgumentException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    static ObjectNode write(CustomerAccount c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        text(o, Field.PLAN, c.plan());
        InstantMapper.write(o, Field.SINCE, c.since());
        JsonValues.amount(o, Field.MONTHLY_REVENUE, c.monthlyRevenue());
        return o;
    }
}

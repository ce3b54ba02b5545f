package org.leadqualification.json.internal;

import static org.leadqualification.json.internal.JsonValues.amount;
import static org.leadqualification.json.internal.JsonValues.count;
import static org.leadqualification.json.internal.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leadqualification.model.Company;

/** {@link Company} on the wire: an object of optional fields; {@link Company#EMPTY} is left out. Stateless. */
final class CompanyMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of a company, in the order of the spec. */
    enum Field implements WireField {
        NAME, DOMAIN, INDUSTRY, EMPLOYEES, ANNUAL_REVENUE,
        COUNTRY, FUNDING_RAISED;
    }

    private CompanyMapper() {
    }

    static Company read(JsonNode node, String path) throws Problem {
        if (JsonValues.absent(node)) {
            return Company.EMPTY;
        }
        JsonValues.object(node, path, "an object with the company's details");
        FIELDS.check(node, path);
        try {
            return new Company(text(node, Field.NAME, path), text(node, Field.DOMAIN, path),
                    text(node, Field.INDUSTRY, path), count(node, Field.EMPLOYEES, path),
                    amount(node, Field.ANNUAL_REVENUE, path), text(node, Field.COUNTRY, path),
                    amount(node, Field.FUNDING_RAISED, path));
        } catch (IllegalArgumentException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    static ObjectNode write(Company c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        text(o, Field.NAME, c.name());
        text(o, Field.DOMAIN, c.domain());
        text(o, Field.INDUSTRY, c.industry());
        count(o, Field.EMPLOYEES, c.employees());
        amount(o, Field.ANNUAL_REVENUE, c.annualRevenue());
        text(o, Field.COUNTRY, c.country());
        amount(o, Field.FUNDING_RAISED, c.fundingRaised());
        return o;
    }
}

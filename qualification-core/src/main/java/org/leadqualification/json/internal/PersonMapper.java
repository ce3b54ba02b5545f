package org.leadqualification.json.internal;

import static org.leadqualification.json.internal.JsonValues.enumeration;
import static org.leadqualification.json.internal.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leadqualification.model.Person;
import org.leadqualification.model.Seniority;

/** {@link Person} on the wire: an object of optional fields; {@link Person#EMPTY} is left out. Stateless. */
final class PersonMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of a person, in the order of the spec. */
    enum Field implements WireField {
        FIRST_NAME, LAST_NAME, EMAIL, PHONE, JOB_TITLE,
        SENIORITY, DEPARTMENT, COUNTRY;
    }

    private PersonMapper() {
    }

    static Person read(JsonNode node, String path) throws Problem {
        if (JsonValues.absent(node)) {
            return Person.EMPTY;
        }
        JsonValues.object(node, path, "an object with the person's details");
        FIELDS.check(node, path);
        return new Person(text(node, Field.FIRST_NAME, path), text(node, Field.LAST_NAME, path),
                text(node, Field.EMAIL, path), text(node, Field.PHONE, path), text(node, Field.JOB_TITLE, path),
                enumeration(node, Field.SENIORITY, path, Seniority.class), text(node, Field.DEPARTMENT, path),
                text(node, Field.COUNTRY, path));
    }

    static ObjectNode write(Person p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        text(o, Field.FIRST_NAME, p.firstName());
        text(o, Field.LAST_NAME, p.lastName());
        text(o, Field.EMAIL, p.email());
        text(o, Field.PHONE, p.phone());
        text(o, Field.JOB_TITLE, p.jobTitle());
        enumeration(o, Field.SENIORITY, p.seniority());
        text(o, Field.DEPARTMENT, p.department());
        text(o, Field.COUNTRY, p.country());
        return o;
    }
}

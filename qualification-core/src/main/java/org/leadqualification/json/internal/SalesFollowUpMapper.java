package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leadqualification.model.SalesFollowUp;

/** {@link SalesFollowUp}, a lead's {@code sales}, on the wire. Stateless. */
final class SalesFollowUpMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of a sales follow-up, in the order of the spec. */
    enum Field implements WireField {
        OWNER, ACCEPTED_AT, REJECTED_AT, REJECTION_REASON, FIRST_TOUCH_AT;
    }

    private SalesFollowUpMapper() {
    }

    static SalesFollowUp read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "a sales object");
        FIELDS.check(node, path);
        var owner = JsonValues.text(node, Field.OWNER, path);
        var accepted = InstantMapper.read(node, Field.ACCEPTED_AT, path);
        var rejected = InstantMapper.read(node, Field.REJECTED_AT, path);
        var reason = JsonValues.text(node, Field.REJECTION_REASON, path);
        var touch = InstantMapper.read(node, Field.FIRST_TOUCH_AT, path);
        try {
            return new SalesFollowUp(owner, accepted, rejected, reason, touch);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("rejectionReason") ? Field.REJECTION_REASON.wire()
                    : Field.REJECTED_AT.wire();
            throw new Problem(Problem.field(path, field), e.getMessage());
        }
    }

    static ObjectNode write(SalesFollowUp s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonValues.text(o, Field.OWNER, s.owner());
        InstantMapper.write(o, Field.ACCEPTED_AT, s.acceptedAt());
        InstantMapper.write(o, Field.REJECTED_AT, s.rejectedAt());
        JsonValues.text(o, Field.REJECTION_REASON, s.rejectionReason());
        InstantMapper.write(o, Field.FIRST_TOUCH_AT, s.firstTouchAt());
        return o;
    }
}

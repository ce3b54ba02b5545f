package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.OutcomeStatus;

/** {@link DealOutcome}, a lead's {@code outcome}, on the wire. Stateless. */
final class DealOutcomeMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of an outcome, in the order of the spec. */
    enum Field implements WireField {
        STATUS, AT, AMOUNT, LOST_REASON;
    }

    private DealOutcomeMapper() {
    }

    static DealOutcome read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "an outcome object with status");
        FIELDS.check(node, path);
        OutcomeStatus status = JsonValues.requiredEnumeration(node, Field.STATUS, path, OutcomeStatus.class);
        var at = InstantMapper.read(node, Field.AT, path);
        if (status.isClosed() && at.isEmpty()) {
            throw JsonValues.missing(Problem.field(path, Field.AT.wire()),
                    "the instant the deal was " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        var amount = JsonValues.amount(node, Field.AMOUNT, path);
        var lostReason = JsonValues.text(node, Field.LOST_REASON, path);
        try {
            return new DealOutcome(status, at, amount, lostReason);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("lostReason") ? Field.LOST_REASON.wire() : Field.AMOUNT.wire();
            throw new Problem(Problem.field(path, field), e.getMessage());
        }
    }

    static ObjectNode write(DealOutcome d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonValues.enumeration(o, Field.STATUS, Optional.of(d.status()));
        InstantMapper.write(o, Field.AT, d.at());
        JsonValues.amount(o, Field.AMOUNT, d.amount());
        JsonValues.text(o, Field.LOST_REASON, d.lostReason());
        return o;
    }
}

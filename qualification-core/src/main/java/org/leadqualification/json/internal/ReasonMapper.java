package org.leadqualification.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Reason;

/** {@link Reason} on the wire. Stateless. */
final class ReasonMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of a reason, in the order of the spec. */
    enum Field implements WireField {
        RULE, DIMENSION, POINTS, DETAIL;
    }

    private ReasonMapper() {
    }

    static Reason read(JsonNode r, String p) throws Problem {
        JsonValues.object(r, p, "a reason object with rule and points");
        FIELDS.check(r, p);
        String rule = JsonValues.requiredText(r, Field.RULE, p);
        Optional<Dimension> dimension = JsonValues.named(r, Field.DIMENSION, p, Dimension::parse,
                "fit, engagement, intent, bant");
        return new Reason(rule, dimension, JsonValues.points(r, Field.POINTS, p), JsonValues.text(r, Field.DETAIL, p));
    }

    static void write(ObjectNode ro, Reason r) {
        ro.put(Field.RULE.wire(), r.rule());
        r.dimension().ifPresent(dim -> ro.put(Field.DIMENSION.wire(), dim.jsonName()));
        ro.put(Field.POINTS.wire(), r.points());
        JsonValues.text(ro, Field.DETAIL, r.detail());
    }

    /** Writes the reason as {@link #write(ObjectNode, Reason)}'s object would be written. */
    static void write(JsonGenerator g, Reason r) throws IOException {
        g.writeStartObject();
        g.writeStringField(Field.RULE.wire(), r.rule());
        if (r.dimension().isPresent()) {
            g.writeStringField(Field.DIMENSION.wire(), r.dimension().get().jsonName());
        }
        g.writeNumberField(Field.POINTS.wire(), r.points());
        if (r.detail().isPresent()) {
            g.writeStringField(Field.DETAIL.wire(), r.detail().get());
        }
        g.writeEndObject();
    }
}

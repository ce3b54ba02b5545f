package org.leadqualification.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.leadqualification.api.LeadError;

/**
 * {@link LeadError} on the wire: {@code {"leadId", "index", "path", "message"}}, an unknown id or path as
 * {@code null}. Written to a tree or with the same generator calls straight to a {@link JsonGenerator}; read back
 * inside an account result. Stateless.
 */
public final class LeadErrorMapper {

    /** The wire fields of an error, in the order of the spec. */
    enum Field implements WireField {
        LEAD_ID, INDEX, PATH, MESSAGE;
    }

    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    private LeadErrorMapper() {
    }

    /**
     * @param node an error object
     * @param path its path
     * @return the error
     * @throws Problem the first thing wrong
     */
    public static LeadError read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "an error object with index and message");
        FIELDS.check(node, path);
        Optional<String> leadId = JsonValues.text(node, Field.LEAD_ID, path);
        long index = JsonValues.requiredCount(node, Field.INDEX, path);
        Optional<String> at = JsonValues.text(node, Field.PATH, path);
        String message = JsonValues.requiredText(node, Field.MESSAGE, path);
        try {
            return new LeadError(leadId, index, at, message);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    /**
     * @param e an error
     * @return its JSON tree
     */
    public static ObjectNode write(LeadError e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(Field.LEAD_ID.wire(), e.leadId().orElse(null));
        o.put(Field.INDEX.wire(), e.index());
        o.put(Field.PATH.wire(), e.path().orElse(null));
        o.put(Field.MESSAGE.wire(), e.message());
        return o;
    }

    /**
     * Writes an error as {@link #write(LeadError)}'s tree would be written.
     *
     * @param g where to write
     * @param e the error
     * @throws IOException if writing fails
     */
    public static void write(JsonGenerator g, LeadError e) throws IOException {
        g.writeStartObject();
        g.writeStringField(Field.LEAD_ID.wire(), e.leadId().orElse(null));
        g.writeNumberField(Field.INDEX.wire(), e.index());
        g.writeStringField(Field.PATH.wire(), e.path().orElse(null));
        g.writeStringField(Field.MESSAGE.wire(), e.message());
        g.writeEndObject();
    }
}

package org.leadqualification.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.leadqualification.result.DimensionScores;

/** {@link DimensionScores} on the wire: four required whole numbers from 0 to 100. Stateless. */
final class DimensionScoresMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);
    private static final String EXPECTED = "an object with fit, engagement, intent and bant scores";

    /** The wire fields of the dimension scores, in the order of the spec. */
    enum Field implements WireField {
        FIT, ENGAGEMENT, INTENT, BANT;
    }

    private DimensionScoresMapper() {
    }

    static DimensionScores read(JsonNode node, String path) throws Problem {
        if (JsonValues.absent(node)) {
            throw JsonValues.missing(path, EXPECTED);
        }
        JsonValues.object(node, path, EXPECTED);
        FIELDS.check(node, path);
        return new DimensionScores(JsonValues.percent(node, Field.FIT, path),
                JsonValues.percent(node, Field.ENGAGEMENT, path), JsonValues.percent(node, Field.INTENT, path),
                JsonValues.percent(node, Field.BANT, path));
    }

    static void write(ObjectNode o, DimensionScores d) {
        o.put(Field.FIT.wire(), d.fit());
        o.put(Field.ENGAGEMENT.wire(), d.engagement());
        o.put(Field.INTENT.wire(), d.intent());
        o.put(Field.BANT.wire(), d.bant());
    }

    /** Writes the fields as {@link #write(ObjectNode, DimensionScores)} does, into the open object. */
    static void write(JsonGenerator g, DimensionScores d) throws IOException {
        g.writeNumberField(Field.FIT.wire(), d.fit());
        g.writeNumberField(Field.ENGAGEMENT.wire(), d.engagement());
        g.writeNumberField(Field.INTENT.wire(), d.intent());
        g.writeNumberField(Field.BANT.wire(), d.bant());
    }
}

package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.StageChange;

/** {@link StageChange}, one entry of a lead's {@code stageHistory}, on the wire. Stateless. */
final class StageChangeMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of a stage change, in the order of the spec. */
    enum Field implements WireField {
        STAGE, AT;
    }

    private StageChangeMapper() {
    }

    static StageChange read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "a stage change object with stage and at");
        FIELDS.check(node, path);
        RecordedStage stage = JsonValues.requiredEnumeration(node, Field.STAGE, path, RecordedStage.class);
        Instant at = InstantMapper.read(node, Field.AT, path)
                .orElseThrow(() -> InstantMapper.missing(path, Field.AT));
        return new StageChange(stage, at);
    }

    static ObjectNode write(StageChange c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonValues.enumeration(o, Field.STAGE, java.util.Optional.of(c.stage()));
        InstantMapper.write(o, Field.AT, c.at());
        return o;
    }
}

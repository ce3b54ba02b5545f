package org.leadqualification.json.internal;

import static org.leadqualification.json.internal.JsonValues.enumeration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Need;
import org.leadqualification.model.Timeline;

/** {@link Bant} on the wire: four optional enumerations; {@code UNKNOWN} parts are left out. Stateless. */
final class BantMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of BANT, in the order of the spec. */
    enum Field implements WireField {
        BUDGET, AUTHORITY, NEED, TIMELINE;
    }

    private BantMapper() {
    }

    static Bant read(JsonNode node, String path) throws Problem {
        if (JsonValues.absent(node)) {
            return Bant.UNKNOWN;
        }
        JsonValues.object(node, path, "an object with budget, authority, need and timeline");
        FIELDS.check(node, path);
        return new Bant(enumeration(node, Field.BUDGET, path, Budget.class).orElse(null),
                enumeration(node, Field.AUTHORITY, path, Authority.class).orElse(null),
                enumeration(node, Field.NEED, path, Need.class).orElse(null),
                enumeration(node, Field.TIMELINE, path, Timeline.class).orElse(null));
    }

    static ObjectNode write(Bant b) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        enumeration(o, Field.BUDGET, known(b.budget(), Budget.UNKNOWN));
        enumeration(o, Field.AUTHORITY, known(b.authority(), Authority.UNKNOWN));
        enumeration(o, Field.NEED, known(b.need(), Need.UNKNOWN));
        enumeration(o, Field.TIMELINE, known(b.timeline(), Timeline.UNKNOWN));
        return o;
    }

    private static <E extends Enum<E>> Optional<E> known(E value, E unknown) {
        return value == unknown ? Optional.empty() : Optional.of(value);
    }
}

package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.leadqualification.internal.InteractionTypeWords;
import org.leadqualification.model.Channel;
import org.leadqualification.model.Interaction;

/**
 * {@link Interaction} on the wire. Besides reading an object, it reads an interaction from the values of its fields
 * ({@link #read(JsonNode, JsonNode, JsonNode, JsonNode, JsonNode, String)}), for the lead reader that reads
 * interactions straight from the parser. Stateless.
 */
public final class InteractionMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.withAttributes(Field.class);

    /** The wire fields of an interaction, in the order of the spec. */
    public enum Field implements WireField {
        /** The type, e.g. {@code DEMO_REQUEST}. */
        TYPE,
        /** When it happened. */
        AT,
        /** Where it happened. */
        CHANNEL,
        /** Free text. */
        DETAIL,
        /** Custom data. */
        ATTRIBUTES;

        /**
         * @param name a field name as read
         * @return the field with that wire name, if it is one
         */
        public static Optional<Field> byWireName(String name) {
            return Optional.ofNullable(FIELDS.byWireName(name));
        }
    }

    private InteractionMapper() {
    }

    static Interaction read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "an interaction object with type and at");
        FIELDS.check(node, path);
        return read(node.get(Field.TYPE.wire()), node.get(Field.AT.wire()), node.get(Field.CHANNEL.wire()),
                node.get(Field.DETAIL.wire()), node.get(Field.ATTRIBUTES.wire()), path);
    }

    /**
     * An interaction from the values of its fields ({@code null} when absent), for an object already checked for
     * unknown fields.
     *
     * @param typeNode   the value of {@code type}
     * @param atNode     the value of {@code at}
     * @param channel    the value of {@code channel}
     * @param detail     the value of {@code detail}
     * @param attributes the value of {@code attributes}
     * @param path       the interaction's path, for problems
     * @return the interaction
     * @throws Problem the first thing wrong, field by field
     */
    public static Interaction read(JsonNode typeNode, JsonNode atNode, JsonNode channel, JsonNode detail,
                                   JsonNode attributes, String path) throws Problem {
        if (JsonValues.absent(typeNode)) {
            throw JsonValues.missing(Problem.field(path, Field.TYPE.wire()),
                    "an interaction type, an upper-case word such as DEMO_REQUEST");
        }
        Optional<String> type = InteractionTypeWords.normalType(typeNode.isTextual() ? typeNode.textValue() : "");
        if (type.isEmpty()) {
            throw new Problem(Problem.field(path, Field.TYPE.wire()), "expected an interaction type, a word of "
                    + "letters, digits and underscores such as DEMO_REQUEST, got " + Problem.describe(typeNode));
        }
        if (JsonValues.absent(atNode)) {
            throw InstantMapper.missing(path, Field.AT);
        }
        Instant at = InstantMapper.readValue(atNode, path, Field.AT).orElseThrow();
        try {
            return new Interaction(type.get(), at, JsonValues.enumerationOf(channel, path, Field.CHANNEL, Channel.class),
                    JsonValues.textOf(detail, path, Field.DETAIL), AttributesMapper.read(attributes, path,
                    Field.ATTRIBUTES));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    static ObjectNode write(Interaction i) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(Field.TYPE.wire(), i.type());
        InstantMapper.write(o, Field.AT, i.at());
        JsonValues.enumeration(o, Field.CHANNEL, i.channel());
        JsonValues.text(o, Field.DETAIL, i.detail());
        AttributesMapper.write(o, Field.ATTRIBUTES, i.attributes());
        return o;
    }
}

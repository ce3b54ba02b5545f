package org.leadqualification.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.leadqualification.json.internal.InteractionMapper;
import org.leadqualification.json.internal.LeadMapper;
import org.leadqualification.json.internal.Problem;
import org.leadqualification.model.Interaction;

/**
 * Reads one JSON value from a parser into a tree, token by token.
 *
 * <p>Unlike {@code ObjectMapper.readTree} it keeps what it has read when the input breaks off (so an error can
 * still name the lead by its {@code id}), remembers the path it was reading (so a too-long string or a syntax
 * error has a path), keeps decimals exact, and notes a duplicate field instead of silently keeping the last one.
 * Nesting depth is bounded by the parser's {@code StreamReadConstraints}, so the recursion is bounded too.
 *
 * <p>Made {@link #forLeads(JsonParser) for leads}, it reads the {@code interactions} array of the root object
 * straight into {@link Interaction} records instead of a tree, the bulk of a lead, leaving an empty array in the
 * tree. It reads exactly the same tokens in the same order either way, so a syntax error is found at the same place
 * with the same {@link #at()} and {@link #partial()}. It takes only what is plainly valid: at the first interaction
 * that is not an object of known fields, each at most once, with valid values, it reads the rest as a tree and
 * leaves the interactions unread ({@link #interactions()} is null and {@link #unusual()} true), and the lead must be
 * read again from its text without this shortcut, so that the general code finds the first problem in its own order
 * and words it.
 */
final class TreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final boolean lead;
    private final int maxInteractions;
    private JsonNode root;
    /**
     * The path being read as a stack of segments, {@code names[i]} for a field or {@code indices[i]} for an element
     * when {@code names[i]} is null, turned into text only when asked: most leads never need it.
     */
    private String[] names = new String[8];
    private int[] indices = new int[8];
    /** How many segments of the stack make the path that {@link #at()} answers. */
    private int atDepth;
    /** The first problem met while reading that is not a syntax error (a duplicate field, a number out of range). */
    private Problem problem;
    private List<Interaction> interactions;
    private boolean unusual;

    /** @param parser the parser, positioned at the value's first token */
    TreeBuilder(JsonParser parser) {
        this(parser, false, Integer.MAX_VALUE);
    }

    private TreeBuilder(JsonParser parser, boolean lead, int maxInteractions) {
        this.parser = parser;
        this.lead = lead;
        this.maxInteractions = maxInteractions;
    }

    /**
     * @param parser the parser, positioned at the lead's first token
     * @param maxInteractions the most interactions a lead may have: reading stops with a {@link LimitException} at
     *                        the first one past it
     * @return a builder that reads the interactions of a lead object straight into records
     */
    static TreeBuilder forLeads(JsonParser parser, int maxInteractions) {
        return new TreeBuilder(parser, true, maxInteractions);
    }

    /**
     * @param first the value's first token, already read
     * @return the value
     * @throws IOException on malformed or truncated JSON; {@link #partial()} and {@link #at()} then say how far
     *                     it got
     */
    JsonNode read(JsonToken first) throws IOException {
        if (first == JsonToken.START_OBJECT) {
            ObjectNode o = NODES.objectNode();
            root = o;
            fillObject(o, 0);
        } else if (first == JsonToken.START_ARRAY) {
            ArrayNode a = NODES.arrayNode();
            root = a;
            fillArray(a, 0);
        } else {
            root = scalar(first);
        }
        return root;
    }

    /** @return what was read so far, possibly incomplete */
    Optional<JsonNode> partial() {
        return Optional.ofNullable(root);
    }

    /** @return the path of the value being read when reading stopped */
    String at() {
        String path = "";
        for (int i = 0; i < atDepth; i++) {
            path = names[i] != null ? Problem.field(path, names[i]) : Problem.element(path, indices[i]);
        }
        return path;
    }

    /**
     * @return the first problem met while reading that did not stop it: a duplicate field, or a number too large to
     *         hold; the lead is read to its end so that the next one can be
     */
    Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * @return the interactions of the lead read straight into records, valid as
     *         {@link LeadMapper#read(JsonNode, String, Optional)} expects them; empty if they were not (absent, not an
     *         array, or {@link #unusual()})
     */
    Optional<List<Interaction>> interactions() {
        return Optional.ofNullable(interactions);
    }

    /**
     * @return true if reading straight into records met something it leaves to the general code: the lead must
     *         be read again without this shortcut
     */
    boolean unusual() {
        return unusual;
    }

    /** Reads the fields of an object whose path is the first {@code depth} segments. */
    private void fillObject(ObjectNode o, int depth) throws IOException {
        atDepth = depth;
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken vt = parser.nextToken();
            field(depth, name);
            if (problem == null && o.has(name)) {
                problem = new Problem(at(), "duplicate field \"" + name + "\": expected each field at most once");
            }
            if (vt == JsonToken.START_OBJECT) {
                fillObject(o.putObject(name), depth + 1);
            } else if (vt == JsonToken.START_ARRAY && lead && depth == 0 && name.equals(LeadMapper.Field.INTERACTIONS.wire())
                    && interactions == null && !unusual) {
                o.putArray(name);
                interactions = readInteractions(depth + 1);
            } else if (vt == JsonToken.START_ARRAY) {
                fillArray(o.putArray(name), depth + 1);
            } else {
                o.set(name, scalar(vt));
            }
            atDepth = depth;
        }
        if (t != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "expected a field name or '}', got " + t);
        }
    }

    /** Reads the elements of an array whose path is the first {@code depth} segments. */
    private void fillArray(ArrayNode a, int depth) throws IOException {
        JsonToken t;
        int i = 0;
        element(depth, i);
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(parser, "expected a value or ']', got the end of the input");
            }
            if (t == JsonToken.START_OBJECT) {
                fillObject(a.addObject(), depth + 1);
            } else if (t == JsonToken.START_ARRAY) {
                fillArray(a.addArray(), depth + 1);
            } else {
                a.add(scalar(t));
            }
            element(depth, ++i);
        }
        atDepth = depth;
    }

    /**
     * {@link #fillArray} for the interactions of a lead, into records.
     *
     * @return the interactions, or null if one was unusual (then the rest was read as a tree and dropped)
     */
    private List<Interaction> readInteractions(int depth) throws IOException {
        List<Interaction> list = new ArrayList<>();
        JsonToken t;
        int i = 0;
        element(depth, i);
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(parser, "expected a value or ']', got the end of the input");
            }
            if (i >= maxInteractions) {
                throw new LimitException("the lead has more than " + maxInteractions + " interactions, the limit: "
                        + "expected at most " + maxInteractions + " (LeadJson.withMaxInteractions)");
            }
            if (t == JsonToken.START_OBJECT && !unusual) {
                Interaction interaction = readInteraction(depth + 1);
                if (interaction == null) {
                    unusual = true;
                } else {
                    list.add(interaction);
                }
            } else if (t == JsonToken.START_OBJECT) {
                fillObject(NODES.objectNode(), depth + 1);
            } else if (t == JsonToken.START_ARRAY) {
                unusual = true;
                fillArray(NODES.arrayNode(), depth + 1);
            } else {
                unusual = true;
                scalar(t);
            }
            element(depth, ++i);
        }
        atDepth = depth;
        return unusual ? null : list;
    }

    /**
     * {@link #fillObject} for one interaction, into a record.
     *
     * @return the interaction, or null if it has an unknown or repeated field or a value the general code rejects
     */
    private Interaction readInteraction(int depth) throws IOException {
        atDepth = depth;
        JsonNode type = null;
        JsonNode at = null;
        JsonNode channel = null;
        JsonNode detail = null;
        JsonNode attributes = null;
        boolean usual = true;
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken vt = parser.nextToken();
            field(depth, name);
            JsonNode value;
            if (vt == JsonToken.START_OBJECT) {
                ObjectNode o = NODES.objectNode();
                fillObject(o, depth + 1);
                value = o;
            } else if (vt == JsonToken.START_ARRAY) {
                ArrayNode a = NODES.arrayNode();
                fillArray(a, depth + 1);
                value = a;
            } else {
                value = scalar(vt);
            }
            Optional<InteractionMapper.Field> field = InteractionMapper.Field.byWireName(name);
            if (field.isEmpty()) {
                usual = false;
            } else {
                switch (field.get()) {
                    case TYPE -> {
                        usual &= type == null;
                        type = value;
                    }
                    case AT -> {
                        usual &= at == null;
                        at = value;
                    }
                    case CHANNEL -> {
                        usual &= channel == null;
                        channel = value;
                    }
                    case DETAIL -> {
                        usual &= detail == null;
                        detail = value;
                    }
                    case ATTRIBUTES -> {
                        usual &= attributes == null;
                        attributes = value;
                    }
                }
            }
            atDepth = depth;
        }
        if (t != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "expected a field name or '}', got " + t);
        }
        if (!usual) {
            return null;
        }
        try {
            // No path: a problem here is never shown, the lead is read again by the general code instead.
            return InteractionMapper.read(type, at, channel, detail, attributes, "");
        } catch (Problem p) {
            return null;
        }
    }

    /** Makes {@link #at()} the field {@code name} of the object whose path is the first {@code depth} segments. */
    private void field(int depth, String name) {
        grow(depth);
        names[depth] = name;
        atDepth = depth + 1;
    }

    /** Makes {@link #at()} the element {@code index} of the array whose path is the first {@code depth} segments. */
    private void element(int depth, int index) {
        grow(depth);
        names[depth] = null;
        indices[depth] = index;
        atDepth = depth + 1;
    }

    private void grow(int depth) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
    }

    private JsonNode scalar(JsonToken t) throws IOException {
        if (t == null) {
            throw new JsonParseException(parser, "expected a value, got the end of the input");
        }
        return switch (t) {
            case VALUE_STRING -> TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(t);
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> throw new JsonParseException(parser, "expected a value, got " + t);
        };
    }

    /**
     * A number as written. One that no number type can hold (an exponent beyond what {@code BigDecimal} takes,
     * e.g. {@code 1E2147483648}) is recorded as this lead's {@link #problem()} and read as null, so that the lead
     * fails with its path and the leads after it are still read.
     */
    private JsonNode number(JsonToken t) throws IOException {
        try {
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return switch (parser.getNumberType()) {
                    case INT -> IntNode.valueOf(parser.getIntValue());
                    case LONG -> LongNode.valueOf(parser.getLongValue());
                    default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
                };
            }
            // Exact, never through double: amounts must read back exactly as written.
            return DecimalNode.valueOf(parser.getDecimalValue());
        } catch (NumberFormatException | ArithmeticException e) {
            if (problem == null) {
                String text = parser.getText();
                problem = new Problem(at(), "number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                        + " is out of range: expected a number whose exponent fits in 9 digits");
            }
            unusual = true;
            return NullNode.getInstance();
        }
    }
}

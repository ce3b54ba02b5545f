package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The field readers and writers every mapper shares: the rules of the wire format for one value. An optional field
 * that is {@code null} counts as absent; enumerations are read case-insensitively; counts are whole numbers
 * {@code >= 0}; amounts are numbers {@code >= 0}, kept exact as {@link BigDecimal}. Each problem names the field's
 * JSON path and what was expected. Stateless.
 */
final class JsonValues {

    /** Each enum's constants, without the copy that {@code getEnumConstants()} makes on every call. */
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    private JsonValues() {
    }

    // ---------------------------------------------------------------- reading

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    static void object(JsonNode node, String path, String expected) throws Problem {
        if (node == null || !node.isObject()) {
            throw new Problem(path, "expected " + expected + ", got " + Problem.describe(node));
        }
    }

    static Problem missing(String path, String expected) {
        return new Problem(path, "missing required field: expected " + expected);
    }

    static String requiredText(JsonNode obj, WireField field, String base) throws Problem {
        String path = Problem.field(base, field.wire());
        JsonNode n = obj.get(field.wire());
        if (absent(n)) {
            throw missing(path, "a non-blank string");
        }
        if (!n.isTextual() || n.textValue().isBlank()) {
            throw new Problem(path, "expected a non-blank string, got " + Problem.describe(n));
        }
        return n.textValue();
    }

    static Optional<String> text(JsonNode obj, WireField field, String base) throws Problem {
        return textOf(obj.get(field.wire()), base, field);
    }

    static Optional<String> textOf(JsonNode n, String base, WireField field) throws Problem {
        if (absent(n)) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new Problem(Problem.field(base, field.wire()), "expected a string, got " + Problem.describe(n));
        }
        return Optional.of(n.textValue());
    }

    static List<String> strings(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of strings, got " + Problem.describe(node));
        }
        List<String> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            if (!n.isTextual() || n.textValue().isBlank()) {
                throw new Problem(Problem.element(path, i), "expected a non-blank string, got " + Problem.describe(n));
            }
            list.add(n.textValue());
        }
        return list;
    }

    static boolean bool(JsonNode obj, WireField field, String base) throws Problem {
        JsonNode n = obj.get(field.wire());
        if (absent(n)) {
            return false;
        }
        if (!n.isBoolean()) {
            throw new Problem(Problem.field(base, field.wire()), "expected true or false, got " + Problem.describe(n));
        }
        return n.booleanValue();
    }

    /**
     * @param node  a document, possibly not the expected object at all
     * @param field a field that names it (a lead's or an account's id)
     * @return the field's text, if the document is an object with a textual one: to name it in an error
     */
    static Optional<String> nameOf(JsonNode node, WireField field) {
        return node != null && node.path(field.wire()).isTextual() ? Optional.of(node.get(field.wire()).textValue())
                : Optional.empty();
    }

    /**
     * @param obj      an object
     * @param field    an optional field holding a name, e.g. a reason's dimension
     * @param base     the object's path
     * @param parse    reads the name, throwing {@link IllegalArgumentException} for an unknown one
     * @param expected the names allowed, for the error
     * @return the parsed value, or empty when the field is absent
     * @throws Problem if it is not a known name
     */
    static <T> Optional<T> named(JsonNode obj, WireField field, String base,
                                 Function<String, T> parse, String expected) throws Problem {
        JsonNode d = obj.get(field.wire());
        if (absent(d)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(d.isTextual() ? d.textValue().strip() : ""));
        } catch (IllegalArgumentException e) {
            throw new Problem(Problem.field(base, field.wire()), "expected one of " + expected + ", got "
                    + Problem.describe(d));
        }
    }

    /** Reads one element of a JSON array. */
    @FunctionalInterface
    interface ElementReader<T> {
        /**
         * @param node the element
         * @param path its path
         * @return the value
         * @throws Problem if it is not a valid element
         */
        T read(JsonNode node, String path) throws Problem;
    }

    /**
     * @param node     an optional array
     * @param path     its path
     * @param expected what each element is, e.g. {@code reasons}
     * @param element  reads one element
     * @return its elements in order; empty when absent
     * @throws Problem if it is not an array or an element is invalid
     */
    static <T> List<T> array(JsonNode node, String path, String expected, ElementReader<T> element) throws Problem {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of " + expected + ", got " + Problem.describe(node));
        }
        List<T> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(element.read(node.get(i), Problem.element(path, i)));
        }
        return list;
    }

    /**
     * @param obj   a reason object
     * @param field its points field
     * @param base  the object's path
     * @return the points: a required whole number, may be negative
     * @throws Problem if absent or not a whole number
     */
    static int points(JsonNode obj, WireField field, String base) throws Problem {
        JsonNode pts = obj.get(field.wire());
        String path = Problem.field(base, field.wire());
        if (absent(pts)) {
            throw missing(path, "a whole number of points");
        }
        if (!pts.isIntegralNumber() || !pts.canConvertToInt()) {
            throw new Problem(path, "expected a whole number of points, got " + Problem.describe(pts));
        }
        return pts.intValue();
    }

    /**
     * @param obj   an object
     * @param field a required count
     * @param base  the object's path
     * @return the count
     * @throws Problem if absent or not a whole number {@code >= 0}
     */
    static long requiredCount(JsonNode obj, WireField field, String base) throws Problem {
        OptionalLong n = count(obj, field, base);
        if (n.isEmpty()) {
            throw missing(Problem.field(base, field.wire()), "a whole number >= 0");
        }
        return n.getAsLong();
    }

    static OptionalLong count(JsonNode obj, WireField field, String base) throws Problem {
        JsonNode n = obj.get(field.wire());
        if (absent(n)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(wholeNumber(n, Problem.field(base, field.wire()), Long.MAX_VALUE));
    }

    static OptionalInt intCount(JsonNode obj, WireField field, String base) throws Problem {
        JsonNode n = obj.get(field.wire());
        if (absent(n)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) wholeNumber(n, Problem.field(base, field.wire()), Integer.MAX_VALUE));
    }

    /** A count: a whole number (12 or 12.0, as JSON Schema's "integer") from 0 to {@code max}. */
    private static long wholeNumber(JsonNode n, String path, long max) throws Problem {
        String expected = "expected a whole number >= 0";
        if (!n.isNumber()) {
            throw new Problem(path, expected + ", got " + Problem.describe(n));
        }
        BigDecimal value = exact(n, path, expected);
        if (value.signum() < 0) {
            throw new Problem(path, expected + ", got " + n.asText());
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new Problem(path, expected + " (no fraction), got " + n.asText());
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Problem(path, expected + " and <= " + max + ", got " + n.asText());
        }
        return value.longValueExact();
    }

    static Optional<BigDecimal> amount(JsonNode obj, WireField field, String base) throws Problem {
        JsonNode n = obj.get(field.wire());
        if (absent(n)) {
            return Optional.empty();
        }
        String path = Problem.field(base, field.wire());
        String expected = "expected a number >= 0";
        if (!n.isNumber()) {
            throw new Problem(path, expected + ", got " + Problem.describe(n));
        }
        BigDecimal value = exact(n, path, expected);
        if (value.signum() < 0) {
            throw new Problem(path, expected + ", got " + n.asText());
        }
        return Optional.of(value);
    }

    private static BigDecimal exact(JsonNode n, String path, String expected) throws Problem {
        if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
            throw new Problem(path, expected + ", got " + n.asText());
        }
        return n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue();
    }

    /** A whole number from 0 to 100, required. */
    static int percent(JsonNode obj, WireField field, String base) throws Problem {
        String path = Problem.field(base, field.wire());
        JsonNode n = obj.get(field.wire());
        if (absent(n)) {
            throw missing(path, "a whole number from 0 to 100");
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > 100) {
            throw new Problem(path, "expected a whole number from 0 to 100, got " + Problem.describe(n));
        }
        return n.intValue();
    }

    static <E extends Enum<E>> Optional<E> enumeration(JsonNode obj, WireField field, String base, Class<E> type)
            throws Problem {
        return enumerationOf(obj.get(field.wire()), base, field, type);
    }

    static <E extends Enum<E>> Optional<E> enumerationOf(JsonNode n, String base, WireField field, Class<E> type)
            throws Problem {
        if (absent(n)) {
            return Optional.empty();
        }
        Optional<E> e = constant(n, type);
        if (e.isEmpty()) {
            throw new Problem(Problem.field(base, field.wire()), "expected " + expectedOneOf(type) + ", got "
                    + Problem.describe(n));
        }
        return e;
    }

    static <E extends Enum<E>> E requiredEnumeration(JsonNode obj, WireField field, String base, Class<E> type)
            throws Problem {
        Optional<E> value = enumeration(obj, field, base, type);
        if (value.isEmpty()) {
            throw missing(Problem.field(base, field.wire()), expectedOneOf(type));
        }
        return value.get();
    }

    static <E extends Enum<E>> E enumValue(JsonNode n, String path, Class<E> type) throws Problem {
        Optional<E> e = constant(n, type);
        if (e.isEmpty()) {
            throw new Problem(path, "expected " + expectedOneOf(type) + ", got " + Problem.describe(n));
        }
        return e.get();
    }

    /** @return the constant named by a text node ignoring case and surrounding blanks */
    private static <E extends Enum<E>> Optional<E> constant(JsonNode n, Class<E> type) {
        if (n != null && n.isTextual()) {
            String s = n.textValue().strip();
            for (Enum<?> e : CONSTANTS.get(type)) {
                if (e.name().equalsIgnoreCase(s)) {
                    return Optional.of(type.cast(e));
                }
            }
        }
        return Optional.empty();
    }

    static String expectedOneOf(Class<? extends Enum<?>> type) {
        return "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- writing

    static void text(ObjectNode o, WireField field, Optional<String> value) {
        value.ifPresent(v -> o.put(field.wire(), v));
    }

    static void count(ObjectNode o, WireField field, OptionalLong value) {
        value.ifPresent(v -> o.put(field.wire(), v));
    }

    static void count(ObjectNode o, WireField field, OptionalInt value) {
        value.ifPresent(v -> o.put(field.wire(), v));
    }

    static void amount(ObjectNode o, WireField field, Optional<BigDecimal> value) {
        value.ifPresent(v -> o.set(field.wire(), DecimalNode.valueOf(v)));
    }

    static void enumeration(ObjectNode o, WireField field, Optional<? extends Enum<?>> value) {
        value.ifPresent(v -> o.put(field.wire(), v.name()));
    }

    static void strings(ObjectNode o, WireField field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field.wire());
            values.forEach(a::add);
        }
    }
}

package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Custom data of a lead or an interaction: an object of strings, numbers and booleans. Whole numbers that fit are
 * read as {@link Long}, other numbers as {@link BigDecimal} (exact). Stateless.
 */
final class AttributesMapper {
    private AttributesMapper() {
    }

    static Map<String, Object> read(JsonNode node, String base, WireField field) throws Problem {
        if (JsonValues.absent(node)) {
            return Map.of();
        }
        String path = Problem.field(base, field.wire());
        JsonValues.object(node, path, "an object of custom attributes (strings, numbers or booleans)");
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (key.isBlank()) {
                throw new Problem(Problem.field(path, key), "expected a non-blank attribute name");
            }
            JsonNode v = e.getValue();
            Object value;
            if (v.isTextual()) {
                value = v.textValue();
            } else if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isNumber()) {
                value = number(v, path, key);
            } else {
                throw new Problem(Problem.field(path, key), "expected a string, number or boolean, got "
                        + Problem.describe(v));
            }
            map.put(key, value);
        }
        return map;
    }

    private static Object number(JsonNode v, String base, String key) throws Problem {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isDouble() || v.isFloat()) {
            if (!Double.isFinite(v.doubleValue())) {
                throw new Problem(Problem.field(base, key), "expected a finite number, got " + v.asText());
            }
        }
        return v.decimalValue();
    }

    static void write(ObjectNode o, WireField field, Map<String, Object> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        ObjectNode a = o.putObject(field.wire());
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            if (v instanceof String s) {
                a.put(k, s);
            } else if (v instanceof Boolean b) {
                a.put(k, b);
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                a.put(k, ((Number) v).longValue());
            } else if (v instanceof Double || v instanceof Float) {
                a.put(k, ((Number) v).doubleValue());
            } else if (v instanceof BigInteger bi) {
                a.put(k, bi);
            } else if (v instanceof BigDecimal bd) {
                a.set(k, DecimalNode.valueOf(bd));
            } else {
                // Another Number type (AtomicLong, a custom one): its decimal text is exact.
                a.set(k, DecimalNode.valueOf(new BigDecimal(v.toString())));
            }
        }
    }
}

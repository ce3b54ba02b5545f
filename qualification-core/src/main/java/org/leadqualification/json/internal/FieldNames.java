package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The known fields of one JSON object, from its mapper's {@link WireField} enum: rejects unknown fields and finds a
 * field by its wire name. Immutable.
 *
 * @param <F> the mapper's field enum
 */
final class FieldNames<F extends Enum<F> & WireField> {
    /** Each field enum's wire names by ordinal, computed once. */
    private static final ClassValue<String[]> WIRE_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> camelCase(((Enum<?>) c).name()))
                    .toArray(String[]::new);
        }
    };

    private final List<String> names;
    private final Map<String, F> byName = new HashMap<>();
    private final boolean customData;

    private FieldNames(Class<F> type, boolean customData) {
        F[] fields = type.getEnumConstants();
        this.names = Arrays.stream(fields).map(WireField::wire).toList();
        for (F f : fields) {
            byName.put(f.wire(), f);
        }
        this.customData = customData;
    }

    /** @return the field's wire name: its constant's name in camel case, {@code CREATED_AT} as {@code createdAt} */
    static String wireName(WireField field) {
        return WIRE_NAMES.get(field.getDeclaringClass())[field.ordinal()];
    }

    private static String camelCase(String constant) {
        StringBuilder sb = new StringBuilder(constant.length());
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }

    /**
     * @param type the fields, in the order of the spec
     * @return the fields of an object that has no {@code attributes}
     */
    static <F extends Enum<F> & WireField> FieldNames<F> of(Class<F> type) {
        return new FieldNames<>(type, false);
    }

    /**
     * @param type the fields, in the order of the spec
     * @return the fields of an object whose custom data goes in {@code attributes}, which the error on an unknown
     *         field points to
     */
    static <F extends Enum<F> & WireField> FieldNames<F> withAttributes(Class<F> type) {
        return new FieldNames<>(type, true);
    }

    /**
     * @param name a wire name
     * @return the field, or null if it is not one of these: a lookup for the hot path of reading, not API
     */
    F byWireName(String name) {
        return byName.get(name);
    }

    /** Rejects the first unknown field, in document order, suggesting the closest known one. */
    void check(JsonNode node, String path) throws Problem {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!byName.containsKey(name)) {
                String closest = closest(name);
                throw new Problem(Problem.field(path, name), "unknown field \"" + name + "\""
                        + (closest == null ? "" : " (did you mean \"" + closest + "\"?)")
                        + ": expected one of " + String.join(", ", names)
                        + (customData ? "; put custom data in attributes" : ""));
            }
        }
    }

    /** @return the known name within edit distance 2 of {@code name}, ignoring case, if exactly one is closest */
    private String closest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String k : names) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

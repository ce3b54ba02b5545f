package org.leadqualification.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Argument checks shared by the model records. Package-private: not part of the API. */
final class Checks {
    private Checks() {
    }

    static String requireNonBlank(String value, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** Normalises an optional text: absent, null and blank all become empty. */
    static Optional<String> text(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(s -> !s.isBlank());
    }

    static OptionalLong nonNegative(OptionalLong value, String name) {
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value.isPresent() && value.getAsLong() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value.getAsLong());
        }
        return value;
    }

    static OptionalInt nonNegative(OptionalInt value, String name) {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value.getAsInt());
        }
        return value;
    }

    static Optional<BigDecimal> nonNegativeAmount(Optional<BigDecimal> value, String name) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isPresent() && value.get().signum() < 0) {
            BigDecimal v = value.get();
            // toPlainString of a number like -1E+999999999 would build a billion-digit string.
            String shown = Math.abs((long) v.scale()) <= 100 ? v.toPlainString() : v.toString();
            throw new IllegalArgumentException(name + " must be >= 0, got " + shown);
        }
        return value;
    }

    static <T> List<T> list(List<T> value, String name) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(value);
    }

    /**
     * Copies an attribute map, keeping its order, after checking that every key is non-blank and every value
     * is a string, a finite number or a boolean.
     */
    static Map<String, Object> attributes(Map<String, ?> value, String name) {
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : value.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(name + " keys must not be blank");
            }
            Object v = e.getValue();
            if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
                throw new IllegalArgumentException(name + "." + key + " must be a finite number, got " + v);
            }
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException(name + "." + key + " must be a string, number or boolean, got "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
            copy.put(key, v);
        }
        return Collections.unmodifiableMap(copy);
    }
}

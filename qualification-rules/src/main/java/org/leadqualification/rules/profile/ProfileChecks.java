package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Locale;

/** The checks the profile's sections make on their values; every failure names the field. */
final class ProfileChecks {
    private ProfileChecks() {
    }

    /** @throws IllegalArgumentException with the formatted message unless {@code condition} holds */
    static void check(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, message, args));
        }
    }

    /**
     * Like {@link #check}, for a value whose place in the profile the section knows better than the parser.
     *
     * @throws FieldException naming {@code field} unless {@code condition} holds
     */
    static void checkField(String field, boolean condition, String message, Object... args) {
        if (!condition) {
            throw new FieldException(field, String.format(Locale.ROOT, message, args));
        }
    }

    /** Interaction types are upper case once read; a lower-case entry in a profile list would never match. */
    static void checkTypes(List<String> types, String field) {
        for (int i = 0; i < types.size(); i++) {
            String t = types.get(i);
            checkField(field + "[" + i + "]", t.matches("[A-Z][A-Z0-9_]*"), "%s: \"%s\" is not an interaction "
                    + "type (upper-case letters, digits and underscores, e.g. DEMO_REQUEST)", field, t);
        }
    }

    /** An invalid value with its field path from the profile's root, e.g. {@code weights} or {@code actions.SQL}. */
    static final class FieldException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /** @return true if {@code value} is in {@code values}, ignoring case; false for a null value */
    static boolean containsIgnoreCase(List<String> values, String value) {
        if (value == null) {
            return false;
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }
}

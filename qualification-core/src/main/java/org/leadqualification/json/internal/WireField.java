package org.leadqualification.json.internal;

/**
 * A field of a JSON object of the wire format. Each mapper lists its type's fields once, as an enum implementing
 * this, in the order of the spec; reading, the unknown-field check and writing all use it. The wire name is the
 * constant's name in camel case ({@code CREATED_AT} is {@code createdAt}), the naming rule of the spec, so the enum
 * is the only place a field is named.
 */
public interface WireField {

    /** @return the constant's name, as {@link Enum#name()} */
    String name();

    /** @return the constant's position, as {@link Enum#ordinal()} */
    int ordinal();

    /** @return the enum, as {@link Enum#getDeclaringClass()} */
    Class<?> getDeclaringClass();

    /** @return the field's name in JSON, e.g. {@code createdAt} */
    default String wire() {
        return FieldNames.wireName(this);
    }
}

package org.leadqualification.json.internal;

/**
 * A field of a JSON object of the wire format, by its name on the wire. Each mapper lists its type's fields once, as
 * an enum implementing this, in the order of the spec; reading, the unknown-field check and writing all use it.
 */
public interface WireField {

    /** @return the field's name in JSON, e.g. {@code createdAt} */
    String wire();
}

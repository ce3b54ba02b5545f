package org.leadqualification.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four dimensions a lead is scored on. Written in JSON in lower case ({@code "fit"}). */
public enum Dimension {
    /** Persona and ideal customer profile. */
    FIT,
    /** Awareness and interactions. */
    ENGAGEMENT,
    /** Buying stage. */
    INTENT,
    /** Budget, authority, need, timeline. */
    BANT;

    /** @return the JSON name, e.g. {@code fit} */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a dimension name in any case
     * @return the dimension
     * @throws IllegalArgumentException if the name is not a dimension
     */
    @JsonCreator
    public static Dimension parse(String value) {
        for (Dimension d : values()) {
            if (d.name().equalsIgnoreCase(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("expected one of fit, engagement, intent, bant, got \"" + value + "\"");
    }
}

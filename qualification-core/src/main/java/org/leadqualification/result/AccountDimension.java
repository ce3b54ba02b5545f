package org.leadqualification.result;

import java.util.Locale;

/** The four dimensions an account is scored on. Written in JSON in lower case ({@code "committee"}). */
public enum AccountDimension {
    /** The company's firmographics against the ideal customer profile, counted once per account. */
    FIT,
    /** How engaged the account's contacts are: the best of them, decayed. */
    ENGAGEMENT,
    /** Buying-committee coverage: distinct seniorities and departments engaged, an economic buyer, BANT covered. */
    COMMITTEE,
    /** Buying intent anywhere in the account: hand-raises and the strongest contact intent. */
    INTENT;

    /** @return the JSON name, e.g. {@code committee} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a dimension name in any case
     * @return the dimension
     * @throws IllegalArgumentException if the name is not an account dimension
     */
    public static AccountDimension parse(String value) {
        for (AccountDimension d : values()) {
            if (d.name().equalsIgnoreCase(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("expected one of fit, engagement, committee, intent, got \"" + value + "\"");
    }
}

package org.leadqualification.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The check and normal form of an interaction type, shared by {@link org.leadqualification.model.Interaction} and
 * the JSON reader so that both accept exactly the same types. Internal: no compatibility promise. Stateless.
 */
public final class InteractionTypeWords {
    private InteractionTypeWords() {
    }

    /**
     * The type as an interaction holds it: the text stripped and upper-cased ({@link Locale#ROOT}), if that is a word
     * of upper-case letters, digits and underscores starting with a letter.
     *
     * @param raw a type as given, e.g. {@code " demo_request"}
     * @return the type, e.g. {@code DEMO_REQUEST}; empty if {@code raw} cannot be one
     * @throws NullPointerException if {@code raw} is null
     */
    public static Optional<String> normalType(String raw) {
        if (isTypeWord(raw)) {
            return Optional.of(raw);
        }
        String normal = raw.strip().toUpperCase(Locale.ROOT);
        return isTypeWord(normal) ? Optional.of(normal) : Optional.empty();
    }

    /**
     * Same as matching {@code [A-Z][A-Z0-9_]*}, without a regex: this runs for every interaction made. A word that
     * passes is also unchanged by {@code strip().toUpperCase(Locale.ROOT)}, so the common case skips both.
     */
    static boolean isTypeWord(String s) {
        int len = s.length();
        if (len == 0) {
            return false;
        }
        char first = s.charAt(0);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        for (int i = 1; i < len; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}

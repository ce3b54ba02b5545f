package org.leadqualification.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One touch point: something the lead did, or something that happened to them, at an instant.
 *
 * <p>{@code type} is a free upper-case word ({@link InteractionTypes} lists the vocabulary the built-in rules
 * know); it is upper-cased on construction so that {@code demo_request} and {@code DEMO_REQUEST} are the same.
 *
 * @param type       what happened, e.g. {@code DEMO_REQUEST}
 * @param at         when it happened
 * @param channel    where it happened
 * @param detail     free text, e.g. the asset downloaded
 * @param attributes custom data for custom rules: strings, numbers or booleans
 */
public record Interaction(String type, Instant at, Optional<Channel> channel, Optional<String> detail,
                          Map<String, Object> attributes) {


    /**
     * Normalises and checks the interaction.
     *
     * @throws NullPointerException     if {@code type} or {@code at} is null
     * @throws IllegalArgumentException if {@code type} is not a word of letters, digits and underscores
     *                                  starting with a letter, or an attribute value is not a string, number or
     *                                  boolean
     */
    public Interaction {
        Objects.requireNonNull(type, "type must not be null");
        String normal = normalType(type);
        if (normal == null) {
            throw new IllegalArgumentException("type must be an upper-case word of letters, digits and underscores, "
                    + "got \"" + type.strip().toUpperCase(Locale.ROOT) + "\"");
        }
        type = normal;
        Objects.requireNonNull(at, "at must not be null");
        channel = Checks.orEmpty(channel);
        detail = Checks.text(detail);
        attributes = Checks.attributes(attributes, "attributes");
    }

    /**
     * The type as an interaction holds it: the text stripped and upper-cased ({@link Locale#ROOT}), if that is a word
     * of upper-case letters, digits and underscores starting with a letter. Readers use it to check a type before
     * they make the interaction.
     *
     * @param raw a type as given, e.g. {@code " demo_request"}
     * @return the type, e.g. {@code DEMO_REQUEST}, or null if {@code raw} cannot be one
     */
    public static String normalType(String raw) {
        if (isTypeWord(raw)) {
            return raw;
        }
        String normal = raw.strip().toUpperCase(Locale.ROOT);
        return isTypeWord(normal) ? normal : null;
    }

    /**
     * Same as matching {@code [A-Z][A-Z0-9_]*}, without a regex: this runs for every interaction made. A word that passes is
     * also unchanged by {@code strip().toUpperCase(Locale.ROOT)}, so the common case skips both.
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

    /**
     * @param type what happened
     * @param at   when
     * @return an interaction with no channel, detail or attributes
     */
    public static Interaction of(String type, Instant at) {
        return new Interaction(type, at, Optional.empty(), Optional.empty(), Map.of());
    }

    /**
     * @param type    what happened
     * @param at      when
     * @param channel where
     * @return an interaction with no detail or attributes
     */
    public static Interaction of(String type, Instant at, Channel channel) {
        return new Interaction(type, at, Optional.of(channel), Optional.empty(), Map.of());
    }

    /**
     * @param value free text
     * @return a copy with this detail
     */
    public Interaction withDetail(String value) {
        return new Interaction(type, at, channel, Optional.ofNullable(value), attributes);
    }

    /**
     * @param value custom data
     * @return a copy with these attributes
     */
    public Interaction withAttributes(Map<String, ?> value) {
        return new Interaction(type, at, channel, detail, Checks.attributes(value, "attributes"));
    }
}

package org.leadqualification.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.internal.InteractionTypeWords;

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
        String given = type;
        type = InteractionTypeWords.normalType(given).orElseThrow(() -> new IllegalArgumentException(
                "type must be an upper-case word of letters, digits and underscores, got \""
                        + given.strip().toUpperCase(Locale.ROOT) + "\""));
        Objects.requireNonNull(at, "at must not be null");
        channel = Checks.orEmpty(channel);
        detail = Checks.text(detail);
        attributes = Checks.attributes(attributes, "attributes");
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

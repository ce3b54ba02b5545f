package org.leadqualification.rules.profile;

import java.util.List;

/**
 * The profile's {@code rules}: built-in rules switched off.
 *
 * @param disabled      rule names
 * @param disabledFiles built-in file names, e.g. {@code engagement.drl}
 */
public record RuleSwitches(List<String> disabled, List<String> disabledFiles) {
    /** No rule and no file switched off. */
    public static final RuleSwitches NONE = new RuleSwitches(List.of(), List.of());

    /** Copies the lists; a missing list means none. */
    public RuleSwitches {
        disabled = disabled == null ? List.of() : List.copyOf(disabled);
        disabledFiles = disabledFiles == null ? List.of() : List.copyOf(disabledFiles);
    }
}

package org.leadqualification.rules;

/**
 * The default engine (built-in rules, default profile), compiled once per test JVM and shared by every test class:
 * compiling the built-in rule base is the slow step of the suite. Never closed: it lives as long as the JVM.
 */
final class Engines {
    private static RuleBasedQualifier defaults;

    private Engines() {
    }

    static synchronized RuleBasedQualifier defaults() {
        if (defaults == null) {
            defaults = RuleBasedQualifier.builder().build();
        }
        return defaults;
    }
}

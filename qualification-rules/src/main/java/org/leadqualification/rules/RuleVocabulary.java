package org.leadqualification.rules;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.leadqualification.rules.facts.Scores;

/**
 * What the compiler checks of the rule author's vocabulary before Drools sees a file: imports of the fact types
 * under their pre-1.0 names, and rules that add points in the classification phase.
 */
final class RuleVocabulary {
    private static final String OLD_PACKAGE = "org.leadqualification.rules";
    private static final String FACTS_PACKAGE = "org.leadqualification.rules.facts";
    private static final Set<String> MOVED = Set.of("Activity", "Recency", "Scores", "Scorecard");
    private static final Set<String> SCORES = Set.of("Scores", Scores.class.getName());
    /** A call on the {@code score} global that adds points. */
    private static final Pattern ADDS_POINTS =
            Pattern.compile("\\bscore\\s*\\.\\s*(add|fit|engagement|intent|bant|activity)\\s*\\(");

    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    private RuleVocabulary() {
    }

    /**
     * @param typeName an import target or a global's type as written in DRL
     * @return a "moved to" message when it names a fact type at its pre-1.0 place
     */
    static Optional<String> movedTo(String typeName) {
        if (typeName == null) {
            return Optional.empty();
        }
        String name = typeName.strip();
        if (name.equals(OLD_PACKAGE + ".*")) {
            return Optional.of(name + " no longer holds the rule facts: Activity, Recency, Scores and Scorecard moved to "
                    + FACTS_PACKAGE + "; import " + FACTS_PACKAGE + ".* instead");
        }
        if (name.startsWith(OLD_PACKAGE + ".") && MOVED.contains(name.substring(OLD_PACKAGE.length() + 1))) {
            String simple = name.substring(OLD_PACKAGE.length() + 1);
            return Optional.of(name + " moved to " + FACTS_PACKAGE + "." + simple + ": change the import (or the "
                    + "global's type) to " + FACTS_PACKAGE + "." + simple);
        }
        return Optional.empty();
    }

    /**
     * @param rule a parsed rule
     * @param text the text of the file the rule is in
     * @return the line of the first call that adds points, when the rule matches {@link Scores} (and so fires in the
     *         classification phase, where adding points fails every lead)
     */
    static OptionalInt pointsWhileClassifying(RuleDescr rule, String text) {
        if (!(rule.getConsequence() instanceof String consequence)
                || !RuleCompiler.matches(rule.getLhs(), SCORES, true)
                || !ADDS_POINTS.matcher(consequence).find()) {
            return OptionalInt.empty();
        }
        // The call's line in the file: search the rule's own text, after its conditions.
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter() > start ? Math.min(text.length(), rule.getEndCharacter() + 1) : text.length();
        Matcher then = THEN.matcher(text).region(start, end);
        Matcher m = ADDS_POINTS.matcher(text).region(then.find() ? then.end() : start, end);
        if (!m.find()) {
            return OptionalInt.of(rule.getLine());
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return OptionalInt.of(line);
    }

    /** @return the first points call of a rule's consequence, e.g. {@code score.fit(...)} */
    static String pointsCall(RuleDescr rule) {
        Matcher m = ADDS_POINTS.matcher((String) rule.getConsequence());
        return m.find() ? "score." + m.group(1) + "(...)" : "score.add(...)";
    }
}

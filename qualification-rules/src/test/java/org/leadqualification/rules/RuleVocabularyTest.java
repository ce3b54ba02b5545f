package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the builder refuses of the rule author's vocabulary before Drools compiles anything. */
class RuleVocabularyTest {

    private static InvalidRulesException buildFails(String name, String drl) {
        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class,
                () -> RuleBasedQualifier.builder().builtInRules(false).addRules(name, drl).build());
        assertThat(e).as("build() must throw InvalidRulesException").isNotNull();
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Activity", "Recency", "Scores", "Scorecard"})
    void oldImportOfAFactType_isAMovedToProblemWithFileAndLine(String type) {
        String drl = """
                package com.acme.rules;

                import org.leadqualification.model.*;
                import org.leadqualification.rules.%s;
                import org.leadqualification.rules.facts.Scorecard;

                global Scorecard score;

                rule "Anything"
                when
                    Lead()
                then
                    score.fit(1, null);
                end
                """.formatted(type);

        InvalidRulesException e = buildFails("old.drl", drl);

        assertThat(e.problems()).hasSize(1);
        RuleProblem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo("old.drl");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("org.leadqualification.rules." + type + " moved to "
                + "org.leadqualification.rules.facts." + type + ": change the import (or the global's type) to "
                + "org.leadqualification.rules.facts." + type);
    }

    @Test
    void oldWildcardImportAndOldGlobalType_areMovedToProblems() {
        String drl = """
                package com.acme.rules;
                import org.leadqualification.model.*;
                import org.leadqualification.rules.*;
                global org.leadqualification.rules.Scorecard score;
                rule "Anything"
                when
                    Lead()
                then
                    score.fit(1, null);
                end
                """;

        InvalidRulesException e = buildFails("old.drl", drl);

        assertThat(e.problems()).extracting(RuleProblem::line).containsExactly(3, 4);
        assertThat(e.problems().get(0).message())
                .contains("Activity, Recency, Scores and Scorecard moved to org.leadqualification.rules.facts")
                .contains("import org.leadqualification.rules.facts.* instead");
        assertThat(e.problems().get(1).message()).startsWith("org.leadqualification.rules.Scorecard moved to "
                + "org.leadqualification.rules.facts.Scorecard");
        assertThat(e.getMessage()).contains("old.drl:3: ").contains("old.drl:4: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"score.fit(5, \"late\")", "score.add(Dimension.INTENT, 5, null)",
            "score . engagement(1, null)", "score.activity(Dimension.INTENT, $a)"})
    void ruleMatchingScores_thatAddsPoints_isRefusedAtBuild_withTheLineOfTheCall(String call) {
        String drl = """
                package com.acme.rules;
                import org.leadqualification.model.*;
                import org.leadqualification.result.Dimension;
                import org.leadqualification.result.Stage;
                import org.leadqualification.rules.facts.*;
                global Scorecard score;

                rule "Late bonus"
                when
                    $s : Scores( score > 50 )
                    $a : Activity()
                then
                    score.qualify(Stage.MQL, "fine");
                    %s;
                end
                """.formatted(call);

        InvalidRulesException e = buildFails("late.drl", drl);

        assertThat(e.problems()).hasSize(1);
        RuleProblem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo("late.drl");
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.message()).startsWith("rule \"Late bonus\" matches Scores")
                .contains("a rule that matches Scores may only call score.qualify or score.disqualify");
    }

    @Test
    void ruleMatchingScoresInsideNot_thatAddsPoints_isRefused_butClassifyingIsFine() {
        String header = """
                package com.acme.rules;
                import org.leadqualification.model.*;
                import org.leadqualification.result.Stage;
                import org.leadqualification.rules.facts.*;
                global Scorecard score;
                """;
        String refused = header + """
                rule "No scores yet"
                when
                    Lead()
                    not Scores( score > 90 )
                then
                    score.intent(1, null);
                end
                """;
        assertThat(buildFails("not.drl", refused).problems()).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(11));

        String fine = header + """
                rule "Classifies"
                when
                    Scores( score > 90 )
                then
                    score.qualify(Stage.MQL, "high score");
                end
                rule "Scores without Scores"
                when
                    Lead()
                then
                    score.fit(1, "a scoring rule may add points");
                end
                """;
        try (RuleBasedQualifier engine = RuleBasedQualifier.builder().builtInRules(false)
                .addRules("fine.drl", fine).build()) {
            assertThat(engine.ruleNames()).containsExactly("Classifies", "Scores without Scores");
        }
    }
}

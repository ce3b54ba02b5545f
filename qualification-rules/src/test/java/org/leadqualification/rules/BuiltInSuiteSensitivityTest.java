package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.regression.SuiteResult;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The built-in regression suite catches regressions: run against an engine whose profile changes one built-in
 * number, some of its scenarios fail, and they are the ones that pin that number. Each changed engine is built
 * once.
 */
class BuiltInSuiteSensitivityTest {
    private static ScenarioSuite suite;

    @BeforeAll
    static void load() {
        suite = ScenarioSuite.fromClasspath(BuiltInScenariosTest.SUITE);
    }

    private static List<String> failuresWith(String profileChange, TestReporter reporter) {
        ScoringProfile changed = ScoringProfile.defaults().with(profileChange, "changed-profile.yaml");
        try (RuleBasedQualifier qualifier = RuleBasedQualifier.builder().profile(changed).build()) {
            SuiteResult result = ScenarioRunner.of(qualifier).run(suite);
            List<String> failed = result.failures().stream().map(r -> r.scenario().name()).toList();
            reporter.publishEntry(profileChange, result.summary() + ": " + failed);
            assertThat(result.failures()).allSatisfy(r -> assertThat(r.error())
                    .as("a scenario fails on its expectations, not on an error").isEmpty());
            return failed;
        }
    }

    @Test
    void demoRequestWorth25InsteadOf30_failsTheScenariosThatPinIt(TestReporter reporter) {
        List<String> failed = failuresWith("interactions: { DEMO_REQUEST: { points: 25, cap: 25 } }", reporter);

        assertThat(failed).contains(
                "A demo request is worth 30 intent points",
                "A demo request one half-life old (21 days) is worth half, 15 points",
                "A demo request on the last day of its window (120 days) still scores 1 point",
                "A recent demo request with fit and complete BANT is sales-qualified",
                "Two demo requests are capped at 30 points");
        assertThat(failed).as("scenarios without a demo request are untouched")
                .doesNotContain("A meeting booked is worth 40 intent points", "Complete confirmed BANT scores 100");
    }

    @Test
    void mqlThreshold45InsteadOf40_failsTheScenariosAtTheThreshold(TestReporter reporter) {
        List<String> failed = failuresWith("classification: { mql: { minScore: 45 } }", reporter);

        assertThat(failed).contains(
                "An engaged lead at score 40 is marketing-qualified",
                "Engagement exactly 30 days ago is still recent enough for MQL",
                "Fit grade D (fit 35) is not enough for SQL");
        assertThat(failed).as("an MQL threshold does not change scores or other stages")
                .doesNotContain("A demo request is worth 30 intent points",
                        "A recent demo request with fit and complete BANT is sales-qualified");
    }
}

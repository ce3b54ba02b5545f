package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Company;
import org.leadqualification.model.Lead;
import org.leadqualification.regression.Expectations.Range;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/** Each kind of expectation, met and unmet, and what the failure message says. */
class ExpectationsTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    /** fit 40 (industry), engagement 20 (webinar), intent 50 (demo), bant 50: MQL + SQL, stage SQL, grade B, score 40. */
    private static final Lead LEAD = Lead.builder("L-1")
            .company(Company.builder().industry("SOFTWARE").build())
            .bant(new Bant(Budget.CONFIRMED, null, null, null))
            .interaction("WEBINAR_ATTENDED", Instant.parse("2026-10-05T10:00:00Z"))
            .interaction("DEMO_REQUEST", Instant.parse("2026-10-20T15:12:00Z"))
            .build();
    private static final Qualification RESULT = new FakeQualifier().qualify(LEAD, AS_OF);

    private static List<UnmetExpectation> check(UnaryOperator<Expectations.Builder> expect) {
        return expect.apply(Expectations.builder()).build().check(RESULT);
    }

    @Test
    void theFakeResultIsWhatTheseTestsAssume() {
        assertThat(RESULT.stage()).isEqualTo(Stage.SQL);
        assertThat(RESULT.qualifications()).containsExactly(Stage.MQL, Stage.SQL);
        assertThat(RESULT.score()).isEqualTo(40);
        assertThat(RESULT.grade()).isEqualTo(Grade.B);
    }

    @Test
    void stage() {
        assertThat(check(b -> b.stage(Stage.SQL))).isEmpty();
        assertThat(check(b -> b.stage(Stage.MQL)))
                .containsExactly(new UnmetExpectation("stage", "MQL", "SQL"));
    }

    @Test
    void qualificationsIncludes() {
        assertThat(check(b -> b.includes(Stage.MQL).includes(Stage.SQL))).isEmpty();
        assertThat(check(b -> b.includes(Stage.MQL).includes(Stage.PQL)))
                .extracting(Object::toString)
                .containsExactly("qualifications.includes: expected to include [PQL], actual [MQL, SQL]");
    }

    @Test
    void qualificationsExcludes() {
        assertThat(check(b -> b.excludes(Stage.DISQUALIFIED))).isEmpty();
        assertThat(check(b -> b.excludes(Stage.DISQUALIFIED).excludes(Stage.MQL)))
                .extracting(Object::toString)
                .containsExactly("qualifications.excludes: expected not to include [MQL], actual [MQL, SQL]");
    }

    @Test
    void score() {
        assertThat(check(b -> b.score(Range.between(40, 45)))).isEmpty();
        assertThat(check(b -> b.score(Range.exactly(40)))).isEmpty();
        assertThat(check(b -> b.score(Range.atLeast(70))))
                .containsExactly(new UnmetExpectation("score", ">= 70", "40"));
        assertThat(check(b -> b.score(Range.atMost(39))))
                .containsExactly(new UnmetExpectation("score", "<= 39", "40"));
        assertThat(check(b -> b.score(Range.exactly(41))))
                .containsExactly(new UnmetExpectation("score", "41", "40"));
    }

    @Test
    void dimensions() {
        assertThat(check(b -> b.dimension(Dimension.FIT, Range.exactly(40))
                .dimension(Dimension.ENGAGEMENT, Range.atLeast(20))
                .dimension(Dimension.INTENT, Range.between(0, 50))
                .dimension(Dimension.BANT, Range.atMost(50)))).isEmpty();
        assertThat(check(b -> b.dimension(Dimension.FIT, Range.between(60, 80))
                .dimension(Dimension.BANT, Range.atMost(10))))
                .extracting(Object::toString)
                .containsExactly("fit: expected 60..80, actual 40", "bant: expected <= 10, actual 50");
    }

    @Test
    void grade() {
        assertThat(check(b -> b.grade(Grade.B))).isEmpty();
        assertThat(check(b -> b.grade(Grade.A).grade(Grade.B))).isEmpty();
        assertThat(check(b -> b.grade(Grade.A)))
                .containsExactly(new UnmetExpectation("grade", "A", "B"));
        assertThat(check(b -> b.grade(Grade.C).grade(Grade.A)))
                .containsExactly(new UnmetExpectation("grade", "one of [A, C]", "B"));
    }

    @Test
    void rulesFired() {
        assertThat(check(b -> b.ruleFired("Demo requested").ruleFired("Target industry"))).isEmpty();
        assertThat(check(b -> b.ruleFired("Demo requested").ruleFired("Pricing page viewed")))
                .extracting(Object::toString)
                .containsExactly("rulesFired: expected to fire [\"Pricing page viewed\"], actual fired "
                        + "[\"Target industry\", \"Webinar attended\", \"Demo requested\", \"Budget confirmed\"]");
    }

    @Test
    void rulesNotFired() {
        assertThat(check(b -> b.ruleNotFired("Spam complaint"))).isEmpty();
        assertThat(check(b -> b.ruleNotFired("Spam complaint").ruleNotFired("Demo requested")))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.expectation()).isEqualTo("rulesNotFired");
                    assertThat(u.expected()).isEqualTo("not to fire [\"Demo requested\"]");
                });
    }

    @Test
    void actionContainsIgnoresCase() {
        assertThat(check(b -> b.actionContains("BOOK A DISCOVERY"))).isEmpty();
        assertThat(check(b -> b.actionContains("nurture")))
                .containsExactly(new UnmetExpectation("actionContains", "an action containing \"nurture\"",
                        "\"Hand over to sales: book a discovery call\""));
    }

    @Test
    void everyUnmetExpectationIsReported() {
        assertThat(check(b -> b.stage(Stage.MQL).grade(Grade.A).score(Range.atLeast(90)).actionContains("x")))
                .extracting(UnmetExpectation::expectation)
                .containsExactly("stage", "score", "grade", "actionContains");
    }

    @Test
    void expectingNothingIsRejected() {
        assertThatThrownBy(() -> Expectations.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expect something");
    }

    @Test
    void aStageBothIncludedAndExcludedIsRejected() {
        assertThatThrownBy(() -> Expectations.builder().includes(Stage.SQL).excludes(Stage.SQL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SQL");
    }

    @Test
    void rangesAreChecked() {
        assertThatThrownBy(() -> Range.between(80, 70)).hasMessageContaining("min must be <= max");
        assertThatThrownBy(() -> Range.atLeast(101)).hasMessageContaining("0..100");
    }

    @Test
    void failureMessageShowsExpectedAgainstActualAndTheWholeResult() {
        Scenario scenario = Scenario.of("hot lead", LEAD, AS_OF,
                Expectations.builder().stage(Stage.MQL).score(Range.atLeast(70)).build());
        ScenarioResult result = ScenarioRunner.of(new FakeQualifier()).run(scenario);

        assertThat(result.passed()).isFalse();
        assertThat(result.failureMessage()).get().asString()
                .contains("Scenario \"hot lead\" (<code>) failed: 2 unmet expectations")
                .contains("  stage: expected MQL, actual SQL")
                .contains("  score: expected >= 70, actual 40")
                .contains("stage SQL, score 40, grade B")
                .contains("dimensions: fit 40, engagement 20, intent 50, bant 50")
                .contains("qualifications: [MQL, SQL]")
                .contains("recommended action: Hand over to sales: book a discovery call")
                .contains(" +50 intent     Demo requested (DEMO_REQUEST 2026-10-20T15:12:00Z)")
                .contains(" +40 fit        Target industry (SOFTWARE)")
                .contains(" +50 bant       Budget confirmed");
    }

    @Test
    void aPassingScenarioHasNoFailureMessage() {
        ScenarioResult result = ScenarioRunner.of(new FakeQualifier())
                .run(Scenario.of("ok", LEAD, AS_OF, Expectations.builder().stage(Stage.SQL).build()));
        assertThat(result.passed()).isTrue();
        assertThat(result.failureMessage()).isEmpty();
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.SalesFollowUp;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ScoringProfile;

/** The profile's follow-up deadlines reach the single-lead result as a "Sales follow-up overdue" reason. */
class SlaRuleTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    private static final String RULE = "Sales follow-up overdue";
    private static RuleBasedQualifier engine;

    @BeforeAll
    static void build() {
        engine = RuleBasedQualifier.builder().build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Lead.Builder sql(String id) {
        return Leads.clearSql(id).createdAt(Instant.parse("2026-10-20T09:00:00Z"))
                .stageChange(RecordedStage.MQL, Instant.parse("2026-10-25T09:00:00Z"))
                .stageChange(RecordedStage.SQL, Instant.parse("2026-10-30T09:00:00Z"));
    }

    private static List<Reason> overdue(Qualification q) {
        return q.reasons().stream().filter(r -> r.rule().equals(RULE)).toList();
    }

    @Test
    void sqlWithoutFirstTouch_pastItsDay_carriesTheBreach_andNothingElseChanges() {
        Lead breached = sql("SLA-1").sales(SalesFollowUp.builder().owner("ana")
                .acceptedAt(Instant.parse("2026-10-26T10:00:00Z")).build()).build();
        Lead touched = sql("SLA-1").sales(SalesFollowUp.builder().owner("ana")
                .acceptedAt(Instant.parse("2026-10-26T10:00:00Z"))
                .firstTouchAt(Instant.parse("2026-10-30T15:00:00Z")).build()).build();

        Qualification q = engine.qualify(breached, AS_OF);
        Qualification fine = engine.qualify(touched, AS_OF);

        assertThat(overdue(q)).singleElement().satisfies(r -> {
            assertThat(r.points()).isZero();
            assertThat(r.dimension()).isEmpty();
            assertThat(r.detail()).contains("SQL: no first sales touch, due 2026-10-31T09:00:00Z, 15h 0m late "
                    + "(owner ana)");
        });
        assertThat(overdue(fine)).isEmpty();
        assertThat(q.stage()).isEqualTo(fine.stage());
        assertThat(q.score()).isEqualTo(fine.score());
        assertThat(q.qualifications()).isEqualTo(fine.qualifications());
    }

    @Test
    void deadlinesComeFromTheProfile() {
        Lead lead = sql("SLA-2").sales(SalesFollowUp.builder().owner("bo")
                .acceptedAt(Instant.parse("2026-10-26T10:00:00Z")).build()).build();
        Instant evening = Instant.parse("2026-10-30T20:00:00Z");
        ScoringProfile strict = ScoringProfile.defaults().with("sla: { SQL: { FIRST_TOUCH: PT4H } }", "strict");
        ScoringProfile lenient = ScoringProfile.defaults().with("sla: { SQL: { FIRST_TOUCH: P30D } }", "lenient");

        try (RuleBasedQualifier strictEngine = RuleBasedQualifier.builder().profile(strict).build();
             RuleBasedQualifier lenientEngine = RuleBasedQualifier.builder().profile(lenient).build()) {
            assertThat(overdue(engine.qualify(lead, evening))).as("24 h: not due until the next morning").isEmpty();
            assertThat(overdue(engine.qualify(lead, AS_OF))).hasSize(1);
            assertThat(overdue(lenientEngine.qualify(lead, AS_OF))).isEmpty();
            assertThat(overdue(strictEngine.qualify(lead, evening))).singleElement()
                    .satisfies(r -> assertThat(r.detail()).contains("SQL: no first sales touch, due "
                            + "2026-10-30T13:00:00Z, 7h 0m late (owner bo)"));
        }
        assertThat(strict.sla().policy().deadlines()).hasSize(2);
    }

    @Test
    void invalidDeadline_isAProfileErrorNamingTheField() {
        assertThatThrownBy(() -> ScoringProfile.parse("sla: { SQL: { FIRST_TOUCH: tomorrow } }", "bad.yaml"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("sla.SQL.FIRST_TOUCH")
                .hasMessageContaining("ISO-8601 duration");
        assertThatThrownBy(() -> ScoringProfile.parse("sla: { SQL: { FIRST_TOUCH: PT0S } }", "zero.yaml"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("sla.SQL.FIRST_TOUCH must be a positive duration");
        assertThatThrownBy(() -> ScoringProfile.parse("sla: { SQL: { CALL_BACK: PT1H } }", "req.yaml"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("CALL_BACK");
    }

    @Test
    void ruleCanBeSwitchedOff_likeAnyBuiltInRule() {
        Lead breached = sql("SLA-3").build();
        try (RuleBasedQualifier off = RuleBasedQualifier.builder().profile(ScoringProfile.defaults()
                .with("rules: { disabled: [\"" + RULE + "\"] }", "off")).build()) {
            assertThat(overdue(engine.qualify(breached, AS_OF))).hasSize(2);
            assertThat(overdue(off.qualify(breached, AS_OF))).isEmpty();
        }
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadqualification.rules.Leads.AS_OF;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.Outcome;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Stage;

/** A rule that fails while judging a lead fails that lead only, and the message names the rule. */
class RuleFailureTest {
    private static RuleBasedQualifier engine;

    @BeforeAll
    static void compile() {
        engine = CustomEngine.get();
    }

    @Test
    void consequenceThrows_qualifyThrowsJudgementExceptionNamingTheRule() {
        Lead lead = Leads.clearSql("BOOM-1").build();

        assertThatThrownBy(() -> engine.qualify(lead, AS_OF))
                .isInstanceOf(JudgementException.class)
                .hasMessageContaining("BOOM-1")
                .hasMessageContaining("Explodes on request")
                .hasMessageContaining("cannot judge this lead")
                .satisfies(e -> {
                    JudgementException j = (JudgementException) e;
                    assertThat(j.leadId()).isEqualTo("BOOM-1");
                    assertThat(j.rule()).contains("Explodes on request");
                    assertThat(j).hasRootCauseInstanceOf(IllegalStateException.class);
                });
    }

    @Test
    void classificationRuleAddingPoints_isAJudgementException() {
        Lead lead = Leads.clearSql("GREEDY-1").build();

        assertThatThrownBy(() -> engine.qualify(lead, AS_OF))
                .isInstanceOf(JudgementException.class)
                .hasMessageContaining("Bonus after classification started")
                .hasMessageContaining("classification");
    }

    @Test
    void inABatch_theFailingLeadIsAFailedOutcome_andTheRestAreJudgedNormally() {
        List<Lead> batch = new ArrayList<>(new RandomLeads(99, AS_OF).leads(30));
        batch.add(5, Leads.clearSql("BOOM-2").build());
        batch.add(17, Leads.clearSql("GREEDY-2").build());
        batch.add(Leads.clearSql("SQL-after-failures").build());

        List<Outcome> outcomes = engine.qualifyAll(batch, AS_OF);

        assertThat(outcomes).hasSize(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Outcome o = outcomes.get(i);
            assertThat(o.index()).isEqualTo(i);
            Lead lead = batch.get(i);
            if (i == 5 || i == 17) {
                assertThat(o).isInstanceOf(Outcome.Failed.class);
                assertThat(o.error().orElseThrow().leadId()).contains(lead.id());
                assertThat(o.error().orElseThrow().message())
                        .contains(i == 5 ? "Explodes on request" : "Bonus after classification started");
            } else {
                assertThat(o.qualification()).as("lead %s", lead.id()).contains(engine.qualify(lead, AS_OF));
            }
        }
        assertThat(outcomes.get(outcomes.size() - 1).qualification().orElseThrow().stage()).isEqualTo(Stage.SQL);
    }

    @Test
    void afterAFailure_theSameEngineJudgesLikeBefore() {
        Lead lead = Leads.clearSql("L").build();
        var before = engine.qualify(lead, AS_OF);

        for (int i = 0; i < 20; i++) {
            String id = "BOOM-" + i;
            assertThatThrownBy(() -> engine.qualify(Leads.clearSql(id).build(), AS_OF))
                    .isInstanceOf(JudgementException.class);
        }

        assertThat(engine.qualify(lead, AS_OF)).isEqualTo(before);
    }
}

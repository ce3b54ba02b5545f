package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.leadqualification.rules.Leads.AS_OF;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.Outcome;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;

/**
 * A custom rule that re-fires forever, inserts a fact per firing, recurses until the stack overflows or is slow
 * fails its own lead only, with a message naming the rule; the engine goes on judging the next leads exactly as
 * before. Each hostile rule fires only for leads whose id starts with its trigger, so every other lead is judged by
 * the built-in rules alone.
 */
class RunawayRulesTest {
    static final String HOSTILE_RULES = """
            package com.acme.hostile;

            import org.leadqualification.model.Lead;
            import org.leadqualification.rules.Hostile;

            declare Counter
                value : int
            end

            declare Token
                n : int
            end

            rule "Start the counter"
            when
                Lead( id.startsWith("LOOP") || id.startsWith("SLOW") )
            then
                insert(new Counter(0));
            end

            // modify without a guard: re-fires forever (the constraint on value makes it react to the change)
            rule "Count forever"
            when
                $c : Counter( value >= 0 )
            then
                modify($c) { setValue($c.getValue() + 1) }
            end

            rule "Slow down"
            when
                Lead( id.startsWith("SLOW") )
                Counter( value >= 0 )
            then
                Hostile.sleep(2);
            end

            rule "First token"
            when
                Lead( id.startsWith("SPAWN") )
            then
                insert(new Token(0));
            end

            // one insert per firing: every new token makes another
            rule "Tokens make tokens"
            when
                $t : Token()
            then
                insert(new Token($t.getN() + 1));
            end

            rule "Recurse without end"
            when
                Lead( id.startsWith("DEEP") )
            then
                Hostile.recurse(0);
            end
            """;

    private static RuleBasedQualifier engine;
    private static RuleBasedQualifier slowEngine;

    @BeforeAll
    static void build() {
        engine = RuleBasedQualifier.builder().addRules("hostile.drl", HOSTILE_RULES).maxFiringsPerLead(2_000).build();
        slowEngine = RuleBasedQualifier.builder().addRules("hostile.drl", HOSTILE_RULES)
                .maxFiringsPerLead(1_000_000).maxTimePerLead(Duration.ofMillis(300)).build();
    }

    @AfterAll
    static void close() {
        engine.close();
        slowEngine.close();
    }

    @Test
    void modifyWithoutGuard_isStoppedAtTheFiringLimit_namingTheRule() {
        JudgementException e = catchThrowableOfType(JudgementException.class,
                () -> engine.qualify(Leads.clearSql("LOOP-1").build(), AS_OF));

        assertThat(e.leadId()).isEqualTo("LOOP-1");
        assertThat(e.rule()).contains("Count forever");
        assertThat(e).hasMessageContaining("more than 2000 rule firings")
                .hasMessageContaining("maxFiringsPerLead")
                .hasMessageContaining("rule \"Count forever\" failed");
    }

    @Test
    void insertPerFiring_isStoppedAtTheFiringLimit_namingTheRule() {
        JudgementException e = catchThrowableOfType(JudgementException.class,
                () -> engine.qualify(Leads.clearSql("SPAWN-1").build(), AS_OF));

        assertThat(e.rule()).contains("Tokens make tokens");
        assertThat(e).hasMessageContaining("more than 2000 rule firings");
    }

    @Test
    void stackOverflowInAConsequence_isThatLeadsJudgementException() {
        JudgementException e = catchThrowableOfType(JudgementException.class,
                () -> engine.qualify(Leads.clearSql("DEEP-1").build(), AS_OF));

        assertThat(e.leadId()).isEqualTo("DEEP-1");
        assertThat(e.rule()).contains("Recurse without end");
        assertThat(e).hasMessageContaining("StackOverflowError");
    }

    @Test
    void slowRule_isStoppedAtTheTimeLimit_namingTheRule() {
        long start = System.nanoTime();
        JudgementException e = catchThrowableOfType(JudgementException.class,
                () -> slowEngine.qualify(Leads.clearSql("SLOW-1").build(), AS_OF));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(e).hasMessageContaining("took more than 300 ms").hasMessageContaining("maxTimePerLead");
        assertThat(e.rule()).isPresent();
        assertThat(millis).as("stopped soon after the limit, not after a million firings").isLessThan(30_000);
    }

    @Test
    void afterEveryKindOfFailure_theSameEngineJudgesEveryOtherLeadAsBefore() {
        List<Lead> leads = new RandomLeads(7, AS_OF).leads(40);
        List<Qualification> before = leads.stream().map(l -> engine.qualify(l, AS_OF)).toList();

        for (String id : List.of("LOOP-2", "SPAWN-2", "DEEP-2", "LOOP-3", "DEEP-3", "SPAWN-3", "DEEP-4")) {
            assertThatThrownBy(() -> engine.qualify(Leads.clearSql(id).build(), AS_OF))
                    .isInstanceOf(JudgementException.class);
        }

        // More leads than the pool keeps sessions, so the sessions the failures used are used again.
        assertThat(leads.stream().map(l -> engine.qualify(l, AS_OF)).toList()).isEqualTo(before);
        try (RuleBasedQualifier builtIn = RuleBasedQualifier.builder().build()) {
            assertThat(before).isEqualTo(leads.stream().map(l -> builtIn.qualify(l, AS_OF)).toList());
        }
    }

    @Test
    void inABatch_theRunawayLeadsFail_andEveryLeadHasItsOutcome() {
        List<Lead> batch = new ArrayList<>(new RandomLeads(11, AS_OF).leads(20));
        batch.add(3, Leads.clearSql("LOOP-9").build());
        batch.add(9, Leads.clearSql("DEEP-9").build());
        batch.add(15, Leads.clearSql("SPAWN-9").build());

        List<Outcome> outcomes = engine.qualifyAll(batch, AS_OF);

        assertThat(outcomes).hasSize(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Outcome o = outcomes.get(i);
            assertThat(o.index()).isEqualTo(i);
            if (i == 3 || i == 9 || i == 15) {
                assertThat(o.error().orElseThrow().message())
                        .contains(i == 3 ? "Count forever" : i == 9 ? "Recurse without end" : "Tokens make tokens");
            } else {
                assertThat(o.qualification()).contains(engine.qualify(batch.get(i), AS_OF));
            }
        }
    }

    @Test
    void builder_refusesLimitsBelowOne() {
        assertThatThrownBy(() -> RuleBasedQualifier.builder().maxFiringsPerLead(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFiringsPerLead");
        assertThatThrownBy(() -> RuleBasedQualifier.builder().maxTimePerLead(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTimePerLead");
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.rules.Leads.AS_OF;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.Outcome;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/** The same lead, rules and instant give the same result, whatever the interaction order and the thread. */
class ReproducibilityTest {
    private static RuleBasedQualifier engine;

    @BeforeAll
    static void compile() {
        engine = Engines.defaults();
    }

    @Test
    void interactionsInAnyOrder_giveAnIdenticalQualification() {
        RandomLeads random = new RandomLeads(7, AS_OF);
        Lead lead = Leads.clearSql("L-shuffled").build();
        List<Interaction> interactions = new ArrayList<>(lead.interactions());
        for (int i = 0; i < 30; i++) {
            interactions.add(random.interaction());
        }
        Lead base = Leads.strongFit("L-shuffled").bant(Leads.fullBant()).build();
        Qualification expected = engine.qualify(base.toBuilder().interactions(interactions).build(), AS_OF);
        assertThat(expected.reasons()).hasSizeGreaterThan(15);
        assertThat(expected.stage()).isEqualTo(Stage.SQL);

        for (long seed = 1; seed <= 25; seed++) {
            List<Interaction> shuffled = new ArrayList<>(interactions);
            Collections.shuffle(shuffled, new Random(seed));

            Qualification q = engine.qualify(base.toBuilder().interactions(shuffled).build(), AS_OF);

            assertThat(q).as("permutation with seed %s", seed).isEqualTo(expected);
        }
    }

    @Test
    void interactionsOfOneTypeWithinTheSameMillisecond_inAnyOrder_giveAnIdenticalQualification() {
        Instant t = AS_OF.minusSeconds(3600);
        Interaction early = Interaction.of("DEMO_REQUEST", t.plusNanos(100_000));
        Interaction late = Interaction.of("DEMO_REQUEST", t.plusNanos(900_000));
        Lead one = Lead.builder("L").interaction(early).interaction(late).build();
        Lead other = Lead.builder("L").interaction(late).interaction(early).build();

        Qualification q = engine.qualify(one, AS_OF);

        assertThat(engine.qualify(other, AS_OF)).isEqualTo(q);
        assertThat(Leads.reasonOf(q, "Demo requested").detail()).contains("2x DEMO_REQUEST, latest " + late.at());
    }

    @Test
    void anInteractionAFractionOfAMillisecondAfterTheAsOfInstant_isIgnored() {
        Lead lead = Lead.builder("L").interaction("DEMO_REQUEST", AS_OF.plusNanos(1_000)).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.firedRule("Demo requested")).isFalse();
    }

    @Test
    void aBatchJudgedFromEightThreads_equalsOneSequentialRun() throws Exception {
        List<Lead> batch = new RandomLeads(20261101, AS_OF).leads(600);
        List<Outcome> sequential = engine.qualifyAll(batch, AS_OF);
        assertThat(sequential).hasSize(600).allMatch(o -> o.qualification().isPresent());
        // The batch is varied enough to exercise every stage.
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        sequential.forEach(o -> stages.add(o.qualification().orElseThrow().stage()));
        assertThat(stages).containsExactlyInAnyOrder(Stage.values());

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Outcome>>> whole = new ArrayList<>();
            List<Future<List<Outcome>>> slices = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Outcome>> all = () -> {
                    start.await();
                    return engine.qualifyAll(batch, AS_OF);
                };
                whole.add(pool.submit(all));
            }
            int slice = batch.size() / threads;
            for (int t = 0; t < threads; t++) {
                List<Lead> part = batch.subList(t * slice, t == threads - 1 ? batch.size() : (t + 1) * slice);
                Callable<List<Outcome>> some = () -> {
                    start.await();
                    List<Outcome> out = new ArrayList<>();
                    for (Lead lead : part) {
                        out.add(new Outcome.Judged(0, engine.qualify(lead, AS_OF)));
                    }
                    return out;
                };
                slices.add(pool.submit(some));
            }
            start.countDown();

            for (Future<List<Outcome>> f : whole) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(sequential);
            }
            List<Qualification> joined = new ArrayList<>();
            for (Future<List<Outcome>> f : slices) {
                f.get(5, TimeUnit.MINUTES).forEach(o -> joined.add(o.qualification().orElseThrow()));
            }
            assertThat(joined).isEqualTo(sequential.stream().map(o -> o.qualification().orElseThrow()).toList());
        } finally {
            pool.shutdownNow();
        }
    }
}

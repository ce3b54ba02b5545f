package org.leadqualification.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.learn.TrainingResult;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.likelihood.Evaluation;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmark's leads are what it claims, and not degenerate: both outcomes, the planted signal learnable. On 5,000
 * of its leads (the first 5,000 of the benchmark's 100,000, same seeds) through the benchmark's own methods.
 */
class LearnBenchmarkTest {
    private static final int LEADS = 5_000;
    private static LearnBenchmark.Data data;

    @BeforeAll
    static void setUp() {
        data = new LearnBenchmark.Data();
        data.leads = LEADS;
        data.setUp();
    }

    @AfterAll
    static void tearDown() {
        data.tearDown();
    }

    @Test
    void withOutcomes_datesLeadsInOrderOverTwoYears_closesEachWonOrLost_addsTheAttributes() {
        List<Lead> leads = data.history;
        assertThat(leads).hasSize(LEADS);
        Instant end = LearnBenchmark.FIRST_CREATED.plus(LearnBenchmark.CREATED_SPAN);
        Instant previous = LearnBenchmark.FIRST_CREATED;
        for (Lead lead : leads) {
            Instant created = lead.createdAt().orElseThrow();
            assertThat(created).as(lead.id()).isAfterOrEqualTo(previous).isBefore(end);
            previous = created;
            assertThat(lead.interactions()).as(lead.id())
                    .hasSizeBetween(LearnBenchmark.MIN_INTERACTIONS, LearnBenchmark.MAX_INTERACTIONS)
                    .allSatisfy(i -> assertThat(i.at()).isAfterOrEqualTo(created));
            assertThat(lead.outcome().orElseThrow().isWon() || lead.outcome().orElseThrow().isLost()).isTrue();
            assertThat(lead.outcome().orElseThrow().closedAt().orElseThrow()).as(lead.id())
                    .isBetween(created.plus(Duration.ofDays(20)), created.plus(Duration.ofDays(90)));
            assertThat(lead.attributes().get(LearnBenchmark.OPT_IN)).isInstanceOf(Boolean.class);
        }
        assertThat(leads.get(0).createdAt().orElseThrow()).isBefore(LearnBenchmark.FIRST_CREATED.plus(Duration.ofDays(1)));
        assertThat(leads.get(LEADS - 1).createdAt().orElseThrow()).isAfter(end.minus(Duration.ofDays(1)));

        long won = leads.stream().filter(l -> l.outcome().orElseThrow().isWon()).count();
        assertThat(won).as("won of %d", LEADS).isBetween(LEADS * 15L / 100, LEADS * 45L / 100);
        Map<Object, Long> verticals = leads.stream().map(l -> l.attributes().getOrDefault(LearnBenchmark.VERTICAL, "-"))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        assertThat(verticals.keySet()).containsAll(LearnBenchmark.VERTICALS).hasSize(LearnBenchmark.VERTICALS.size() + 1);
        assertThat(leads.stream().mapToInt(LearnBenchmark::fit).distinct().sorted().toArray()).containsExactly(0, 1, 2, 3);

        assertThat(LearnBenchmark.withOutcomes(new LeadGenerator(42L, LearnBenchmark.MAX_INTERACTIONS), LEADS,
                new SplittableRandom(43L))).as("the same leads on every run").isEqualTo(leads);
    }

    @Test
    void train_learnsThePlantedSignal() {
        LearnBenchmark.TrainerThreads threads = new LearnBenchmark.TrainerThreads();
        threads.threads = 2;

        TrainingResult result = new LearnBenchmark().train(data, threads);

        assertThat(result.withoutOutcome() + result.withoutInstant() + result.notJudged()).isZero();
        Evaluation heldOut = result.model().heldOut().orElseThrow();
        assertThat(heldOut.leads()).isEqualTo(LEADS / 5);
        assertThat(heldOut.won()).isBetween(heldOut.leads() / 10, heldOut.leads() / 2);
        assertThat(heldOut.auc()).as("held-out AUC").isGreaterThan(0.65);
        assertThat(heldOut.auc()).as("better than the rules' score, which knows nothing of the vertical")
                .isGreaterThan(heldOut.scoreAuc().orElseThrow());
        // About as many features as real data gives (X Education: ~130).
        assertThat(result.model().features()).hasSizeGreaterThan(100);

        Map<String, Double> weight = result.model().features().stream()
                .collect(Collectors.toMap(w -> w.feature().name(), WeightedFeature::weight));
        assertThat(weight.get("attribute:vertical=fintech")).isPositive();
        assertThat(weight.get("attribute:vertical=public-sector")).isNegative();
        for (String vertical : LearnBenchmark.VERTICALS) {
            if (!vertical.equals(LearnBenchmark.GOOD_VERTICAL)) {
                assertThat(weight.get("attribute:vertical=" + vertical)).as(vertical)
                        .isLessThan(weight.get("attribute:vertical=fintech"));
            }
        }
        assertThat(weight.get("interactions:DEMO_REQUEST")).isPositive();
        assertThat(weight.get("interactions:DEMO_ATTENDED")).isPositive();
        assertThat(weight.get("interactions:WEBINAR_ATTENDED")).isPositive();
    }

    @Test
    void judgeOnly_judgesEveryLead() {
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

        assertThat(new LearnBenchmark().judgeOnly(data, blackhole)).isEqualTo(LEADS);
    }
}

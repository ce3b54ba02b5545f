package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.model.Lead;
import org.leadqualification.result.LikelihoodContribution;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.InvalidLikelihoodModelException;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;

/** An engine built with a likelihood model adds it to every result; without one, results are as before. */
class LikelihoodEngineTest {
    private static final LikelihoodModel MODEL = new LikelihoodModel(-1, List.of(
            new WeightedFeature(Feature.rule("Demo requested"), 0, 0.1),
            new WeightedFeature(Feature.interactions("PAGE_VIEW"), 0, 0.4),
            new WeightedFeature(Feature.rule("Seniority"), 0, 0.02)), Optional.empty(), Optional.empty());
    private static RuleBasedQualifier engine;

    @BeforeAll
    static void build() {
        engine = RuleBasedQualifier.builder().likelihoodModel(MODEL).build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Lead lead(String id) {
        return Leads.strongFit(id).interaction("DEMO_REQUEST", Leads.daysAgo(2))
                .interaction("PAGE_VIEW", Leads.daysAgo(3)).interaction("PAGE_VIEW", Leads.daysAgo(1))
                .interaction("PAGE_VIEW", Leads.AS_OF.plusSeconds(3600)).build();
    }

    @Test
    void withAModel_theResultHasTheLikelihoodAndWhy() {
        Qualification q = engine.qualify(lead("L-1"), Leads.AS_OF);
        Qualification plain = Engines.defaults().qualify(lead("L-1"), Leads.AS_OF);
        int demo = Leads.reasonOf(plain, "Demo requested").points();

        double z = -1 + 0.1 * demo + 0.4 * Math.log1p(2) + 0.02 * Leads.reasonOf(plain, "Seniority").points();
        assertThat(q.likelihood()).hasValue(Math.round(LikelihoodModel.sigmoid(z) * 10_000) / 10_000.0);
        assertThat(q.likelihoodContributions()).contains(new LikelihoodContribution("rule:Demo requested", demo,
                Math.round(0.1 * demo * 10_000) / 10_000.0), new LikelihoodContribution("interactions:PAGE_VIEW", 2,
                Math.round(0.4 * Math.log1p(2) * 10_000) / 10_000.0));
        assertThat(q.withLikelihood(0, List.of())).isNotEqualTo(q);
        assertThat(new Qualification(q.leadId(), q.asOf(), q.stage(), q.score(), q.grade(), q.dimensions(),
                q.reasons(), q.qualifications(), q.recommendedAction())).isEqualTo(plain);
        assertThat(engine.likelihoodModel()).contains(MODEL);
    }

    @Test
    void withoutAModel_thereIsNoLikelihood() {
        Qualification q = Engines.defaults().qualify(lead("L-2"), Leads.AS_OF);

        assertThat(q.likelihood()).isEmpty();
        assertThat(q.likelihoodContributions()).isEmpty();
        assertThat(Engines.defaults().likelihoodModel()).isEmpty();
    }

    @Test
    void theLikelihood_isIdenticalOnEveryThread() throws Exception {
        Qualification expected = engine.qualify(lead("L-3"), Leads.AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Qualification>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> engine.qualify(lead("L-3"), Leads.AS_OF)));
            }
            for (Future<Qualification> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aBadModelFile_failsTheBuildNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, MODEL.toJson().replace("\"weight\" : 0.1", "\"weight\" : null"));

        assertThatThrownBy(() -> RuleBasedQualifier.builder().likelihoodModel(file).build())
                .isInstanceOf(InvalidLikelihoodModelException.class)
                .hasMessage("invalid likelihood model " + file + " at features[0].weight: missing required field");
    }
}

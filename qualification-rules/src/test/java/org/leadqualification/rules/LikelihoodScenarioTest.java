package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.regression.ScenarioResult;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.regression.SuiteResult;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;

/**
 * The regression suite guards a learned model too: scenarios name a profile that names the model, and expect a
 * likelihood range.
 */
class LikelihoodScenarioTest {
    /**
     * Log-odds -1 + 0.05 per point of "Demo requested": 30 points decayed to 29 two days on, so sigmoid(0.45) = 0.6106
     * with the demo request; sigmoid(-1) = 0.2689 without.
     */
    private static final LikelihoodModel MODEL = new LikelihoodModel(-1, List.of(
            new WeightedFeature(Feature.rule("Demo requested"), 0, 0.05)), Optional.empty(), Optional.empty());

    @TempDir
    Path dir;

    private SuiteResult run(String profileText) throws Exception {
        Files.writeString(dir.resolve("model.json"), MODEL.toJson());
        Files.writeString(dir.resolve("profile.yaml"), profileText);
        Path scenarios = dir.resolve("likelihood.yaml");
        Files.writeString(scenarios, """
                defaults: { asOf: "2026-11-01T00:00:00Z", profile: profile.yaml }
                scenarios:
                  - name: a demo request is likely to convert
                    lead:
                      id: L-1
                      interactions: [ { type: DEMO_REQUEST, at: "2026-10-30T10:00:00Z" } ]
                    expect: { likelihood: { min: 0.6, max: 0.65 } }
                  - name: a cold lead is not
                    lead: { id: L-2 }
                    expect: { likelihood: { max: 0.3 } }
                  - name: a demo request is not that likely
                    lead:
                      id: L-3
                      interactions: [ { type: DEMO_REQUEST, at: "2026-10-30T10:00:00Z" } ]
                    expect: { likelihood: { min: 0.9 } }
                """);
        return ScenarioRunner.withProfiles(p -> {
            RuleBasedQualifier.Builder b = RuleBasedQualifier.builder();
            p.ifPresent(b::profile);
            return b.build();
        }).run(ScenarioSuite.load(scenarios));
    }

    @Test
    void theProfilesModel_isCheckedByLikelihoodExpectations() throws Exception {
        SuiteResult result = run("likelihood: { model: model.json }\n");

        assertThat(result.passedCount()).isEqualTo(2);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.scenario().name()).isEqualTo("a demo request is not that likely");
            assertThat(f.unmet()).extracting(Object::toString)
                    .containsExactly("likelihood: expected >= 0.9, actual 0.6106");
        });
    }

    @Test
    void withoutAModel_aLikelihoodExpectationFails_sayingWhy() throws Exception {
        SuiteResult result = run("weights: { fit: 30, engagement: 25, intent: 30, bant: 15 }\n");

        assertThat(result.failedCount()).isEqualTo(3);
        assertThat(result.failures()).flatMap(ScenarioResult::unmet).extracting(Object::toString)
                .allMatch(s -> s.endsWith("actual none (the engine has no likelihood model)"));
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * "Marketing-qualified: likely to convert": a lead whose learned likelihood reaches the profile's
 * {@code classification.mql.minLikelihood} is an MQL, whatever its score. The rule needs a likelihood model, so the
 * built-in scenarios (which run without one) cannot show it firing: this test does.
 */
class LikelihoodStageTest {
    static final String RULE = "Marketing-qualified: likely to convert";
    /** Page views alone: 0.5 + 1.0 × log(1 + views), so 2 views give about 0.83 and none give 0.62. */
    private static final LikelihoodModel MODEL = new LikelihoodModel(0.5, List.of(
            new WeightedFeature(Feature.interactions("PAGE_VIEW"), 0, 1.0)), Optional.empty(), Optional.empty());

    private static Lead browsing(String id, int views) {
        Lead.Builder b = Leads.blank(id).createdAt(Leads.daysAgo(20));
        for (int i = 0; i < views; i++) {
            b.interaction("PAGE_VIEW", Leads.daysAgo(1 + i));
        }
        return b.build();
    }

    private static RuleBasedQualifier engine(String profileYaml) {
        return RuleBasedQualifier.builder().likelihoodModel(MODEL)
                .profile(ScoringProfile.defaults().with(profileYaml, "test")).build();
    }

    @Test
    void likelihoodAtOrOverTheThreshold_isAnMql_belowItIsNot() {
        try (RuleBasedQualifier engine = engine("classification: { mql: { minLikelihood: 0.8 } }")) {
            Qualification likely = engine.qualify(browsing("L-1", 2), Leads.AS_OF);
            Qualification unlikely = engine.qualify(browsing("L-2", 0), Leads.AS_OF);

            assertThat(likely.likelihood().getAsDouble()).isGreaterThanOrEqualTo(0.8);
            assertThat(likely.stage()).isEqualTo(Stage.MQL);
            assertThat(likely.firedRule(RULE)).isTrue();
            assertThat(Leads.reasonOf(likely, RULE).detail()).hasValueSatisfying(d -> assertThat(d)
                    .startsWith("conversion likelihood 0.8").endsWith(", at least 0.8"));
            assertThat(unlikely.likelihood().getAsDouble()).isLessThan(0.8);
            assertThat(unlikely.firedRule(RULE)).isFalse();
            assertThat(unlikely.stage()).isEqualTo(Stage.UNQUALIFIED);
        }
    }

    @Test
    void withoutTheProfileOption_orWithoutAModel_theRuleNeverFires() {
        try (RuleBasedQualifier noOption = RuleBasedQualifier.builder().likelihoodModel(MODEL).build();
             RuleBasedQualifier noModel = RuleBasedQualifier.builder().profile(ScoringProfile.defaults()
                     .with("classification: { mql: { minLikelihood: 0.1 } }", "test")).build()) {
            assertThat(noOption.qualify(browsing("L-3", 5), Leads.AS_OF).firedRule(RULE)).isFalse();
            assertThat(noModel.qualify(browsing("L-4", 5), Leads.AS_OF).firedRule(RULE)).isFalse();
        }
        assertThat(ScoringProfile.defaults().classification().mql().minLikelihood()).isEmpty();
    }

    @Test
    void threshold_isAProbability_andSurvivesTheProfilesJson() {
        assertThatThrownBy(() -> ScoringProfile.parse("classification: { mql: { minLikelihood: 1.5 } }", "p.yaml"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("classification.mql.minLikelihood must be in 0..1, got 1.5");
        ScoringProfile set = ScoringProfile.defaults().with("classification: { mql: { minLikelihood: 0.7 } }", "t");
        assertThat(set.classification().mql().minLikelihood()).hasValue(0.7);
        assertThat(ScoringProfile.parse(set.toJson(), "round trip")).isEqualTo(set);
        assertThat(ScoringProfile.defaults().toJson()).doesNotContain("minLikelihood");
    }
}

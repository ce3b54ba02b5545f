package org.leadqualification.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.leadqualification.rules.profile.ScoringProfile;

/** Learned weights turned into points for the built-in rules, as a partial profile. */
class ProfileProposalTest {
    private static LikelihoodModel model(double webinar, double pageViews, double industry) {
        return new LikelihoodModel(0, List.of(
                new WeightedFeature(Feature.rule("Webinar attended"), 0, webinar),
                new WeightedFeature(Feature.rule("Page views"), 0, pageViews),
                new WeightedFeature(Feature.rule("Target industry"), 0, industry),
                new WeightedFeature(Feature.rule("Seniority"), 0, 0.01),
                new WeightedFeature(Feature.source("EVENT"), 0, 3)), Optional.empty(), Optional.empty());
    }

    @Test
    void theRuleWorthTheMost_getsTheLargestCurrentPoints_andTheOthersScaleWithIt() {
        // Worth at most: webinar 0.1 x cap 20 = 2; page views 0.05 x cap 8 = 0.4; industry 0.05 x 20 = 1.
        ProfileProposal p = ProfileProposal.propose(model(0.1, 0.05, 0.05), ScoringProfile.defaults());

        assertThat(p.changes()).extracting(ProfileProposal.Change::path, ProfileProposal.Change::newPoints,
                c -> c.newCap().orElse(-1)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fit.industries", 10, -1),
                org.assertj.core.groups.Tuple.tuple("interactions.PAGE_VIEW", 1, 4));
        assertThat(p.notChanged()).singleElement().asString().startsWith("Seniority: +0.0100 log-odds per point");
        assertThat(p.yaml()).contains("interactions:\n  PAGE_VIEW: { points: 1, cap: 4 }  # Page views: +0.0500 per "
                + "point; was 1, cap 8\n").contains("fit:\n  industries: { points: 10 }");
        ScoringProfile laid = ScoringProfile.defaults().with(p.yaml(), "proposed.yaml");
        assertThat(laid.pointsOf("PAGE_VIEW").cap()).isEqualTo(4);
        assertThat(laid.pointsOf("PAGE_VIEW").group()).isEqualTo("web");
        assertThat(laid.fit().industries().points()).isEqualTo(10);
        assertThat(laid.pointsOf("WEBINAR_ATTENDED")).isEqualTo(ScoringProfile.defaults().pointsOf("WEBINAR_ATTENDED"));
    }

    @Test
    void aRuleThatWentWithLosing_turnsNegative() {
        ProfileProposal p = ProfileProposal.propose(model(0.1, -0.1, 0.05), ScoringProfile.defaults());

        assertThat(p.changes()).filteredOn(c -> c.rule().equals("Page views")).singleElement()
                .satisfies(c -> {
                    assertThat(c.newPoints()).isEqualTo(-1);
                    assertThat(c.newCap()).contains(8);
                });
        assertThat(ScoringProfile.defaults().with(p.yaml(), "p.yaml").pointsOf("PAGE_VIEW").points()).isEqualTo(-1);
    }

    @Test
    void aNegativeRuleThatGoesWithLosing_staysNegative() {
        // E-mail bounced gives -10 points; a positive weight per point means those negative points lower the odds.
        LikelihoodModel m = new LikelihoodModel(0, List.of(
                new WeightedFeature(Feature.rule("E-mail bounced"), 0, 0.05),
                new WeightedFeature(Feature.rule("Webinar attended"), 0, 0.1)), Optional.empty(), Optional.empty());

        ProfileProposal p = ProfileProposal.propose(m, ScoringProfile.defaults());

        assertThat(p.changes()).filteredOn(c -> c.rule().equals("E-mail bounced")).singleElement()
                .satisfies(c -> assertThat(c.newPoints()).isNegative());
    }

    @Test
    void onTheSyntheticHistory_theProposedScoreRanksHeldOutLeadsAtLeastAsWell() {
        var history = SyntheticHistory.leads(2000, 11);
        try (RuleBasedQualifier current = RuleBasedQualifier.builder().build()) {
            TrainingResult r = LikelihoodTrainer.builder(current).build().train(history);
            ProfileProposal p = ProfileProposal.propose(r.model(), current.profile());
            try (RuleBasedQualifier proposed = RuleBasedQualifier.builder()
                    .profile(current.profile().with(p.yaml(), "proposed.yaml")).build()) {
                ProfileProposal.ScoreQuality before = ProfileProposal.quality(current, r.heldOut());
                ProfileProposal.ScoreQuality after = ProfileProposal.quality(proposed, r.heldOut());

                assertThat(p.changes()).extracting(ProfileProposal.Change::rule).contains("Page views");
                assertThat(after.auc()).isGreaterThanOrEqualTo(before.auc() - 0.01);
                assertThat(r.model().heldOut().orElseThrow().scoreAuc().getAsDouble()).isEqualTo(before.auc());
            }
        }
    }
}

package org.leadqualification.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Seniority;
import org.leadqualification.result.Dimension;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.leadqualification.rules.profile.Band;
import org.leadqualification.rules.profile.PerUnit;
import org.leadqualification.rules.profile.ScoringProfile;

/** Learned weights turned into points for the built-in rules, as a partial profile. */
class ProfileProposalTest {
    /** The dimensions the built-in rules give their points in. */
    private static final Map<String, Dimension> DIMENSIONS = Map.of(
            "Webinar attended", Dimension.ENGAGEMENT, "Page views", Dimension.ENGAGEMENT,
            "E-mail bounced", Dimension.ENGAGEMENT, "Target industry", Dimension.FIT, "Seniority", Dimension.FIT,
            "Company size", Dimension.FIT, "Budget", Dimension.BANT, "Active days in product", Dimension.ENGAGEMENT);

    private static LikelihoodModel model(Object... ruleWeights) {
        List<WeightedFeature> features = new java.util.ArrayList<>();
        for (int i = 0; i < ruleWeights.length; i += 2) {
            features.add(new WeightedFeature(Feature.rule((String) ruleWeights[i]), 0, (Double) ruleWeights[i + 1]));
        }
        features.add(new WeightedFeature(Feature.source("EVENT"), 0, 3));
        return new LikelihoodModel(0, features, Optional.empty(), Optional.empty());
    }

    private static ProfileProposal propose(LikelihoodModel m) {
        return ProfileProposal.propose(m, DIMENSIONS, ScoringProfile.defaults());
    }

    /** What a raw point in the dimension moves the default score by: its weight over its normalisation. */
    private static double perScorePoint(Dimension d) {
        ScoringProfile p = ScoringProfile.defaults();
        return (double) p.weights().get(d) / p.normalisation().get(d);
    }

    @Test
    void theRuleWorthTheMost_getsTheLargestCurrentPoints_andTheOthersScaleWithIt() {
        // Per score point at most: industry 0.05 / 0.3 x 20 = 3.33 (the most), webinar 0.1 / 0.625 x 20 = 3.2,
        // page views 0.05 / 0.625 x 8 = 0.64. K = 20 / 3.33 = 6; webinar x 0.96, page views x 0.48.
        ProfileProposal p = propose(model("Webinar attended", 0.1, "Page views", 0.05, "Target industry", 0.05));

        assertThat(p.changes()).extracting(ProfileProposal.Change::path, ProfileProposal.Change::newPoints,
                c -> c.newCap().orElse(-1)).containsExactly(
                tuple("interactions.PAGE_VIEW", 1, 4),
                tuple("interactions.WEBINAR_ATTENDED", 10, 19));
        assertThat(p.yaml()).contains("interactions:\n  PAGE_VIEW: { points: 1, cap: 4 }  # Page views: +0.0500 per "
                + "point; was 1, cap 8\n");
        ScoringProfile laid = ScoringProfile.defaults().with(p.yaml(), "proposed.yaml");
        assertThat(laid.pointsOf("PAGE_VIEW").cap()).isEqualTo(4);
        assertThat(laid.pointsOf("PAGE_VIEW").group()).isEqualTo("web");
        assertThat(laid.pointsOf("WEBINAR_ATTENDED").cap()).isEqualTo(19);
        assertThat(laid.fit().industries().points()).isEqualTo(20);
    }

    @Test
    void rulesWorthTheSameLogOdds_moveTheScoreAlike_whateverTheirDimension() {
        // Both worth 0.05 x 20 = 1 log-odds at most; a fit point moves the score 0.3, an engagement point 0.625.
        ProfileProposal p = propose(model("Target industry", 0.05, "Webinar attended", 0.05));
        ScoringProfile laid = ScoringProfile.defaults().with(p.yaml(), "proposed.yaml");

        double industry = laid.fit().industries().points() * perScorePoint(Dimension.FIT);
        double webinar = laid.pointsOf("WEBINAR_ATTENDED").cap() * perScorePoint(Dimension.ENGAGEMENT);
        assertThat(laid.fit().industries().points()).isEqualTo(20);
        assertThat(laid.pointsOf("WEBINAR_ATTENDED").cap()).isEqualTo(10);
        assertThat(webinar).isCloseTo(industry, within(0.5));
    }

    @Test
    void aRuleThatWentWithLosing_turnsNegative() {
        ProfileProposal p = propose(model("Webinar attended", 0.1, "Page views", -0.1, "Target industry", 0.05));

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
        ProfileProposal p = propose(model("E-mail bounced", 0.05, "Webinar attended", 0.1));

        assertThat(p.changes()).filteredOn(c -> c.rule().equals("E-mail bounced")).singleElement()
                .satisfies(c -> assertThat(c.newPoints()).isNegative());
    }

    @Test
    void aTable_scalesEveryEntry_andWritesOnlyTheChangedOnes() {
        // Seniority and industry both fit, both 20 at most: seniority worth 0.02 x 20, industry 0.04 x 20 (the most),
        // so seniority's entries halve.
        ProfileProposal p = propose(model("Seniority", 0.02, "Target industry", 0.04));
        ScoringProfile laid = ScoringProfile.defaults().with(p.yaml(), "proposed.yaml");

        assertThat(laid.fit().seniority()).containsEntry(Seniority.EXECUTIVE, 10).containsEntry(Seniority.VP, 9)
                .containsEntry(Seniority.MANAGER, 5).containsEntry(Seniority.OTHER, 0)
                .containsEntry(Seniority.STUDENT, -7);
        assertThat(p.changes()).extracting(ProfileProposal.Change::path).contains("fit.seniority.EXECUTIVE")
                .doesNotContain("fit.seniority.OTHER", "fit.industries");
        assertThat(p.yaml()).contains("  seniority: { EXECUTIVE: 10, VP: 9, DIRECTOR: 8, MANAGER: 5, "
                + "INDIVIDUAL_CONTRIBUTOR: 2, STUDENT: -7 }  # Seniority: +0.0200 per point; was EXECUTIVE 20, VP 18");
    }

    @Test
    void aBantTableThatWentWithLosing_flips() {
        // Budget gives 25 at most, the largest current number: worth 0.01 / 0.15 x 25 = 1.67 per score point,
        // industry 0.04 / 0.3 x 20 = 2.67 (the most), so K = 25 / 2.67 and budget's factor is K x -0.01 / 0.15.
        ProfileProposal p = propose(model("Budget", -0.01, "Target industry", 0.04));
        ScoringProfile laid = ScoringProfile.defaults().with(p.yaml(), "proposed.yaml");

        assertThat(laid.bant().budget()).containsEntry(Budget.CONFIRMED, -16).containsEntry(Budget.PLANNED, -9)
                .containsEntry(Budget.NONE, 13);
        assertThat(laid.fit().industries().points()).isEqualTo(25);
        assertThat(laid.bant().need()).isEqualTo(ScoringProfile.defaults().bant().need());
    }

    @Test
    void bands_areWrittenWhole_keepingTheirBounds() {
        // Company size worth 0.08 / 0.3 x 15 = 4 (the most) gets 20 at most: every band x 20 / 15.
        ProfileProposal p = propose(model("Company size", 0.08, "Target industry", 0.04));
        ScoringProfile laid = ScoringProfile.defaults().with(p.yaml(), "proposed.yaml");

        List<Band> before = ScoringProfile.defaults().fit().companySize();
        List<Band> after = laid.fit().companySize();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).min()).isEqualTo(before.get(i).min());
            assertThat(after.get(i).max()).isEqualTo(before.get(i).max());
            assertThat(after.get(i).points()).isEqualTo((int) Math.round(before.get(i).points() * 20.0 / 15));
        }
        assertThat(p.changes()).extracting(ProfileProposal.Change::path).contains("fit.companySize[1]")
                .doesNotContain("fit.companySize[0]");
    }

    @Test
    void aPerUnitRule_scalesPointsAndCapTogether() {
        // Both engagement, both 20 at most; active days worth half as much, so both its numbers halve.
        ProfileProposal p = propose(model("Active days in product", 0.025, "Webinar attended", 0.05));

        assertThat(p.changes()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("product.activeDays");
            assertThat(c.newPoints()).isEqualTo(1);
            assertThat(c.newCap()).contains(10);
        });
        assertThat(p.yaml()).contains("product:\n  activeDays: { pointsEach: 1, cap: 10 }  # Active days in product");
        ScoringProfile laid = ScoringProfile.defaults().with(p.yaml(), "proposed.yaml");
        assertThat(laid.product().activeDays()).isEqualTo(new PerUnit(1, 10));
        assertThat(laid.product().keyFeatures()).isEqualTo(ScoringProfile.defaults().product().keyFeatures());
    }

    @Test
    void rulesWithoutProfileNumbersOrAKnownDimension_areListedNotChanged() {
        ProfileProposal p = ProfileProposal.propose(model("Webinar attended", 0.1, "Acme big deal", 0.2,
                "Mystery", 0.3), Map.of("Webinar attended", Dimension.ENGAGEMENT, "Acme big deal", Dimension.INTENT),
                ScoringProfile.defaults());

        assertThat(p.notChanged()).containsExactly(
                "Acme big deal: +0.2000 log-odds per point (its points are not in the profile: not proposed)",
                "Mystery: +0.3000 log-odds per point (its dimension is not known: not proposed)");
        assertThat(p.yaml()).contains("# Mystery: +0.3000 log-odds per point");
    }

    @Test
    void onTheSyntheticHistory_theProposedScoreRanksHeldOutLeadsAtLeastAsWell() {
        var history = SyntheticHistory.leads(2000, 11);
        try (RuleBasedQualifier current = RuleBasedQualifier.builder().build()) {
            TrainingResult r = LikelihoodTrainer.builder(current).build().train(history);
            ProfileProposal p = ProfileProposal.propose(r, current.profile());
            try (RuleBasedQualifier proposed = RuleBasedQualifier.builder()
                    .profile(current.profile().with(p.yaml(), "proposed.yaml")).build()) {
                ScoreQuality before = ProfileProposal.quality(current, r.heldOut());
                ScoreQuality after = ProfileProposal.quality(proposed, r.heldOut());

                assertThat(r.ruleDimensions()).containsEntry("Page views", Dimension.ENGAGEMENT)
                        .containsEntry("Webinar attended", Dimension.ENGAGEMENT);
                assertThat(p.changes()).extracting(ProfileProposal.Change::rule).contains("Page views");
                assertThat(after.auc()).isGreaterThanOrEqualTo(before.auc() - 0.01);
                assertThat(r.model().heldOut().orElseThrow().scoreAuc().getAsDouble()).isEqualTo(before.auc());
            }
        }
    }
}

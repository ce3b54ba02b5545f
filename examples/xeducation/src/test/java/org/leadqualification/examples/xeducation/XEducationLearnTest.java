package org.leadqualification.examples.xeducation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.learn.DecisionInstant;
import org.leadqualification.learn.LikelihoodTrainer;
import org.leadqualification.learn.ProfileProposal;
import org.leadqualification.learn.ScoreQuality;
import org.leadqualification.learn.TrainingResult;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.likelihood.CalibrationBin;
import org.leadqualification.rules.likelihood.Evaluation;
import org.leadqualification.rules.likelihood.WeightedFeature;

/**
 * The learned likelihood on the real X Education data, as the README's "X Education: held-out AUC" section learns it
 * ({@code qualify learn --decision created+30d --exclude-attribute leadNumber}): the held-out AUC reaches 0.85, the
 * AUC is recomputed here from the likelihood the engine itself adds to each held-out lead, and the README's numbers
 * are these.
 */
class XEducationLearnTest {
    private static RuleBasedQualifier rules;
    private static TrainingResult result;

    @BeforeAll
    static void learn() throws IOException {
        Path csv = RealData.leadsCsv();
        rules = RuleBasedQualifier.builder().build();
        result = LikelihoodTrainer.builder(rules).decisionInstant(DecisionInstant.afterCreation(Duration.ofDays(30)))
                .excludeAttributes(List.of(XEducation.LEAD_NUMBER)).build().train(XEducation.read(csv));
    }

    @AfterAll
    static void close() {
        if (rules != null) {
            rules.close();
        }
    }

    @Test
    void heldOutAuc_reaches085_andEqualsTheEnginesLikelihoodsCountedByPairs() {
        Evaluation e = result.model().heldOut().orElseThrow();
        assertThat(e.auc()).isGreaterThanOrEqualTo(0.85);

        List<Double> won = new ArrayList<>();
        List<Double> lost = new ArrayList<>();
        try (RuleBasedQualifier withModel = RuleBasedQualifier.builder().likelihoodModel(result.model()).build()) {
            for (TrainingResult.HeldOutLead h : result.heldOut()) {
                double p = withModel.qualify(DecisionInstant.knownAt(h.lead(), h.decision()), h.decision())
                        .likelihood().orElseThrow();
                (h.won() ? won : lost).add(p);
            }
        }
        double pairs = 0;
        for (double w : won) {
            for (double l : lost) {
                pairs += w > l ? 1 : w == l ? 0.5 : 0;
            }
        }
        assertThat(won.size() + lost.size()).isEqualTo(e.leads());
        // The engine rounds likelihoods to 4 decimals, the trainer does not: ties may differ by a hair.
        assertThat(pairs / ((double) won.size() * lost.size())).isCloseTo(e.auc(), within(0.002));
    }

    @Test
    void calibration_isWithinAFewPointsPerDecile() {
        for (CalibrationBin b : result.model().heldOut().orElseThrow().calibration()) {
            assertThat(Math.abs(b.meanPredicted() - b.observed())).as("decile " + b.decile()).isLessThanOrEqualTo(0.05);
        }
    }

    @Test
    void noFeatureComesFromAColumnRecordedAfterTheOutcome() {
        assertThat(result.model().features()).extracting(WeightedFeature::feature).allSatisfy(f ->
                assertThat(f.name().toLowerCase(Locale.ROOT)).doesNotContain("tags", "quality", "profile", "notable",
                        "asymmetrique", "leadnumber"));
    }

    @Test
    void theReadme_quotesTheseNumbers() throws IOException {
        Evaluation e = result.model().heldOut().orElseThrow();
        String readme = Files.readString(Path.of(System.getProperty("xeducation.readme")), StandardCharsets.UTF_8);

        Matcher heading = Pattern.compile("### X Education: held-out AUC (0\\.\\d{3})").matcher(readme);
        assertThat(heading.find()).as("README heading with the held-out AUC").isTrue();
        assertThat(heading.group(1)).isEqualTo(String.format(Locale.ROOT, "%.3f", e.auc()));
        assertThat(readme).contains(String.format(Locale.ROOT, "| learned likelihood | **%.3f** | %.2f |", e.auc(),
                e.topDecileLift()));
        ScoreQuality current = ProfileProposal.quality(rules, result.heldOut());
        assertThat(current.auc()).isEqualTo(e.scoreAuc().orElseThrow());
        assertThat(readme).contains(String.format(Locale.ROOT, "| built-in rules' score (B2B rules on B2C leads) | "
                + "%.3f | %.2f |", current.auc(), current.topDecileLift()));
        ProfileProposal proposal = ProfileProposal.propose(result, rules.profile());
        try (RuleBasedQualifier proposed = RuleBasedQualifier.builder()
                .profile(rules.profile().with(proposal.yaml(), "proposed.yaml")).build()) {
            ScoreQuality q = ProfileProposal.quality(proposed, result.heldOut());
            assertThat(readme).contains(String.format(Locale.ROOT, "| score of the proposed profile | %.3f | %.2f |",
                    q.auc(), q.topDecileLift()));
        }
        for (CalibrationBin b : e.calibration()) {
            assertThat(readme).contains(String.format(Locale.ROOT, "| %d | %d | %.1f%% | %.1f%% |", b.decile(),
                    b.leads(), b.meanPredicted() * 100, b.observed() * 100));
        }
    }
}

package org.leadqualification.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.SalesFollowUp;
import org.leadqualification.result.LikelihoodContribution;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.likelihood.CalibrationBin;
import org.leadqualification.rules.likelihood.Evaluation;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.Training;

/** Learning from a synthetic history with one planted signal. */
class LikelihoodTrainerTest {
    private static final List<Lead> HISTORY = SyntheticHistory.leads(3000, 7);
    private static RuleBasedQualifier rules;
    private static TrainingResult result;

    @BeforeAll
    static void train() {
        rules = RuleBasedQualifier.builder().build();
        result = LikelihoodTrainer.builder(rules).build().train(HISTORY);
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    @Test
    void thePlantedSignal_isWhatTheModelWeighsMost() {
        Lead withWebinar = Lead.builder("W").createdAt(Instant.parse("2026-01-01T00:00:00Z")).source("EVENT")
                .interaction("WEBINAR_ATTENDED", Instant.parse("2026-01-03T00:00:00Z"))
                .interaction("PAGE_VIEW", Instant.parse("2026-01-04T00:00:00Z")).build();
        Lead without = Lead.builder("N").createdAt(Instant.parse("2026-01-01T00:00:00Z")).source("EVENT")
                .interaction("PAGE_VIEW", Instant.parse("2026-01-04T00:00:00Z")).build();
        Instant decision = Instant.parse("2026-01-15T00:00:00Z");

        try (RuleBasedQualifier scored = RuleBasedQualifier.builder().likelihoodModel(result.model()).build()) {
            Qualification yes = scored.qualify(withWebinar, decision);
            Qualification no = scored.qualify(without, decision);

            assertThat(yes.likelihoodContributions().get(0).feature()).containsIgnoringCase("webinar");
            assertThat(yes.likelihoodContributions().get(0).logOdds()).isPositive();
            assertThat(no.likelihoodContributions().get(0).feature()).containsIgnoringCase("webinar");
            assertThat(no.likelihoodContributions().get(0).logOdds()).isNegative();
            assertThat(yes.likelihood().getAsDouble()).isCloseTo(0.75, within(0.08));
            assertThat(no.likelihood().getAsDouble()).isCloseTo(0.20, within(0.06));
            double noise = yes.likelihoodContributions().stream()
                    .filter(c -> !c.feature().toLowerCase().contains("webinar"))
                    .mapToDouble(c -> Math.abs(c.logOdds())).max().orElse(0);
            assertThat(noise).isLessThan(yes.likelihoodContributions().get(0).logOdds() / 3);
        }
    }

    @Test
    void heldOutMetrics_areInTheModelAndCalibratedByDecile() {
        Evaluation e = result.model().heldOut().orElseThrow();
        Training t = result.model().training().orElseThrow();

        assertThat(t.leads()).isEqualTo(3000);
        assertThat(t.testLeads()).isEqualTo(600);
        assertThat(t.trainLeads()).isEqualTo(2400);
        assertThat(t.testFrom()).isEqualTo(SyntheticHistory.START.plus(Duration.ofHours(2400)));
        assertThat(t.decisionInstant()).isEqualTo("14 days after creation (never after the outcome)");
        assertThat(e.leads()).isEqualTo(600);
        assertThat(e.auc()).isGreaterThan(0.70);
        assertThat(e.calibration()).hasSize(10).extracting(CalibrationBin::leads).containsOnly(60L);
        for (CalibrationBin b : e.calibration()) {
            assertThat(b.observed()).as("decile %d", b.decile()).isCloseTo(b.meanPredicted(), within(0.15));
        }
        assertThat(e.topDecileLift()).isGreaterThan(1.5);
        assertThat(e.scoreAuc()).isPresent();
        assertThat(result.heldOut()).hasSize(600).allSatisfy(h -> assertThat(h.lead().createdAt().orElseThrow())
                .isAfterOrEqualTo(t.testFrom()));
    }

    @Test
    void theSameLeads_giveTheSameModelFile_onAnyNumberOfThreads() {
        String one = LikelihoodTrainer.builder(rules).threads(1).build().train(HISTORY).model().toJson();

        assertThat(one).isEqualTo(result.model().toJson());
        assertThat(LikelihoodModel.parse(one, "m.json")).isEqualTo(result.model());
    }

    @Test
    void aWonOnlyInteractionAfterTheDecision_andTheHistory_changeNothing() {
        List<Lead> leaky = new ArrayList<>();
        for (Lead lead : HISTORY) {
            Instant created = lead.createdAt().orElseThrow();
            Lead.Builder b = lead.toBuilder();
            if (lead.outcome().orElseThrow().isWon()) {
                b.interaction("MEETING_BOOKED", created.plus(Duration.ofDays(20)))
                        .interaction("CONTRACT_SENT", created.plus(Duration.ofDays(21)))
                        .stageChange(RecordedStage.SQL, created.plus(Duration.ofDays(20)))
                        .sales(new SalesFollowUp(java.util.Optional.of("ana"),
                                java.util.Optional.of(created.plus(Duration.ofDays(20))), java.util.Optional.empty(),
                                java.util.Optional.empty(), java.util.Optional.empty()));
            }
            leaky.add(b.build());
        }

        TrainingResult again = LikelihoodTrainer.builder(rules).build().train(leaky);

        assertThat(again.model().toJson()).isEqualTo(result.model().toJson());
    }

    @Test
    void theRulesOnlyEverSeeWhatWasKnownAtTheDecision() {
        AtomicInteger judged = new AtomicInteger();
        LeadQualifier spy = (lead, asOf) -> {
            assertThat(lead.outcome()).isEmpty();
            assertThat(lead.stageHistory()).isEmpty();
            assertThat(lead.sales()).isEmpty();
            assertThat(lead.interactions()).map(Interaction::at).allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(asOf));
            assertThat(asOf).isEqualTo(lead.createdAt().orElseThrow().plus(Duration.ofDays(14)));
            judged.incrementAndGet();
            return rules.qualify(lead, asOf);
        };
        List<Lead> some = new ArrayList<>(HISTORY.subList(0, 400));
        some.replaceAll(l -> l.toBuilder().interaction("PAGE_VIEW", l.createdAt().orElseThrow()
                .plus(Duration.ofDays(25))).build());

        TrainingResult r = LikelihoodTrainer.builder(spy).minLeadsPerFeature(5).build().train(some);

        assertThat(judged).hasValue(400);
        assertThat(r.model().features()).isNotEmpty();
    }

    @Test
    void openLeadsAndLeadsWithoutADecisionInstant_areLeftOutAndCounted() {
        List<Lead> mixed = new ArrayList<>(HISTORY.subList(0, 300));
        mixed.add(Lead.builder("OPEN").createdAt(SyntheticHistory.START).build());
        mixed.add(Lead.builder("UNDATED").outcome(org.leadqualification.model.DealOutcome.lost(
                SyntheticHistory.START, "x")).build());

        TrainingResult r = LikelihoodTrainer.builder(rules).minLeadsPerFeature(5).build().train(mixed);

        assertThat(r.withoutOutcome()).isEqualTo(1);
        assertThat(r.withoutInstant()).isEqualTo(1);
        assertThat(r.model().training().orElseThrow().leads()).isEqualTo(300);
    }

    @Test
    void aCategoryEveryLeadAnswers_losesItsMostCommonValue_oneWithGapsKeepsAll() {
        // Every synthetic lead has newsletterOptIn (true or false) and one of four sources: each is a full partition.
        List<String> names = result.model().features().stream().map(f -> f.feature().name()).toList();
        assertThat(names.stream().filter(n -> n.startsWith("attribute:newsletterOptIn="))).hasSize(1);
        assertThat(names.stream().filter(n -> n.startsWith("source="))).hasSize(3);

        // Leave the attribute out of every tenth lead: true and false no longer cover every lead, both are kept.
        List<Lead> gaps = new ArrayList<>();
        for (int i = 0; i < HISTORY.size(); i++) {
            Lead l = HISTORY.get(i);
            gaps.add(i % 10 == 0 ? new Lead(l.id(), l.source(), l.createdAt(), l.person(), l.company(), l.bant(),
                    l.interactions(), l.product(), l.customer(), java.util.Map.of(), l.stageHistory(), l.outcome(),
                    l.sales(), l.accountId()) : l);
        }
        List<String> withGaps = LikelihoodTrainer.builder(rules).build().train(gaps).model().features().stream()
                .map(f -> f.feature().name()).toList();
        assertThat(withGaps).contains("attribute:newsletterOptIn=true", "attribute:newsletterOptIn=false");
    }

    @Test
    void tooFewLeads_isAClearError() {
        assertThatThrownBy(() -> LikelihoodTrainer.builder(rules).build().train(HISTORY.subList(0, 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too few leads to learn from: 5 won or lost leads to train on");
    }

    @Test
    void contributionsOfAResult_addUpToItsLikelihood() {
        try (RuleBasedQualifier scored = RuleBasedQualifier.builder().likelihoodModel(result.model()).build()) {
            Lead lead = HISTORY.get(2900);
            Instant at = lead.createdAt().orElseThrow().plus(Duration.ofDays(14));
            Qualification q = scored.qualify(DecisionInstant.knownAt(lead, at), at);

            double z = result.model().intercept()
                    + q.likelihoodContributions().stream().mapToDouble(LikelihoodContribution::logOdds).sum();
            assertThat(q.likelihood().getAsDouble()).isCloseTo(LikelihoodModel.sigmoid(z), within(0.002));
        }
    }
}

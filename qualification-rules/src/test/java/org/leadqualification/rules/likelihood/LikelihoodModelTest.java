package org.leadqualification.rules.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.LikelihoodContribution;
import org.leadqualification.result.Reason;
import org.leadqualification.rules.facts.Likelihood;

/** The likelihood arithmetic: the features a lead has, the sum, the contributions. */
class LikelihoodModelTest {
    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    static LikelihoodModel model() {
        return new LikelihoodModel(-0.5, List.of(
                new WeightedFeature(Feature.rule("Demo requested"), 3, 0.1),
                new WeightedFeature(Feature.interactions("PAGE_VIEW"), 1, 0.5),
                new WeightedFeature(Feature.source("Google"), 0.25, 0.8),
                new WeightedFeature(Feature.attributeIs("occupation", "Student"), 0.1, -2),
                new WeightedFeature(Feature.numericAttribute("timeOnSite", Feature.Transform.LOG1P), 4, 0.3)),
                Optional.empty(), Optional.empty());
    }

    @Test
    void signals_countOnlyInteractionsUpToTheInstantAndOnlyScoringReasons() {
        Lead lead = Lead.builder("L-1").source("Google")
                .interaction("PAGE_VIEW", AS_OF.minusSeconds(60))
                .interaction("PAGE_VIEW", AS_OF)
                .interaction("PAGE_VIEW", AS_OF.plusSeconds(1))
                .attribute("occupation", "Student").build();

        LeadSignals s = LeadSignals.of(lead, AS_OF, List.of(Reason.scored("Demo requested", Dimension.INTENT, 20, null),
                Reason.scored("Demo requested", Dimension.INTENT, 5, null), Reason.classified("Marketing-qualified", null)));

        assertThat(s.interactionCounts()).isEqualTo(Map.of("PAGE_VIEW", 2));
        assertThat(s.rulePoints()).isEqualTo(Map.of("Demo requested", 25));
        assertThat(s.source()).contains("Google");
    }

    @Test
    void evaluate_isTheSigmoidOfTheInterceptPlusEachCenteredTerm() {
        LeadSignals s = new LeadSignals(Map.of("Demo requested", 30), Map.of("PAGE_VIEW", 3), Optional.of("Google"),
                Map.of("occupation", "Working Professional", "timeOnSite", 600L));

        Likelihood l = model().evaluate(s);

        double z = -0.5 + 0.1 * (30 - 3) + 0.5 * (Math.log1p(3) - 1) + 0.8 * (1 - 0.25) + -2 * (0 - 0.1)
                + 0.3 * (Math.log1p(600) - 4);
        assertThat(l.value()).isCloseTo(1 / (1 + Math.exp(-z)), within(0.00005));
        assertThat(l.value()).isEqualTo(Math.round(model().probability(s) * 10_000) / 10_000.0);
        assertThat(l.contributions()).first().isEqualTo(new LikelihoodContribution("rule:Demo requested", 30, 2.7));
        assertThat(l.contributions()).extracting(LikelihoodContribution::feature).containsExactly(
                "rule:Demo requested", "attribute:timeOnSite (log)", "source=Google", "attribute:occupation=Student",
                "interactions:PAGE_VIEW");
        assertThat(l.contributions().stream().mapToDouble(LikelihoodContribution::logOdds).sum() - 0.5)
                .isCloseTo(z, within(0.001));
    }

    @Test
    void aLeadWithNothing_getsTheContributionsOfAbsence() {
        Likelihood l = model().evaluate(new LeadSignals(Map.of(), Map.of(), Optional.empty(), Map.of()));

        assertThat(l.contributions()).filteredOn(c -> c.feature().equals("source=Google"))
                .containsExactly(new LikelihoodContribution("source=Google", 0, -0.2));
        assertThat(l.value()).isLessThan(LikelihoodModel.sigmoid(-0.5));
    }

    @Test
    void sigmoid_isStableAtTheExtremes() {
        assertThat(LikelihoodModel.sigmoid(1000)).isEqualTo(1.0);
        assertThat(LikelihoodModel.sigmoid(-1000)).isEqualTo(0.0);
        assertThat(LikelihoodModel.sigmoid(0)).isEqualTo(0.5);
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadqualification.rules.Leads.AS_OF;
import static org.leadqualification.rules.Leads.daysAgo;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.ProductPlan;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ScoringProfile;

/** Edge cases found by the differential test against the plain-Java reference scorer. */
class RuleEdgeCaseTest {
    private static RuleBasedQualifier engine;

    @BeforeAll
    static void engine() {
        engine = Engines.defaults();
    }

    @Test
    void usageLimitFlag_scoresWhenTheUsageLimitInteractionIsTooOldToScore() {
        // The product group's window is 90 days: a USAGE_LIMIT_REACHED 100 days old no longer scores itself.
        var lead = Leads.blank("U-1").product(Leads.product(ProductPlan.TRIAL, 120, 3, 1, List.of(), true))
                .interaction("USAGE_LIMIT_REACHED", daysAgo(100)).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.reasons()).contains(Reason.scored("Usage limit reached", Dimension.INTENT, 15,
                "plan limit reached"));
        assertThat(q.firedRule("Usage limit hit")).isFalse();
    }

    @Test
    void usageLimitFlag_givesWayToARecentUsageLimitInteraction() {
        var lead = Leads.blank("U-2").product(Leads.product(ProductPlan.TRIAL, 20, 3, 1, List.of(), true))
                .interaction("USAGE_LIMIT_REACHED", daysAgo(2)).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.firedRule("Usage limit hit")).isTrue();
        assertThat(q.firedRule("Usage limit reached")).isFalse();
    }

    @Test
    void directInquirySource_matchesIgnoringCase() {
        var lead = Leads.strongFit("D-1").source("direct_inquiry").createdAt(daysAgo(3)).bant(Leads.fullBant())
                .build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.stage()).isEqualTo(Stage.SQL);
        assertThat(q.firedRule("Sales-qualified: direct inquiry")).isTrue();
    }

    @Test
    void profileTypeLists_mustHoldUpperCaseInteractionTypes() {
        assertThatThrownBy(() -> ScoringProfile.parse("classification: { sql: { handRaiseTypes: [demo_request] } }",
                "lower.yaml"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("lower.yaml")
                .hasMessageContaining("classification.sql.handRaiseTypes")
                .hasMessageContaining("demo_request");
    }
}

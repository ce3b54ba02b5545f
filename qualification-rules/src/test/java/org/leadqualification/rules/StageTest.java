package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.rules.Leads.AS_OF;
import static org.leadqualification.rules.Leads.daysAgo;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/** Which stage wins when a lead meets several, and the SQL acceptance case. */
class StageTest {
    private static RuleBasedQualifier engine;

    @BeforeAll
    static void compile() {
        engine = Engines.defaults();
    }

    @Test
    void clearSql_isSql() {
        Qualification q = engine.qualify(Leads.clearSql("L-1001").build(), AS_OF);

        assertThat(q.stage()).isEqualTo(Stage.SQL);
        assertThat(q.qualifications()).contains(Stage.SQL);
        assertThat(q.grade()).isEqualTo(Grade.A);
        assertThat(q.dimensions().bant()).isEqualTo(100);
        assertThat(q.recommendedAction()).isEqualTo(engine.profile().actionFor(Stage.SQL));
        assertThat(q.firedRule("Demo requested")).isTrue();
        assertThat(q.firedRule("Target industry")).isTrue();
    }

    @Test
    void clearSql_judgedAYearLaterWithNothingNew_isNoLongerSql() {
        Lead lead = Leads.clearSql("L-1001").build();

        Qualification later = engine.qualify(lead, AS_OF.plus(Duration.ofDays(365)));

        assertThat(later.stage()).isIn(Stage.UNQUALIFIED, Stage.MQL);
        assertThat(later.qualifications()).doesNotContain(Stage.SQL);
        assertThat(later.firedRule("Demo requested")).isFalse();
        assertThat(later.dimensions().intent()).isZero();
    }

    @Test
    void disqualifiedAndSql_isDisqualified_listingBoth() {
        Lead lead = Leads.clearSql("L").interaction("SPAM_COMPLAINT", daysAgo(2)).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.stage()).isEqualTo(Stage.DISQUALIFIED);
        assertThat(q.qualifications()).contains(Stage.DISQUALIFIED, Stage.SQL);
        assertThat(q.recommendedAction()).isEqualTo(engine.profile().actionFor(Stage.DISQUALIFIED));
    }

    @Test
    void serviceQualifiedAndSql_isServiceQualified() {
        Lead lead = Leads.clearSql("L").customer(Leads.customer()).interaction("UPGRADE_INQUIRY", daysAgo(3)).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.qualifications()).contains(Stage.SERVICE_QUALIFIED, Stage.SQL);
        assertThat(q.stage()).isEqualTo(Stage.SERVICE_QUALIFIED);
    }

    @Test
    void sqlPqlAndMql_isSql() {
        Lead lead = Leads.clearSql("L").product(Leads.activatedTrial()).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.qualifications()).containsExactly(Stage.MQL, Stage.SQL, Stage.PQL);
        assertThat(q.stage()).isEqualTo(Stage.SQL);
    }

    @Test
    void pqlAndMql_isPql() {
        Lead lead = Leads.clearSql("L").bant(Bant.UNKNOWN).product(Leads.activatedTrial()).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.qualifications()).containsExactly(Stage.MQL, Stage.PQL);
        assertThat(q.stage()).isEqualTo(Stage.PQL);
    }

    @Test
    void mqlOnly_isMql() {
        Lead lead = Leads.clearSql("L").bant(Bant.UNKNOWN).interaction("WEBINAR_ATTENDED", daysAgo(1)).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.qualifications()).containsExactly(Stage.MQL);
        assertThat(q.stage()).isEqualTo(Stage.MQL);
        assertThat(q.meets(Stage.UNQUALIFIED)).isFalse();
    }

    @Test
    void nothingHolds_isUnqualified() {
        Qualification q = engine.qualify(Lead.builder("L").build(), AS_OF);

        assertThat(q.stage()).isEqualTo(Stage.UNQUALIFIED);
        assertThat(q.qualifications()).isEmpty();
        assertThat(q.meets(Stage.UNQUALIFIED)).isTrue();
        assertThat(q.reasons()).isEmpty();
        assertThat(q.score()).isZero();
        assertThat(q.grade()).isEqualTo(Grade.F);
        assertThat(q.recommendedAction()).isEqualTo(engine.profile().actionFor(Stage.UNQUALIFIED));
    }

    @Test
    void sql_needsThreePositiveBantParts() {
        Lead three = Leads.clearSql("L")
                .bant(new Bant(Budget.PLANNED, Authority.INFLUENCER, Need.IDENTIFIED, Timeline.UNKNOWN)).build();
        Lead two = Leads.clearSql("L")
                .bant(new Bant(Budget.PLANNED, Authority.INFLUENCER, Need.NONE, Timeline.LONGER)).build();

        assertThat(engine.qualify(three, AS_OF).qualifications()).contains(Stage.SQL);
        assertThat(engine.qualify(two, AS_OF).qualifications()).doesNotContain(Stage.SQL);
    }

    @Test
    void sql_needsGradeCOrBetter() {
        // Only BANT and a hand-raise: fit 0, grade F.
        Lead poorFit = Lead.builder("L").bant(Leads.fullBant()).interaction("DEMO_REQUEST", daysAgo(1)).build();

        Qualification q = engine.qualify(poorFit, AS_OF);

        assertThat(q.grade()).isEqualTo(Grade.F);
        assertThat(q.qualifications()).doesNotContain(Stage.SQL);
    }

    @Test
    void mql_needsEngagementWithinThirtyDays_evenAtAHighScore() {
        Lead stale = Leads.strongFit("L").bant(new Bant(Budget.CONFIRMED, Authority.UNKNOWN, Need.UNKNOWN,
                        Timeline.UNKNOWN))
                .interaction("WEBINAR_ATTENDED", daysAgo(31)).interaction("WEBINAR_ATTENDED", daysAgo(31))
                .interaction("CONTENT_DOWNLOAD", daysAgo(31)).interaction("CONTENT_DOWNLOAD", daysAgo(31)).build();
        Lead fresh = stale.toBuilder().interaction("PAGE_VIEW", daysAgo(30)).build();

        Qualification staleQ = engine.qualify(stale, AS_OF);
        Qualification freshQ = engine.qualify(fresh, AS_OF);

        assertThat(staleQ.score()).isGreaterThanOrEqualTo(engine.profile().classification().mql().minScore());
        assertThat(staleQ.qualifications()).doesNotContain(Stage.MQL);
        assertThat(freshQ.qualifications()).contains(Stage.MQL);
    }
}

package org.leadqualification.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text tables of the hand-made report show the hand-worked numbers. */
class FunnelTextTest {
    private final String text = FunnelText.render(HandMadeLeads.report());

    @Test
    void theHeader_countsEveryLead() {
        assertThat(text).contains("9 leads read: 7 in the cohort, 1 created outside the period, 1 undated; "
                + "1 inputs with errors (not analysed)");
    }

    @Test
    void cohortConversion_rowsShowCountsRatesAndIntervals() {
        // lead -> MQL: 6 of 7 = 85.7%, Wilson 48.7-97.4%.
        assertThat(text).containsPattern("Lead +MQL +7 +0 +6 +85\\.7% +48\\.7-97\\.4%");
        assertThat(text).containsPattern("MQL +SQL +6 +1 +3 +60\\.0%");
    }

    @Test
    void velocity_salesCycleAndSources() {
        assertThat(text).containsPattern("MQL +2 +3 +2\\.5 d +3\\.0 d");
        assertThat(text).containsPattern("sales cycle \\(SQL to won\\) +2 +14\\.5 d +15\\.0 d");
        assertThat(text).containsPattern("WEBINAR +3 +100\\.0% +66\\.7% +33\\.3% +1000 +333\\.33");
    }

    @Test
    void calibrationAndAuc() {
        assertThat(text).contains("ROC AUC won vs lost: 0.875 over 2 won and 2 lost");
        assertThat(text).containsPattern("70-79 +2 +1 +1 +50\\.0% +\\S+ +1\\.75x");
    }

    @Test
    void slaComplianceAndOpenBreaches() {
        assertThat(text).containsPattern("ana +5 +4 +1 +0 +0 +80\\.0%");
        assertThat(text).contains("2 open breaches");
        assertThat(text).containsPattern("C +\\(unassigned\\) +MQL +ACCEPTED_OR_REJECTED +2026-07-18T00:00:00Z +106\\.0 d");
        assertThat(text).containsPattern("F +cy +MQL +ACCEPTED_OR_REJECTED +2026-09-05T00:00:00Z +57\\.0 d");
    }
}

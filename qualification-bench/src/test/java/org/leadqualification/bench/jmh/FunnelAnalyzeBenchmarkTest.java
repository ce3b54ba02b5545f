package org.leadqualification.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.funnel.FunnelReport;
import org.leadqualification.model.Lead;

/** The benchmark's input is what it claims: 1,000 dated leads with every kind of history, the same on every run. */
class FunnelAnalyzeBenchmarkTest {

    static List<Lead> leads() {
        return FunnelAnalyzeBenchmark.withHistory(new LeadGenerator(42L, 20).leads(1_000), new SplittableRandom(43L));
    }

    @Test
    void withHistory_datesEveryLead_andGivesStagesOutcomesAndSales() {
        List<Lead> leads = leads();
        assertThat(leads).hasSize(1_000).allSatisfy(l -> assertThat(l.createdAt()).isPresent());
        assertThat(leads).filteredOn(l -> !l.stageHistory().isEmpty()).hasSizeBetween(500, 700);
        assertThat(leads).filteredOn(l -> l.outcome().orElseThrow().isWon()).isNotEmpty();
        assertThat(leads).filteredOn(l -> l.outcome().orElseThrow().isLost()).isNotEmpty();
        assertThat(leads).filteredOn(l -> l.sales().isPresent()).isNotEmpty();
        assertThat(leads()).isEqualTo(leads);
    }

    @Test
    void analyze_reportsEveryLead_judgedOnlyWithAQualifier() throws Exception {
        for (FunnelAnalyzeBenchmark.Judge judge : FunnelAnalyzeBenchmark.Judge.values()) {
            FunnelAnalyzeBenchmark.Input in = new FunnelAnalyzeBenchmark.Input();
            in.judge = judge;
            in.interactions = 20;
            in.setUp();
            try {
                FunnelReport report = new FunnelAnalyzeBenchmark().analyze(in);
                assertThat(report.leads().read()).isEqualTo(1_000);
                assertThat(report.leads().judged()).as(judge.name())
                        .isEqualTo(judge == FunnelAnalyzeBenchmark.Judge.NONE ? 0 : report.leads().cohort());
                assertThat(report.calibration().isPresent()).isEqualTo(judge != FunnelAnalyzeBenchmark.Judge.NONE);
            } finally {
                in.tearDown();
            }
        }
    }
}

package org.leadqualification.bench.jmh;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.bench.Impl;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.funnel.FunnelAnalyzer;
import org.leadqualification.funnel.FunnelReport;
import org.leadqualification.funnel.JudgeAt;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.model.SalesFollowUp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Funnel analysis of 1,000 leads with history ({@code FunnelAnalyzer.analyze}, default SLA, 300-day period, 60-day
 * window): throughput in leads per second (one operation is one lead), to set next to {@link QualifyBatchBenchmark}.
 * {@code judge} = {@code NONE} analyses without rules (no calibration); {@code ENGINE} and {@code REFERENCE} also
 * judge every lead once, as of the report, with that qualifier.
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar "FunnelAnalyzeBenchmark|QualifyBatchBenchmark.batchOneThread" \
 *     -p interactions=20 -p impl=ENGINE -wi 2 -w 5s -i 3 -r 5s -f 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FunnelAnalyzeBenchmark {
    static final int LEADS = 1_000;
    static final Instant PERIOD_START = LeadGenerator.AS_OF.minus(Duration.ofDays(300));
    private static final String[] OWNERS = {"ana", "bruno", "chen"};

    /** Who judges the leads for the calibration, if anyone. */
    public enum Judge {
        /** No rules: funnel, velocity, sources, signals of won and lost leads, SLA. */
        NONE,
        /** {@code RuleBasedQualifier}, built-in rules. */
        ENGINE,
        /** The plain-Java reference scorer. */
        REFERENCE
    }

    /** The analyzer and the leads, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Input {
        /** Who judges. */
        @Param({"NONE", "ENGINE", "REFERENCE"})
        public Judge judge;
        /** Interactions per lead. */
        @Param({"20"})
        public int interactions;

        List<Lead> leads;
        LeadQualifier qualifier;
        FunnelAnalyzer analyzer;

        /** Generates the leads (seed 42) and gives each a history (seed 43); builds the analyzer. */
        @Setup(Level.Trial)
        public void setUp() {
            leads = withHistory(new LeadGenerator(42L, interactions).leads(LEADS), new SplittableRandom(43L));
            FunnelAnalyzer.Builder b = FunnelAnalyzer.builder().period(PERIOD_START, LeadGenerator.AS_OF)
                    .asOf(LeadGenerator.AS_OF).conversionWindow(Duration.ofDays(60));
            if (judge != Judge.NONE) {
                qualifier = Impl.valueOf(judge.name()).create();
                b.qualifier(qualifier, JudgeAt.reportAsOf());
            }
            analyzer = b.build();
        }

        /** Releases the qualifier. */
        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            if (qualifier != null) {
                Impl.close(qualifier);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(LEADS)
    public FunnelReport analyze(Input in) {
        return in.analyzer.analyze(in.leads.stream());
    }

    /**
     * A plausible history for each lead: 60% reach MQL within 5 days of creation (80% of them accepted by an owner
     * within 2 days), half of those SQL within 10 days (first touch within 2 days), 60% of those an opportunity,
     * which is won (40%, with an amount) or lost; other leads are lost (30%) or still open. Undated leads are
     * dated 100 days before the as-of instant.
     */
    static List<Lead> withHistory(List<Lead> leads, SplittableRandom random) {
        List<Lead> out = new ArrayList<>(leads.size());
        for (Lead lead : leads) {
            Instant created = lead.createdAt().orElse(LeadGenerator.AS_OF.minus(Duration.ofDays(100)));
            Lead.Builder b = lead.toBuilder().createdAt(created);
            Instant last = created;
            SalesFollowUp.Builder sales = SalesFollowUp.builder();
            boolean hasSales = false;
            boolean opportunity = false;
            if (random.nextDouble() < 0.6) {
                Instant mql = created.plusSeconds(random.nextLong(5 * 86_400L));
                b.stageChange(RecordedStage.MQL, mql);
                last = mql;
                sales.owner(OWNERS[random.nextInt(OWNERS.length)]);
                hasSales = true;
                if (random.nextDouble() < 0.8) {
                    Instant accepted = mql.plusSeconds(random.nextLong(2 * 86_400L));
                    sales.acceptedAt(accepted);
                    last = max(last, accepted);
                }
                if (random.nextDouble() < 0.5) {
                    Instant sql = mql.plusSeconds(random.nextLong(10 * 86_400L));
                    sql = max(sql, last);
                    b.stageChange(RecordedStage.SQL, sql);
                    Instant touch = sql.plusSeconds(random.nextLong(2 * 86_400L));
                    sales.firstTouchAt(touch);
                    last = touch;
                    if (random.nextDouble() < 0.6) {
                        Instant opp = last.plusSeconds(random.nextLong(20 * 86_400L));
                        b.stageChange(RecordedStage.OPPORTUNITY, opp);
                        last = opp;
                        opportunity = true;
                    }
                }
            }
            Instant closed = last.plusSeconds(3_600L + random.nextLong(60 * 86_400L));
            if (opportunity) {
                b.outcome(random.nextDouble() < 0.4
                        ? DealOutcome.won(closed, BigDecimal.valueOf(1_000 + random.nextInt(50_000)))
                        : DealOutcome.lost(closed, "no budget"));
            } else {
                b.outcome(random.nextDouble() < 0.3 ? DealOutcome.lost(closed, null) : DealOutcome.open());
            }
            if (hasSales) {
                b.sales(sales.build());
            }
            out.add(b.build());
        }
        return out;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

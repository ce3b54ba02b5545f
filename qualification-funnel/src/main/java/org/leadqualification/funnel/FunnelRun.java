package org.leadqualification.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.funnel.FunnelReport.Calibration;
import org.leadqualification.funnel.FunnelReport.CalibrationRow;
import org.leadqualification.funnel.FunnelReport.LeadCounts;
import org.leadqualification.funnel.FunnelReport.OpenBreach;
import org.leadqualification.funnel.FunnelReport.PeriodConversion;
import org.leadqualification.funnel.FunnelReport.SignalLift;
import org.leadqualification.funnel.FunnelReport.SlaCompliance;
import org.leadqualification.funnel.FunnelReport.SlaSummary;
import org.leadqualification.funnel.FunnelReport.SourcePerformance;
import org.leadqualification.funnel.FunnelReport.StageActivity;
import org.leadqualification.funnel.FunnelReport.StageAgreement;
import org.leadqualification.funnel.FunnelReport.StageVelocity;
import org.leadqualification.funnel.FunnelReport.StepConversion;
import org.leadqualification.funnel.FunnelReport.StepCount;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.InteractionTypes;
import org.leadqualification.model.Lead;
import org.leadqualification.model.OutcomeStatus;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.sla.SlaCheck;
import org.leadqualification.sla.SlaDeadline;
import org.leadqualification.sla.SlaStatus;

/**
 * One analysis in progress: feed it leads with {@link #add(Lead)}, count the inputs that were not valid leads with
 * {@link #addError()}, then take the {@link #report()}. Holds counters and histograms, never the leads. Not
 * thread-safe: one run per thread.
 */
public final class FunnelRun {
    private static final FunnelStep[] STEPS = FunnelStep.values();
    private static final Set<String> NEGATIVE = Set.of(InteractionTypes.EMAIL_BOUNCE, InteractionTypes.UNSUBSCRIBE,
            InteractionTypes.SPAM_COMPLAINT, InteractionTypes.NOT_INTERESTED, InteractionTypes.CAREERS_PAGE_VIEW);
    private static final String NO_SOURCE = "(none)";
    private static final String NO_OWNER = "(unassigned)";
    private static final int WON = 0;
    private static final int LOST = 1;
    private static final int OPEN = 2;

    private final FunnelAnalyzer config;
    private final Instant asOf;
    private final Duration window;
    private boolean reported;

    private long read;
    private long cohort;
    private long outside;
    private long undated;
    private long errors;
    private long judged;
    private long judgeFailures;

    private final long[] reached = new long[STEPS.length];
    // Per consecutive pair k -> k+1 (index k), and end to end at index STEPS.length - 1.
    private final long[] entered = new long[STEPS.length];
    private final long[] immature = new long[STEPS.length];
    private final long[] converted = new long[STEPS.length];
    private final long[] periodReached = new long[STEPS.length];

    private final Map<RecordedStage, DurationStats.Collector> stay = new EnumMap<>(RecordedStage.class);
    private final Map<RecordedStage, long[]> stayCounts = new EnumMap<>(RecordedStage.class); // completed, ongoing
    private final DurationStats.Collector salesCycle = new DurationStats.Collector();
    private final Map<String, SourceAcc> sources = new HashMap<>();
    private final Map<RecordedStage, long[]> activity = new EnumMap<>(RecordedStage.class); // leads, engaged, demo

    private long closedWon;
    private long closedLost;
    private final Map<String, long[]> interactionSignals = new HashMap<>();
    private long judgedWon;
    private long judgedLost;
    private final Map<String, long[]> ruleSignals = new HashMap<>();
    private final long[][] scores = new long[101][3];
    private final Map<Stage, long[]> stages = new EnumMap<>(Stage.class);
    private final Map<RecordedStage, long[]> agreement = new EnumMap<>(RecordedStage.class);

    private final Map<String, long[]> slaByOwner = new TreeMap<>();
    private final Map<SlaDeadline, long[]> slaByDeadline = new LinkedHashMap<>();
    private final PriorityQueue<OpenBreach> breaches = new PriorityQueue<>(BREACH_ORDER.reversed());
    private long breachCount;

    /** Most late first, then by lead id. */
    private static final Comparator<OpenBreach> BREACH_ORDER = Comparator.comparing(OpenBreach::lateBy).reversed()
            .thenComparing(OpenBreach::leadId);

    private static final class SourceAcc {
        long leads;
        long mql;
        long sql;
        long won;
        BigDecimal revenue = BigDecimal.ZERO;
    }

    FunnelRun(FunnelAnalyzer config) {
        this.config = config;
        this.asOf = config.asOf();
        this.window = config.window();
        for (SlaDeadline d : config.sla().deadlines()) {
            slaByDeadline.put(d, new long[5]);
        }
    }

    /**
     * Counts one input that was not a valid lead (a reader's error): it is in the report's count of errors, so that
     * no input is lost silently.
     *
     * @throws IllegalStateException after {@link #report()}
     */
    public void addError() {
        checkOpen();
        errors++;
    }

    /**
     * Analyses one lead.
     *
     * @param lead the lead
     * @throws NullPointerException  if {@code lead} is null
     * @throws IllegalStateException after {@link #report()}
     */
    public void add(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        checkOpen();
        read++;
        LeadTimeline t = LeadTimeline.of(lead, asOf);
        for (FunnelStep step : STEPS) {
            if (inPeriod(t.reached(step))) {
                periodReached[step.ordinal()]++;
            }
        }
        addSla(lead);
        if (t.created() == null) {
            undated++;
            return;
        }
        if (!inPeriod(t.created())) {
            outside++;
            return;
        }
        cohort++;
        addConversion(t);
        addVelocity(t);
        addSource(lead, t);
        addActivity(lead, t);
        addInteractionSignals(lead, t);
        config.qualifier().ifPresent(q -> judge(q, lead, t));
    }

    private boolean inPeriod(Instant at) {
        return at != null && !at.isBefore(config.periodStart()) && at.isBefore(config.periodEnd());
    }

    private void addConversion(LeadTimeline t) {
        for (int k = 0; k < STEPS.length; k++) {
            if (t.reached(STEPS[k]) != null) {
                reached[k]++;
            }
        }
        for (int k = 0; k < STEPS.length - 1; k++) {
            countPair(k, t.reached(STEPS[k]), t.reached(STEPS[k + 1]));
        }
        countPair(STEPS.length - 1, t.reached(FunnelStep.LEAD), t.reached(FunnelStep.WON));
    }

    private void countPair(int index, Instant from, Instant to) {
        if (from == null) {
            return;
        }
        entered[index]++;
        if (from.plus(window).isAfter(asOf)) {
            immature[index]++;
        } else if (to != null && !to.isAfter(from.plus(window))) {
            converted[index]++;
        }
    }

    private void addVelocity(LeadTimeline t) {
        for (LeadTimeline.Stay s : t.stays()) {
            long[] counts = stayCounts.computeIfAbsent(s.stage(), k -> new long[2]);
            if (s.to() == null) {
                counts[1]++;
            } else {
                counts[0]++;
                stay.computeIfAbsent(s.stage(), k -> new DurationStats.Collector())
                        .add(Duration.between(s.from(), s.to()));
            }
        }
        Instant sql = t.reached(FunnelStep.SQL);
        if (t.status() == OutcomeStatus.WON && sql != null) {
            salesCycle.add(Duration.between(sql, t.closedAt()));
        }
    }

    private void addSource(Lead lead, LeadTimeline t) {
        SourceAcc acc = sources.computeIfAbsent(lead.source().orElse(NO_SOURCE), k -> new SourceAcc());
        acc.leads++;
        if (t.reached(FunnelStep.MQL) != null) {
            acc.mql++;
        }
        if (t.reached(FunnelStep.SQL) != null) {
            acc.sql++;
        }
        if (t.status() == OutcomeStatus.WON) {
            acc.won++;
            acc.revenue = acc.revenue.add(lead.outcome().flatMap(DealOutcome::amount).orElse(BigDecimal.ZERO));
        }
    }

    private void addActivity(Lead lead, LeadTimeline t) {
        Map<RecordedStage, boolean[]> seen = new EnumMap<>(RecordedStage.class);
        for (LeadTimeline.Stay s : t.stays()) {
            boolean[] flags = seen.computeIfAbsent(s.stage(), k -> new boolean[2]);
            Instant to = s.to() == null ? asOf : s.to();
            for (Interaction i : lead.interactions()) {
                if (!i.at().isBefore(s.from()) && i.at().isBefore(to)) {
                    flags[0] |= !NEGATIVE.contains(i.type());
                    flags[1] |= i.type().equals(InteractionTypes.DEMO_REQUEST);
                }
            }
        }
        seen.forEach((stage, flags) -> {
            long[] acc = activity.computeIfAbsent(stage, k -> new long[3]);
            acc[0]++;
            acc[1] += flags[0] ? 1 : 0;
            acc[2] += flags[1] ? 1 : 0;
        });
    }

    private void addInteractionSignals(Lead lead, LeadTimeline t) {
        if (t.status() == OutcomeStatus.OPEN) {
            return;
        }
        int column = t.status() == OutcomeStatus.WON ? WON : LOST;
        if (column == WON) {
            closedWon++;
        } else {
            closedLost++;
        }
        Set<String> types = new HashSet<>();
        for (Interaction i : lead.interactions()) {
            if (!i.at().isAfter(t.closedAt())) {
                types.add(i.type());
            }
        }
        for (String type : types) {
            interactionSignals.computeIfAbsent(type, k -> new long[2])[column]++;
        }
    }

    private void judge(LeadQualifier qualifier, Lead lead, LeadTimeline t) {
        Optional<Instant> at = config.judgeAt().instant(t, asOf);
        if (at.isPresent()) {
            Qualification q;
            try {
                q = qualifier.qualify(lead, at.get());
            } catch (JudgementException e) {
                judgeFailures++;
                return;
            }
            judged++;
            int column = switch (t.status()) {
                case WON -> WON;
                case LOST -> LOST;
                case OPEN -> OPEN;
            };
            scores[Math.max(0, Math.min(100, q.score()))][column]++;
            stages.computeIfAbsent(q.stage(), k -> new long[3])[column]++;
            if (column != OPEN) {
                if (column == WON) {
                    judgedWon++;
                } else {
                    judgedLost++;
                }
                Set<String> rules = new HashSet<>();
                for (Reason r : q.reasons()) {
                    rules.add(r.rule());
                }
                for (String rule : rules) {
                    ruleSignals.computeIfAbsent(rule, k -> new long[2])[column]++;
                }
            }
        }
        if (config.rejudgeMilestones()) {
            for (LeadTimeline.Stay s : t.stays()) {
                if (s.stage() == RecordedStage.OPPORTUNITY) {
                    continue; // not a stage the rules give
                }
                try {
                    Qualification q = qualifier.qualify(lead, s.from());
                    long[] acc = agreement.computeIfAbsent(s.stage(), k -> new long[2]);
                    acc[0]++;
                    acc[1] += q.stage().name().equals(s.stage().name()) ? 1 : 0;
                } catch (JudgementException e) {
                    judgeFailures++;
                }
            }
        }
    }

    private void addSla(Lead lead) {
        if (config.sla().isEmpty()) {
            return;
        }
        for (SlaCheck c : config.sla().evaluate(lead, asOf)) {
            if (!inPeriod(c.startedAt()) || !c.status().counts()) {
                continue;
            }
            int column = switch (c.status()) {
                case MET -> 1;
                case MET_LATE -> 2;
                case MISSED -> 3;
                case BREACHED -> 4;
                default -> throw new IllegalStateException("uncounted status " + c.status());
            };
            long[] owner = slaByOwner.computeIfAbsent(c.owner().orElse(NO_OWNER), k -> new long[5]);
            long[] deadline = slaByDeadline.get(c.deadline());
            owner[0]++;
            owner[column]++;
            deadline[0]++;
            deadline[column]++;
            if (c.status() == SlaStatus.BREACHED) {
                breachCount++;
                OpenBreach b = new OpenBreach(lead.id(), c.owner(), c.deadline().stage(), c.deadline().requirement(),
                        c.dueAt(), c.lateBy());
                if (config.maxListedBreaches() > 0) {
                    breaches.add(b);
                    if (breaches.size() > config.maxListedBreaches()) {
                        breaches.poll(); // the least late
                    }
                }
            }
        }
    }

    private void checkOpen() {
        if (reported) {
            throw new IllegalStateException("this run has already reported; start another");
        }
    }

    /**
     * Ends the run.
     *
     * @return the report over every lead added
     * @throws IllegalStateException if called twice
     */
    public FunnelReport report() {
        checkOpen();
        reported = true;
        return new FunnelReport(config.periodStart(), config.periodEnd(), asOf, window,
                new LeadCounts(read, cohort, outside, undated, errors, judged, judgeFailures), funnel(),
                cohortConversion(), periodConversion(), velocity(), salesCycle.stats(), sources(), activity(),
                lifts(interactionSignals, closedWon, closedLost), lifts(ruleSignals, judgedWon, judgedLost),
                calibration(), agreement(), sla());
    }

    private List<StepCount> funnel() {
        List<StepCount> out = new ArrayList<>();
        for (FunnelStep step : STEPS) {
            out.add(new StepCount(step, reached[step.ordinal()], new Rate(reached[step.ordinal()], cohort)));
        }
        return out;
    }

    private List<StepConversion> cohortConversion() {
        List<StepConversion> out = new ArrayList<>();
        for (int k = 0; k < STEPS.length; k++) {
            FunnelStep from = k < STEPS.length - 1 ? STEPS[k] : FunnelStep.LEAD;
            FunnelStep to = k < STEPS.length - 1 ? STEPS[k + 1] : FunnelStep.WON;
            out.add(new StepConversion(from, to, entered[k], immature[k], converted[k],
                    new Rate(converted[k], entered[k] - immature[k])));
        }
        return out;
    }

    private List<PeriodConversion> periodConversion() {
        List<PeriodConversion> out = new ArrayList<>();
        for (int k = 0; k < STEPS.length - 1; k++) {
            long from = periodReached[k];
            long to = periodReached[k + 1];
            out.add(new PeriodConversion(STEPS[k], STEPS[k + 1], from, to,
                    from == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) to / from)));
        }
        return out;
    }

    private List<StageVelocity> velocity() {
        List<StageVelocity> out = new ArrayList<>();
        stayCounts.forEach((stage, counts) -> {
            DurationStats.Collector c = stay.get(stage);
            out.add(new StageVelocity(stage, counts[0], counts[1], c == null ? DurationStats.EMPTY : c.stats()));
        });
        return out;
    }

    private List<SourcePerformance> sources() {
        List<SourcePerformance> out = new ArrayList<>();
        sources.forEach((name, a) -> out.add(new SourcePerformance(name, a.leads, new Rate(a.mql, a.leads),
                new Rate(a.sql, a.leads), new Rate(a.won, a.leads), a.revenue,
                a.revenue.divide(BigDecimal.valueOf(a.leads), 2, RoundingMode.HALF_UP))));
        out.sort(Comparator.comparingLong(SourcePerformance::leads).reversed()
                .thenComparing(SourcePerformance::source));
        return out;
    }

    private List<StageActivity> activity() {
        List<StageActivity> out = new ArrayList<>();
        activity.forEach((stage, a) -> out.add(new StageActivity(stage, a[0], new Rate(a[1], a[0]),
                new Rate(a[2], a[0]))));
        return out;
    }

    private static List<SignalLift> lifts(Map<String, long[]> signals, long won, long lost) {
        List<SignalLift> out = new ArrayList<>();
        signals.forEach((signal, c) -> {
            Rate w = new Rate(c[WON], won);
            Rate l = new Rate(c[LOST], lost);
            OptionalDouble lift = w.value().isPresent() && l.value().isPresent() && c[LOST] > 0
                    ? OptionalDouble.of(w.value().getAsDouble() / l.value().getAsDouble()) : OptionalDouble.empty();
            out.add(new SignalLift(signal, w, l, lift));
        });
        out.sort(Comparator.<SignalLift>comparingDouble(s -> s.lift().orElse(Double.NEGATIVE_INFINITY)).reversed()
                .thenComparing(s -> s.amongWon().count(), Comparator.reverseOrder())
                .thenComparing(SignalLift::signal));
        return out;
    }

    private Optional<Calibration> calibration() {
        if (config.qualifier().isEmpty()) {
            return Optional.empty();
        }
        long allWon = 0;
        for (long[] s : scores) {
            allWon += s[WON];
        }
        double overall = judged == 0 ? Double.NaN : (double) allWon / judged;
        List<CalibrationRow> bands = new ArrayList<>();
        for (int band = 0; band < 10; band++) {
            long[] sum = new long[3];
            int hi = band == 9 ? 100 : band * 10 + 9;
            for (int s = band * 10; s <= hi; s++) {
                for (int c = 0; c < 3; c++) {
                    sum[c] += scores[s][c];
                }
            }
            bands.add(row(band * 10 + "-" + hi, sum, overall));
        }
        List<CalibrationRow> byStage = new ArrayList<>();
        stages.forEach((stage, sum) -> byStage.add(row(stage.name(), sum, overall)));
        return Optional.of(new Calibration(config.judgeAt().toString(), bands, byStage, judgedWon, judgedLost,
                auc()));
    }

    private static CalibrationRow row(String label, long[] sum, double overall) {
        long leads = sum[WON] + sum[LOST] + sum[OPEN];
        Rate conversion = new Rate(sum[WON], leads);
        OptionalDouble lift = conversion.value().isPresent() && overall > 0
                ? OptionalDouble.of(conversion.value().getAsDouble() / overall) : OptionalDouble.empty();
        return new CalibrationRow(label, leads, sum[WON], sum[LOST], conversion, lift);
    }

    /** Exact ROC AUC from the score histograms: P(score of a won lead > score of a lost one), ties one half. */
    private OptionalDouble auc() {
        long[] won = new long[scores.length];
        long[] lost = new long[scores.length];
        for (int s = 0; s < scores.length; s++) {
            won[s] = scores[s][WON];
            lost[s] = scores[s][LOST];
        }
        return RocAuc.ofHistograms(won, lost);
    }

    private List<StageAgreement> agreement() {
        List<StageAgreement> out = new ArrayList<>();
        agreement.forEach((stage, a) -> out.add(new StageAgreement(stage, a[0], new Rate(a[1], a[0]))));
        return out;
    }

    private SlaSummary sla() {
        List<SlaCompliance> byOwner = new ArrayList<>();
        slaByOwner.forEach((owner, c) -> byOwner.add(compliance(owner, c)));
        List<SlaCompliance> byStage = new ArrayList<>();
        slaByDeadline.forEach((d, c) -> byStage.add(compliance(d.stage() + " " + d.requirement(), c)));
        List<OpenBreach> listed = new ArrayList<>(breaches);
        listed.sort(BREACH_ORDER);
        return new SlaSummary(byOwner, byStage, listed, breachCount);
    }

    private static SlaCompliance compliance(String key, long[] c) {
        return new SlaCompliance(key, c[0], c[1], c[2], c[3], c[4], new Rate(c[1], c[0]));
    }
}

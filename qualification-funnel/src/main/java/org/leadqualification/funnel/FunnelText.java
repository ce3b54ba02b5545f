package org.leadqualification.funnel;

import java.util.ArrayList;
import java.util.List;
import org.leadqualification.funnel.FunnelReport.Calibration;
import org.leadqualification.funnel.FunnelReport.CalibrationRow;
import org.leadqualification.funnel.FunnelReport.OpenBreach;
import org.leadqualification.funnel.FunnelReport.PeriodConversion;
import org.leadqualification.funnel.FunnelReport.SignalLift;
import org.leadqualification.funnel.FunnelReport.SlaCompliance;
import org.leadqualification.funnel.FunnelReport.SourcePerformance;
import org.leadqualification.funnel.FunnelReport.StageActivity;
import org.leadqualification.funnel.FunnelReport.StageAgreement;
import org.leadqualification.funnel.FunnelReport.StageVelocity;
import org.leadqualification.funnel.FunnelReport.StepConversion;
import org.leadqualification.funnel.FunnelReport.StepCount;

/** Renders a {@link FunnelReport} as plain-text tables for a terminal. Stateless and thread-safe. */
public final class FunnelText {
    private FunnelText() {
    }

    /**
     * @param report the report
     * @return the report as text tables, one section per part, ending with a line break
     */
    public static String render(FunnelReport report) {
        StringBuilder out = new StringBuilder();
        FunnelReport.LeadCounts n = report.leads();
        out.append("Funnel report: leads created ").append(report.periodStart()).append(" to ")
                .append(report.periodEnd()).append(" (exclusive), as of ").append(report.asOf())
                .append(", conversion window ").append(Durations.words(report.window())).append('\n');
        out.append(n.read()).append(" leads read: ").append(n.cohort()).append(" in the cohort, ")
                .append(n.outsidePeriod()).append(" created outside the period, ").append(n.undated())
                .append(" undated; ").append(n.errors()).append(" inputs with errors (not analysed)\n");

        section(out, "Funnel (cohort leads that reached each step)");
        table(out, List.of("STEP", "LEADS", "OF COHORT"), report.funnel().stream()
                .map(s -> List.of(s.step().label(), Long.toString(s.leads()), Formats.percent(s.share()))).toList());

        section(out, "Cohort conversion (cohort leads that reached the next step within "
                + Durations.words(report.window()) + "; immature: reached the step less than that before as-of, "
                + "not in the rate)");
        table(out, List.of("FROM", "TO", "ENTERED", "IMMATURE", "CONVERTED", "RATE", "95% CI"),
                report.cohortConversion().stream().map(FunnelText::conversionRow).toList());

        section(out, "Period conversion (leads of any cohort reaching the step in the period / reaching the step "
                + "before it in the period)");
        table(out, List.of("FROM", "TO", "FROM IN PERIOD", "TO IN PERIOD", "RATIO"),
                report.periodConversion().stream().map(FunnelText::periodRow).toList());

        section(out, "Velocity (time in each recorded stage, completed stays)");
        List<List<String>> velocity = new ArrayList<>();
        for (StageVelocity v : report.velocity()) {
            velocity.add(List.of(v.stage().name(), Long.toString(v.completed()), Long.toString(v.ongoing()),
                    Formats.span(v.time().median()), Formats.span(v.time().p90())));
        }
        velocity.add(List.of("sales cycle (SQL to won)", Long.toString(report.salesCycle().count()), "",
                Formats.span(report.salesCycle().median()), Formats.span(report.salesCycle().p90())));
        table(out, List.of("STAGE", "COMPLETED", "ONGOING", "MEDIAN", "P90"), velocity);

        section(out, "Lead sources");
        table(out, List.of("SOURCE", "LEADS", "MQL", "SQL", "WON", "REVENUE", "REVENUE/LEAD"),
                report.sources().stream().map(FunnelText::sourceRow).toList());

        section(out, "Engagement and demo requests while in each stage");
        table(out, List.of("STAGE", "LEADS", "ENGAGED", "DEMO REQUESTED"), report.activity().stream()
                .map(FunnelText::activityRow).toList());

        section(out, "Interaction types among won and lost leads (lift = share among won / share among lost)");
        table(out, List.of("INTERACTION", "AMONG WON", "AMONG LOST", "LIFT"),
                report.interactionLift().stream().map(FunnelText::liftRow).toList());

        if (!report.ruleLift().isEmpty()) {
            section(out, "Rules among won and lost leads");
            table(out, List.of("RULE", "AMONG WON", "AMONG LOST", "LIFT"),
                    report.ruleLift().stream().map(FunnelText::liftRow).toList());
        }

        report.calibration().ifPresent(c -> calibration(out, c, n));

        if (!report.agreement().isEmpty()) {
            section(out, "Rules against the recorded stage, re-judged at each stage change");
            table(out, List.of("RECORDED STAGE", "JUDGED", "RULES AGREE"), report.agreement().stream()
                    .map(FunnelText::agreementRow).toList());
        }

        section(out, "SLA (deadlines whose clock started in the period)");
        if (report.sla().byStage().isEmpty()) {
            out.append("no SLA deadlines configured\n");
        } else {
            table(out, List.of("STAGE / REQUIREMENT", "DUE", "MET", "LATE", "MISSED", "OPEN BREACH", "COMPLIANCE"),
                    report.sla().byStage().stream().map(FunnelText::complianceRow).toList());
            out.append('\n');
            table(out, List.of("OWNER", "DUE", "MET", "LATE", "MISSED", "OPEN BREACH", "COMPLIANCE"),
                    report.sla().byOwner().stream().map(FunnelText::complianceRow).toList());
            out.append('\n').append(report.sla().openBreachCount()).append(" open breaches");
            if (report.sla().openBreaches().size() < report.sla().openBreachCount()) {
                out.append(" (the ").append(report.sla().openBreaches().size()).append(" most late listed)");
            }
            out.append('\n');
            if (!report.sla().openBreaches().isEmpty()) {
                table(out, List.of("LEAD", "OWNER", "STAGE", "REQUIREMENT", "DUE", "LATE BY"),
                        report.sla().openBreaches().stream().map(FunnelText::breachRow).toList());
            }
        }
        return out.toString();
    }

    private static void calibration(StringBuilder out, Calibration c, FunnelReport.LeadCounts n) {
        section(out, "Score calibration of the current rules (judged " + c.judgedAt() + "; " + n.judged()
                + " leads judged, " + n.judgeFailures() + " failed; ROC AUC won vs lost: "
                + Formats.ratio(c.auc()) + " over " + c.won() + " won and " + c.lost() + " lost)");
        table(out, List.of("SCORE", "LEADS", "WON", "LOST", "CONVERSION", "95% CI", "LIFT"),
                c.bands().stream().map(FunnelText::calibrationRow).toList());
        out.append('\n');
        table(out, List.of("RULES' STAGE", "LEADS", "WON", "LOST", "CONVERSION", "95% CI", "LIFT"),
                c.stages().stream().map(FunnelText::calibrationRow).toList());
    }

    private static List<String> conversionRow(StepConversion c) {
        return List.of(c.from().label(), c.to().label(), Long.toString(c.entered()), Long.toString(c.immature()),
                Long.toString(c.converted()), Formats.percent(c.rate()), Formats.interval(c.rate()));
    }

    private static List<String> periodRow(PeriodConversion c) {
        return List.of(c.from().label(), c.to().label(), Long.toString(c.enteredFrom()),
                Long.toString(c.reachedTo()), Formats.ratio(c.ratio()));
    }

    private static List<String> sourceRow(SourcePerformance s) {
        return List.of(s.source(), Long.toString(s.leads()), Formats.percent(s.mql()), Formats.percent(s.sql()),
                Formats.percent(s.won()), s.revenue().toPlainString(), s.revenuePerLead().toPlainString());
    }

    private static List<String> activityRow(StageActivity a) {
        return List.of(a.stage().name(), Long.toString(a.leads()), Formats.percent(a.engaged()),
                Formats.percent(a.demo()));
    }

    private static List<String> liftRow(SignalLift s) {
        return List.of(s.signal(), s.amongWon().count() + " " + Formats.percent(s.amongWon()),
                s.amongLost().count() + " " + Formats.percent(s.amongLost()), Formats.lift(s.lift()));
    }

    private static List<String> calibrationRow(CalibrationRow r) {
        return List.of(r.label(), Long.toString(r.leads()), Long.toString(r.won()), Long.toString(r.lost()),
                Formats.percent(r.conversion()), Formats.interval(r.conversion()), Formats.lift(r.lift()));
    }

    private static List<String> agreementRow(StageAgreement a) {
        return List.of(a.stage().name(), Long.toString(a.judged()), Formats.percent(a.agreed()));
    }

    private static List<String> complianceRow(SlaCompliance c) {
        return List.of(c.key(), Long.toString(c.due()), Long.toString(c.met()), Long.toString(c.metLate()),
                Long.toString(c.missed()), Long.toString(c.breached()), Formats.percent(c.compliance()));
    }

    private static List<String> breachRow(OpenBreach b) {
        return List.of(b.leadId(), b.owner().orElse("(unassigned)"), b.stage().name(), b.requirement().name(),
                b.dueAt().toString(), Durations.shortText(b.lateBy()));
    }

    private static void section(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }

    /** Left-aligned first column, right-aligned numbers, two spaces between columns. */
    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        line(out, header, width);
        for (List<String> row : rows) {
            line(out, row, width);
        }
    }

    private static void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                l.append("  ");
            }
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            l.append(i == 0 ? c + pad : pad + c);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}

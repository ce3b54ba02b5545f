package org.leadqualification.funnel;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadqualification.funnel.FunnelReport.CalibrationRow;
import org.leadqualification.funnel.FunnelReport.SignalLift;
import org.leadqualification.funnel.FunnelReport.SlaCompliance;

/**
 * Renders a {@link FunnelReport} as one self-contained HTML page: charts inlined as SVG (drawn by JFreeChart), styles
 * inline, no external resource, so the file views offline and can be mailed. The page is a Mustache template
 * ({@code report.mustache}); a small inline script marks each chart {@code data-rendered="true"} once the browser has
 * laid it out with a non-empty bounding box, which tests read back. Thread-safe.
 */
public final class FunnelHtml {
    /** How many sources the source chart shows (the table lists them all). */
    static final int CHART_SOURCES = 10;
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("org/leadqualification/funnel")
            .compile("report.mustache");

    private FunnelHtml() {
    }

    /**
     * @param report the report
     * @return the HTML page
     */
    public static String render(FunnelReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /**
     * Writes the page in UTF-8; the stream is flushed, not closed.
     *
     * @param report the report
     * @param out    where to
     * @throws UncheckedIOException if writing fails
     */
    public static void write(FunnelReport report, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(report, w);
    }

    private static void write(FunnelReport report, Writer out) {
        try {
            TEMPLATE.execute(out, view(report)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's data: formatted strings only, so the template holds no logic. */
    static Map<String, Object> view(FunnelReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("periodStart", r.periodStart().toString());
        v.put("periodEnd", r.periodEnd().toString());
        v.put("asOf", r.asOf().toString());
        v.put("window", Durations.words(r.window()));
        v.put("leads", r.leads());
        v.put("funnelSvg", Charts.funnel(r.funnel()));
        v.put("velocitySvg", Charts.timeInStage(r.velocity()));
        v.put("sourcesSvg", Charts.sources(r.sources(), CHART_SOURCES));
        r.calibration().ifPresent(c -> v.put("decilesSvg", Charts.scoreBands(c.bands())));

        v.put("funnel", rows(r.funnel(), s -> Map.of("step", s.step().label(), "leads", s.leads(),
                "share", Formats.percent(s.share()))));
        v.put("cohort", rows(r.cohortConversion(), c -> Map.of("from", c.from().label(), "to", c.to().label(),
                "entered", c.entered(), "immature", c.immature(), "converted", c.converted(),
                "rate", Formats.percent(c.rate()), "ci", Formats.interval(c.rate()), "flag", c.hasImmature())));
        v.put("period", rows(r.periodConversion(), c -> Map.of("from", c.from().label(), "to", c.to().label(),
                "enteredFrom", c.enteredFrom(), "reachedTo", c.reachedTo(), "ratio", Formats.ratio(c.ratio()))));
        v.put("velocity", rows(r.velocity(), s -> Map.of("stage", s.stage().name(), "completed", s.completed(),
                "ongoing", s.ongoing(), "median", Formats.span(s.time().median()),
                "p90", Formats.span(s.time().p90()))));
        v.put("salesCycle", Map.of("count", r.salesCycle().count(), "median", Formats.span(r.salesCycle().median()),
                "p90", Formats.span(r.salesCycle().p90())));
        v.put("sources", rows(r.sources(), s -> Map.of("source", s.source(), "leads", s.leads(),
                "mql", Formats.percent(s.mql()), "sql", Formats.percent(s.sql()), "won", Formats.percent(s.won()),
                "revenue", s.revenue().toPlainString(), "perLead", s.revenuePerLead().toPlainString())));
        v.put("activity", rows(r.activity(), a -> Map.of("stage", a.stage().name(), "leads", a.leads(),
                "engaged", Formats.percent(a.engaged()), "demo", Formats.percent(a.demo()))));
        v.put("interactionLift", rows(r.interactionLift(), FunnelHtml::lift));
        v.put("ruleLift", rows(r.ruleLift(), FunnelHtml::lift));
        v.put("hasRules", !r.ruleLift().isEmpty());
        r.calibration().ifPresent(c -> {
            Map<String, Object> cal = new LinkedHashMap<>();
            cal.put("judgedAt", c.judgedAt());
            cal.put("auc", Formats.ratio(c.auc()));
            cal.put("won", c.won());
            cal.put("lost", c.lost());
            cal.put("bands", rows(c.bands(), FunnelHtml::calibration));
            cal.put("stages", rows(c.stages(), FunnelHtml::calibration));
            v.put("calibration", cal);
        });
        v.put("agreement", rows(r.agreement(), a -> Map.of("stage", a.stage().name(), "judged", a.judged(),
                "agreed", Formats.percent(a.agreed()))));
        v.put("hasAgreement", !r.agreement().isEmpty());
        v.put("hasSla", !r.sla().byStage().isEmpty());
        v.put("slaByStage", rows(r.sla().byStage(), FunnelHtml::compliance));
        v.put("slaByOwner", rows(r.sla().byOwner(), FunnelHtml::compliance));
        v.put("openBreachCount", r.sla().openBreachCount());
        v.put("breachesTruncated", r.sla().openBreaches().size() < r.sla().openBreachCount());
        v.put("breachesListed", r.sla().openBreaches().size());
        v.put("breaches", rows(r.sla().openBreaches(), b -> Map.of("lead", b.leadId(),
                "owner", b.owner().orElse("(unassigned)"), "stage", b.stage().name(),
                "requirement", b.requirement().name(), "due", b.dueAt().toString(),
                "late", Durations.shortText(b.lateBy()))));
        return v;
    }

    private static Map<String, Object> lift(SignalLift s) {
        return Map.of("signal", s.signal(), "won", s.amongWon().count() + " (" + Formats.percent(s.amongWon()) + ")",
                "lost", s.amongLost().count() + " (" + Formats.percent(s.amongLost()) + ")",
                "lift", Formats.lift(s.lift()));
    }

    private static Map<String, Object> calibration(CalibrationRow c) {
        return Map.of("label", c.label(), "leads", c.leads(), "won", c.won(), "lost", c.lost(),
                "conversion", Formats.percent(c.conversion()), "ci", Formats.interval(c.conversion()),
                "lift", Formats.lift(c.lift()));
    }

    private static Map<String, Object> compliance(SlaCompliance c) {
        return Map.of("key", c.key(), "due", c.due(), "met", c.met(), "late", c.metLate(), "missed", c.missed(),
                "breached", c.breached(), "compliance", Formats.percent(c.compliance()));
    }

    private static <T> List<Map<String, Object>> rows(List<T> items, java.util.function.Function<T, Map<String, Object>> f) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (T t : items) {
            out.add(f.apply(t));
        }
        return out;
    }
}

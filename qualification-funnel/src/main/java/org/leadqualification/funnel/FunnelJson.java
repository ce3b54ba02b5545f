package org.leadqualification.funnel;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leadqualification.funnel.FunnelReport.CalibrationRow;
import org.leadqualification.funnel.FunnelReport.SignalLift;
import org.leadqualification.funnel.FunnelReport.SlaCompliance;

/**
 * Writes a {@link FunnelReport} as JSON, in the shape of the JSON Schema {@link #schema()}. Time spans are hours
 * (decimals), instants ISO-8601 in UTC, shares objects {@code {count, of, value, low, high}} (value and the Wilson
 * interval null for a share of nothing). Stateless and thread-safe.
 */
public final class FunnelJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String SCHEMA = "/org/leadqualification/funnel/funnel-report.schema.json";

    private FunnelJson() {
    }

    /**
     * @param report the report
     * @return the report as pretty-printed JSON
     */
    public static String toJson(FunnelReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the report, pretty-printed, in UTF-8; the stream is flushed, not closed.
     *
     * @param report the report
     * @param out    where to
     * @throws UncheckedIOException if writing fails
     */
    public static void write(FunnelReport report, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            writeReport(g, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON Schema (draft 2020-12) of the report */
    public static String schema() {
        try (InputStream in = FunnelJson.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeReport(JsonGenerator g, FunnelReport r) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("period");
        instant(g, "start", r.periodStart());
        instant(g, "end", r.periodEnd());
        g.writeEndObject();
        instant(g, "asOf", r.asOf());
        g.writeNumberField("conversionWindowHours", Durations.hours(r.window()));

        FunnelReport.LeadCounts n = r.leads();
        g.writeObjectFieldStart("leads");
        g.writeNumberField("read", n.read());
        g.writeNumberField("cohort", n.cohort());
        g.writeNumberField("outsidePeriod", n.outsidePeriod());
        g.writeNumberField("undated", n.undated());
        g.writeNumberField("errors", n.errors());
        g.writeNumberField("judged", n.judged());
        g.writeNumberField("judgeFailures", n.judgeFailures());
        g.writeEndObject();

        g.writeArrayFieldStart("funnel");
        for (FunnelReport.StepCount s : r.funnel()) {
            g.writeStartObject();
            g.writeStringField("step", s.step().name());
            g.writeNumberField("leads", s.leads());
            rate(g, "ofCohort", s.share());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("cohortConversion");
        for (FunnelReport.StepConversion c : r.cohortConversion()) {
            g.writeStartObject();
            g.writeStringField("from", c.from().name());
            g.writeStringField("to", c.to().name());
            g.writeNumberField("entered", c.entered());
            g.writeNumberField("immature", c.immature());
            g.writeNumberField("converted", c.converted());
            rate(g, "rate", c.rate());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("periodConversion");
        for (FunnelReport.PeriodConversion c : r.periodConversion()) {
            g.writeStartObject();
            g.writeStringField("from", c.from().name());
            g.writeStringField("to", c.to().name());
            g.writeNumberField("enteredFrom", c.enteredFrom());
            g.writeNumberField("reachedTo", c.reachedTo());
            number(g, "ratio", c.ratio());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("velocity");
        for (FunnelReport.StageVelocity v : r.velocity()) {
            g.writeStartObject();
            g.writeStringField("stage", v.stage().name());
            g.writeNumberField("completed", v.completed());
            g.writeNumberField("ongoing", v.ongoing());
            hours(g, "medianHours", v.time().median());
            hours(g, "p90Hours", v.time().p90());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("salesCycle");
        g.writeNumberField("count", r.salesCycle().count());
        hours(g, "medianHours", r.salesCycle().median());
        hours(g, "p90Hours", r.salesCycle().p90());
        g.writeEndObject();

        g.writeArrayFieldStart("sources");
        for (FunnelReport.SourcePerformance s : r.sources()) {
            g.writeStartObject();
            g.writeStringField("source", s.source());
            g.writeNumberField("leads", s.leads());
            rate(g, "mql", s.mql());
            rate(g, "sql", s.sql());
            rate(g, "won", s.won());
            g.writeNumberField("revenue", s.revenue());
            g.writeNumberField("revenuePerLead", s.revenuePerLead());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("activity");
        for (FunnelReport.StageActivity a : r.activity()) {
            g.writeStartObject();
            g.writeStringField("stage", a.stage().name());
            g.writeNumberField("leads", a.leads());
            rate(g, "engaged", a.engaged());
            rate(g, "demoRequested", a.demo());
            g.writeEndObject();
        }
        g.writeEndArray();

        lifts(g, "interactionLift", r.interactionLift());
        lifts(g, "ruleLift", r.ruleLift());

        if (r.calibration().isEmpty()) {
            g.writeNullField("calibration");
        } else {
            FunnelReport.Calibration c = r.calibration().get();
            g.writeObjectFieldStart("calibration");
            g.writeStringField("judgedAt", c.judgedAt());
            g.writeNumberField("won", c.won());
            g.writeNumberField("lost", c.lost());
            number(g, "auc", c.auc());
            calibrationRows(g, "scoreBands", c.bands());
            calibrationRows(g, "stages", c.stages());
            g.writeEndObject();
        }

        g.writeArrayFieldStart("agreement");
        for (FunnelReport.StageAgreement a : r.agreement()) {
            g.writeStartObject();
            g.writeStringField("stage", a.stage().name());
            g.writeNumberField("judged", a.judged());
            rate(g, "agreed", a.agreed());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeObjectFieldStart("sla");
        compliance(g, "byStage", r.sla().byStage());
        compliance(g, "byOwner", r.sla().byOwner());
        g.writeNumberField("openBreachCount", r.sla().openBreachCount());
        g.writeArrayFieldStart("openBreaches");
        for (FunnelReport.OpenBreach b : r.sla().openBreaches()) {
            g.writeStartObject();
            g.writeStringField("leadId", b.leadId());
            text(g, "owner", b.owner());
            g.writeStringField("stage", b.stage().name());
            g.writeStringField("requirement", b.requirement().name());
            instant(g, "dueAt", b.dueAt());
            g.writeNumberField("lateHours", Durations.hours(b.lateBy()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void lifts(JsonGenerator g, String name, List<SignalLift> lifts) throws IOException {
        g.writeArrayFieldStart(name);
        for (SignalLift s : lifts) {
            g.writeStartObject();
            g.writeStringField("signal", s.signal());
            rate(g, "amongWon", s.amongWon());
            rate(g, "amongLost", s.amongLost());
            number(g, "lift", s.lift());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void calibrationRows(JsonGenerator g, String name, List<CalibrationRow> rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (CalibrationRow row : rows) {
            g.writeStartObject();
            g.writeStringField("label", row.label());
            g.writeNumberField("leads", row.leads());
            g.writeNumberField("won", row.won());
            g.writeNumberField("lost", row.lost());
            rate(g, "conversion", row.conversion());
            number(g, "lift", row.lift());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void compliance(JsonGenerator g, String name, List<SlaCompliance> rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (SlaCompliance c : rows) {
            g.writeStartObject();
            g.writeStringField("key", c.key());
            g.writeNumberField("due", c.due());
            g.writeNumberField("met", c.met());
            g.writeNumberField("metLate", c.metLate());
            g.writeNumberField("missed", c.missed());
            g.writeNumberField("breached", c.breached());
            rate(g, "compliance", c.compliance());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void rate(JsonGenerator g, String name, Rate r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("count", r.count());
        g.writeNumberField("of", r.of());
        number(g, "value", r.value());
        number(g, "low", r.low());
        number(g, "high", r.high());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, OptionalDouble v) throws IOException {
        if (v.isPresent()) {
            g.writeNumberField(name, v.getAsDouble());
        } else {
            g.writeNullField(name);
        }
    }

    private static void hours(JsonGenerator g, String name, Optional<Duration> d) throws IOException {
        if (d.isPresent()) {
            g.writeNumberField(name, Durations.hours(d.get()));
        } else {
            g.writeNullField(name);
        }
    }

    private static void text(JsonGenerator g, String name, Optional<String> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(name, v.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void instant(JsonGenerator g, String name, Instant at) throws IOException {
        g.writeStringField(name, at.toString());
    }
}

package org.leadqualification.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leadqualification.learn.ScoreQuality;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * Prints what {@code impact} finds, as it finds it: the leads that change stage while the leads are read, then the
 * totals.
 */
interface ImpactReport {

    /**
     * @param when      when the leads are judged
     * @param baseline  the baseline engine
     * @param candidate the candidate engine
     * @throws IOException if writing fails
     */
    void begin(ImpactCommand.When when, EngineSpec baseline, EngineSpec candidate) throws IOException;

    /**
     * @param change a lead that changes stage
     * @throws IOException if writing fails
     */
    void change(Impact.Change change) throws IOException;

    /**
     * @param impact the totals
     * @param errors how many leads had errors
     * @throws IOException if writing fails
     */
    void end(Impact impact, long errors) throws IOException;

    /** @return {@code +1.50}, {@code -0.25}, {@code +0.00} */
    static String signed(double value) {
        String s = String.format(Locale.ROOT, "%+.2f", value);
        return s.equals("-0.00") ? "+0.00" : s;
    }

    /** For people. */
    final class Text implements ImpactReport {
        private final PrintWriter out;
        private boolean anyChange;

        Text(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void begin(ImpactCommand.When when, EngineSpec baseline, EngineSpec candidate) {
            out.println("Baseline:  " + baseline.describe());
            out.println("Candidate: " + candidate.describe());
            if (when.decision().isPresent()) {
                out.println("Judged:    each lead at its decision instant, " + when.decision().get() + ", knowing "
                        + "only what was known then; none after " + when.asOf());
            } else {
                out.println("As of:     " + when.asOf());
            }
            out.println();
            out.flush();
        }

        @Override
        public void change(Impact.Change change) {
            if (!anyChange) {
                out.println("Leads that change stage:");
                anyChange = true;
            }
            Qualification b = change.baseline();
            Qualification c = change.candidate();
            out.println("  " + b.leadId() + "  " + b.stage() + " -> " + c.stage() + "  (score " + b.score() + " -> "
                    + c.score() + ")");
            change.onlyInBaseline().forEach(r -> out.println("      - " + describe(r)));
            change.onlyInCandidate().forEach(r -> out.println("      + " + describe(r)));
        }

        private static String describe(Reason r) {
            String points = r.points() == 0 && r.dimension().isEmpty() ? "" : " " + ResultTable.signed(r.points());
            return r.rule() + points + r.dimension().map(d -> " (" + d.jsonName() + ")").orElse("");
        }

        @Override
        public void end(Impact impact, long errors) {
            if (!anyChange) {
                out.println("No lead changes stage.");
            }
            out.println();
            out.println(impact.leads() + (impact.leads() == 1 ? " lead" : " leads") + " judged both ways, "
                    + impact.changed() + " changed stage" + (errors > 0 ? ", " + errors
                    + (errors == 1 ? " lead" : " leads") + " with errors (on standard error)" : "") + ".");
            out.println();
            matrix(impact);
            out.println();
            if (impact.leads() == 0) {
                out.println("Mean shift (candidate - baseline): no lead judged");
            } else {
                StringBuilder sb = new StringBuilder("Mean shift (candidate - baseline): score ")
                        .append(signed(impact.meanScoreShift().orElseThrow()));
                for (Dimension d : Dimension.values()) {
                    sb.append(", ").append(d.jsonName()).append(' ').append(signed(impact.meanShift(d).orElseThrow()));
                }
                out.println(sb);
            }
            long undecided = impact.leadsWithoutDecisionInstant();
            if (undecided > 0) {
                out.println(undecided + (undecided == 1 ? " lead without a decision instant was" : " leads without a "
                        + "decision instant were") + " not judged.");
            }
            impact.ranking().ifPresent(r -> {
                out.println();
                out.println("Won and lost leads (" + r.baseline().leads() + ", " + r.baseline().won() + " won), "
                        + "how well each side's score ranks them:");
                ranking(out, "baseline", r.baseline(), "candidate", r.candidate());
            });
            out.flush();
        }

        /**
         * Prints two scores' quality side by side.
         *
         * @param out    where to
         * @param first  the first side's name
         * @param a      its quality
         * @param second the second side's name
         * @param b      its quality
         */
        static void ranking(PrintWriter out, String first, ScoreQuality a, String second, ScoreQuality b) {
            int w = Math.max(first.length(), second.length());
            out.println(String.format(Locale.ROOT, "  %-" + w + "s  %7s  %15s  %13s", "", "ROC AUC", "top-decile lift",
                    "MQL or better"));
            for (Object[] side : new Object[][] {{first, a}, {second, b}}) {
                ScoreQuality q = (ScoreQuality) side[1];
                out.println(String.format(Locale.ROOT, "  %-" + w + "s  %7.3f  %15.2f  %12.1f%%", side[0], q.auc(),
                        q.topDecileLift(), q.mqlOrBetter() * 100));
            }
        }

        private void matrix(Impact impact) {
            Stage[] stages = Stage.values();
            String corner = "baseline \\ candidate";
            int first = corner.length();
            for (Stage s : stages) {
                first = Math.max(first, s.name().length());
            }
            StringBuilder header = new StringBuilder(String.format("%-" + first + "s", corner));
            for (Stage s : stages) {
                header.append("  ").append(s.name());
            }
            out.println("Stage transitions (rows: baseline stage, columns: candidate stage):");
            out.println(header.append("  total"));
            long[] columnTotals = new long[stages.length];
            for (Stage from : stages) {
                StringBuilder row = new StringBuilder(String.format("%-" + first + "s", from.name()));
                long total = 0;
                for (Stage to : stages) {
                    long n = impact.transitions(from, to);
                    total += n;
                    columnTotals[to.ordinal()] += n;
                    row.append("  ").append(String.format("%" + to.name().length() + "d", n));
                }
                out.println(row.append("  ").append(String.format("%5d", total)));
            }
            StringBuilder totals = new StringBuilder(String.format("%-" + first + "s", "total"));
            for (Stage to : stages) {
                totals.append("  ").append(String.format("%" + to.name().length() + "d", columnTotals[to.ordinal()]));
            }
            out.println(totals.append("  ").append(String.format("%5d", impact.leads())));
        }
    }

    /**
     * One JSON object: {@code asOf}, {@code judgeAt} ({@code as-of} or the decision instant), {@code baseline},
     * {@code candidate}, {@code changes} (written while the leads are read), then {@code leads}, {@code changed},
     * {@code errors}, {@code transitions} (baseline stage to candidate stage to count), {@code meanShift} (score and
     * each dimension, 2 decimals; null without leads), {@code withoutDecisionInstant} (leads not judged) and
     * {@code ranking} (with a decision instant and won or lost leads: {@code leads}, {@code won}, and per side
     * {@code auc}, {@code topDecileLift}, {@code mqlOrBetter}; else null).
     */
    final class Json implements ImpactReport {
        private final PrintWriter out;
        private final JsonGenerator json;

        Json(PrintWriter out) {
            this.out = out;
            try {
                this.json = new JsonFactory().createGenerator(ResultSink.unclosable(out)).useDefaultPrettyPrinter();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void begin(ImpactCommand.When when, EngineSpec baseline, EngineSpec candidate) throws IOException {
            json.writeStartObject();
            json.writeStringField("asOf", when.asOf().toString());
            json.writeStringField("judgeAt", when.decision().map(d -> "decision instant, " + d).orElse("as-of"));
            json.writeStringField("baseline", baseline.describe());
            json.writeStringField("candidate", candidate.describe());
            json.writeArrayFieldStart("changes");
        }

        @Override
        public void change(Impact.Change change) throws IOException {
            json.writeStartObject();
            json.writeStringField("leadId", change.baseline().leadId());
            side("baseline", change.baseline());
            side("candidate", change.candidate());
            reasons("onlyInBaseline", change.onlyInBaseline());
            reasons("onlyInCandidate", change.onlyInCandidate());
            json.writeEndObject();
        }

        private void side(String name, Qualification q) throws IOException {
            json.writeObjectFieldStart(name);
            json.writeStringField("stage", q.stage().name());
            json.writeNumberField("score", q.score());
            json.writeStringField("grade", q.grade().name());
            json.writeObjectFieldStart("dimensions");
            for (Dimension d : Dimension.values()) {
                json.writeNumberField(d.jsonName(), q.dimensions().get(d));
            }
            json.writeEndObject();
            json.writeEndObject();
        }

        private void reasons(String name, List<Reason> reasons) throws IOException {
            json.writeArrayFieldStart(name);
            for (Reason r : reasons) {
                json.writeStartObject();
                json.writeStringField("rule", r.rule());
                if (r.dimension().isPresent()) {
                    json.writeStringField("dimension", r.dimension().get().jsonName());
                }
                json.writeNumberField("points", r.points());
                if (r.detail().isPresent()) {
                    json.writeStringField("detail", r.detail().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        @Override
        public void end(Impact impact, long errors) throws IOException {
            json.writeEndArray();
            json.writeNumberField("leads", impact.leads());
            json.writeNumberField("changed", impact.changed());
            json.writeNumberField("errors", errors);
            json.writeObjectFieldStart("transitions");
            for (Stage from : Stage.values()) {
                json.writeObjectFieldStart(from.name());
                for (Stage to : Stage.values()) {
                    json.writeNumberField(to.name(), impact.transitions(from, to));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("meanShift");
            shift("score", impact.meanScoreShift());
            for (Dimension d : Dimension.values()) {
                shift(d.jsonName(), impact.meanShift(d));
            }
            json.writeEndObject();
            json.writeNumberField("withoutDecisionInstant", impact.leadsWithoutDecisionInstant());
            if (impact.ranking().isPresent()) {
                Impact.Ranking r = impact.ranking().get();
                json.writeObjectFieldStart("ranking");
                json.writeNumberField("leads", r.baseline().leads());
                json.writeNumberField("won", r.baseline().won());
                quality("baseline", r.baseline());
                quality("candidate", r.candidate());
                json.writeEndObject();
            } else {
                json.writeNullField("ranking");
            }
            json.writeEndObject();
            json.flush();
            out.println();
            out.flush();
        }

        private void quality(String name, ScoreQuality q) throws IOException {
            json.writeObjectFieldStart(name);
            json.writeNumberField("auc", q.auc());
            json.writeNumberField("topDecileLift", q.topDecileLift());
            json.writeNumberField("mqlOrBetter", q.mqlOrBetter());
            json.writeEndObject();
        }

        private void shift(String name, Optional<Double> value) throws IOException {
            if (value.isPresent()) {
                json.writeNumberField(name, BigDecimal.valueOf(value.get()).setScale(2, RoundingMode.HALF_UP));
            } else {
                json.writeNullField(name);
            }
        }
    }
}

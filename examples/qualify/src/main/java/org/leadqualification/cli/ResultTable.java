package org.leadqualification.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * Prints results as aligned columns: id, stage, score, grade, the four dimensions and the top reasons. Streams:
 * only the first {@value #SIZING_ROWS} rows are held, to size the id column; a longer id later just widens its
 * own row. Ends with a count per stage.
 */
final class ResultTable implements ResultSink {
    /** Rows held back to measure the ids before the header is printed. */
    static final int SIZING_ROWS = 64;
    /** Reasons shown per lead, the largest by absolute points first. */
    static final int TOP_REASONS = 3;

    private final PrintWriter out;
    private final Instant asOf;
    private final List<Qualification> pending = new ArrayList<>();
    private final Map<Stage, Long> stages = new EnumMap<>(Stage.class);
    private long rows;
    private int idWidth = -1;
    private final boolean likelihood;

    /** @param likelihood whether a LIKELIHOOD column follows BANT (results of an engine with a learned model) */
    ResultTable(PrintWriter out, Instant asOf, boolean likelihood) {
        this.out = out;
        this.asOf = asOf;
        this.likelihood = likelihood;
    }

    @Override
    public void accept(Qualification result) {
        stages.merge(result.stage(), 1L, Long::sum);
        rows++;
        if (idWidth >= 0) {
            row(result);
            return;
        }
        pending.add(result);
        if (pending.size() == SIZING_ROWS) {
            flushPending();
        }
    }

    @Override
    public void finish(long errors) {
        flushPending();
        out.println();
        StringBuilder sb = new StringBuilder().append(rows).append(rows == 1 ? " lead" : " leads")
                .append(" judged as of ").append(asOf);
        if (rows > 0) {
            sb.append(": ").append(stages.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
        }
        if (errors > 0) {
            sb.append("; ").append(errors).append(errors == 1 ? " lead" : " leads")
                    .append(" with errors (on standard error)");
        }
        out.println(sb);
    }

    @Override
    public void close() {
        flushPending();
        out.flush();
    }

    private void flushPending() {
        if (idWidth >= 0) {
            return;
        }
        idWidth = Math.max("ID".length(), pending.stream().mapToInt(q -> q.leadId().length()).max().orElse(0));
        out.println(String.format("%-" + idWidth + "s  %-17s  %5s  %-5s  %3s  %10s  %6s  %4s  %s%s",
                "ID", "STAGE", "SCORE", "GRADE", "FIT", "ENGAGEMENT", "INTENT", "BANT",
                likelihood ? "LIKELIHOOD  " : "", "TOP REASONS"));
        pending.forEach(this::row);
        pending.clear();
        out.flush();
    }

    private void row(Qualification q) {
        DimensionScores d = q.dimensions();
        out.println(String.format("%-" + idWidth + "s  %-17s  %5d  %-5s  %3d  %10d  %6d  %4d  %s%s",
                q.leadId(), q.stage(), q.score(), q.grade(), d.fit(), d.engagement(), d.intent(), d.bant(),
                likelihood ? String.format(java.util.Locale.ROOT, "%10s  ", q.likelihood().isPresent()
                        ? String.format(java.util.Locale.ROOT, "%.1f%%", q.likelihood().getAsDouble() * 100) : "-")
                        : "", topReasons(q)));
    }

    /**
     * @param q a result
     * @return its reasons with the largest absolute points, e.g. {@code Demo requested +30, Target industry +20}
     */
    static String topReasons(Qualification q) {
        String top = q.reasons().stream()
                .filter(r -> r.points() != 0)
                .sorted(Comparator.comparingInt((Reason r) -> Math.abs(r.points())).reversed())
                .limit(TOP_REASONS)
                .map(r -> r.rule() + " " + signed(r.points()))
                .collect(Collectors.joining(", "));
        return top.isEmpty() ? "-" : top;
    }

    /**
     * @param points points
     * @return {@code +20}, {@code -10}, {@code 0}
     */
    static String signed(long points) {
        return points > 0 ? "+" + points : Long.toString(points);
    }
}

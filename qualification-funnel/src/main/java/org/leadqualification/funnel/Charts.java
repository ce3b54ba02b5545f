package org.leadqualification.funnel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.leadqualification.funnel.FunnelReport.CalibrationRow;
import org.leadqualification.funnel.FunnelReport.SourcePerformance;
import org.leadqualification.funnel.FunnelReport.StageVelocity;
import org.leadqualification.funnel.FunnelReport.StepCount;

/**
 * The report's charts, drawn by JFreeChart into SVG (JFreeSVG), to be inlined in the HTML page: no script or
 * network needed to view them. Package-private.
 */
final class Charts {
    static final int WIDTH = 560;
    static final int HEIGHT = 320;
    private static final Color[] SERIES = {new Color(0x2B6CB0), new Color(0xDD6B20), new Color(0x38A169),
            new Color(0x805AD5)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Charts() {
    }

    /** The funnel: cohort leads per step, as horizontal bars. */
    static String funnel(List<StepCount> steps) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StepCount s : steps) {
            data.addValue(s.leads(), "Leads", s.step().label());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Cohort leads", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        style(chart, "0", true);
        chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return svg(chart, "funnel");
    }

    /** Conversion (won of judged leads) per score band, in percent. */
    static String scoreBands(List<CalibrationRow> bands) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CalibrationRow r : bands) {
            data.addValue(r.conversion().value().orElse(0) * 100, "Conversion to won (%)", r.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, "Score band", "Won (% of judged leads)", data,
                PlotOrientation.VERTICAL, false, false, false);
        style(chart, "0.#", true);
        // Ten band labels such as "90-100" in 560 pixels: let them use the space of their neighbours' margins.
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(1.5f);
        chart.getCategoryPlot().getDomainAxis().setCategoryMargin(0.1);
        return svg(chart, "deciles");
    }

    /** MQL, SQL and win rates per source, for the sources with the most leads. */
    static String sources(List<SourcePerformance> sources, int max) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SourcePerformance s : sources.subList(0, Math.min(max, sources.size()))) {
            data.addValue(s.mql().value().orElse(0) * 100, "MQL %", s.source());
            data.addValue(s.sql().value().orElse(0) * 100, "SQL %", s.source());
            data.addValue(s.won().value().orElse(0) * 100, "Won %", s.source());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "% of the source's leads", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, "0", false);
        return svg(chart, "sources");
    }

    /** Median and 90th percentile of the time in each recorded stage, in days. */
    static String timeInStage(List<StageVelocity> velocity) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StageVelocity v : velocity) {
            data.addValue(v.time().median().map(d -> d.getSeconds() / 86_400.0).orElse(0.0), "Median",
                    v.stage().name());
            data.addValue(v.time().p90().map(d -> d.getSeconds() / 86_400.0).orElse(0.0), "90th percentile",
                    v.stage().name());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Days in stage", data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart, "0.#", false);
        return svg(chart, "velocity");
    }

    private static void style(JFreeChart chart, String labelFormat, boolean labels) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setRegularFont(FONT);
        theme.setLargeFont(FONT.deriveFont(Font.BOLD, 13f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCBD5E0));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format("0.#"));
        plot.getRangeAxis().setUpperMargin(0.12); // room for the value labels above the tallest bar
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < SERIES.length; i++) {
            r.setSeriesPaint(i, SERIES[i]);
        }
        if (labels) {
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(labelFormat)));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(FONT);
        }
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static String svg(JFreeChart chart, String id) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(id + "-"); // several charts share one page: their clip-path ids must not clash
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(id + "-svg");
    }
}

package org.leadqualification.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: self-contained, with the hand-worked numbers, and its charts rendered by a real browser. */
class FunnelHtmlTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String html = FunnelHtml.render(HandMadeLeads.report());

    @Test
    void thePage_loadsNothingFromOutside() {
        // The only URLs are XML namespaces of the inline SVG, which no browser fetches.
        String withoutNamespaces = html.replace("xmlns='http://www.w3.org/2000/svg'", "")
                .replace("xmlns:xlink='http://www.w3.org/1999/xlink'", "")
                .replace("xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
        assertThat(withoutNamespaces).doesNotContain("http://", "https://", "<link", "src=");
        assertThat(html).contains("<svg").contains("data-chart=\"funnel\"").contains("data-chart=\"deciles\"")
                .contains("data-chart=\"sources\"").contains("data-chart=\"velocity\"");
    }

    @Test
    void thePage_showsTheHandWorkedNumbers() {
        assertThat(html).contains("<td>Lead</td><td>MQL</td><td>7</td><td>0</td><td>6</td><td>85.7%</td>"
                + "<td>48.7-97.4%</td>");
        assertThat(html).contains("<td>MQL</td><td>SQL</td><td>6</td><td class=\"immature\">1</td><td>3</td>"
                + "<td>60.0%</td>");
        assertThat(html).contains("<td>Sales cycle (SQL to won)</td><td>2</td><td></td><td>14.5 d</td>"
                + "<td>15.0 d</td>");
        assertThat(html).contains("<td>PAGE_VIEW</td><td>1 (50.0%)</td><td>2 (100.0%)</td><td>0.50x</td>");
        assertThat(html).contains("ROC AUC of the score, won against lost: <b>0.875</b>");
        assertThat(html).contains("<td>70-79</td><td>2</td><td>1</td><td>1</td><td>50.0%</td>");
        assertThat(html).contains("<td>ana</td><td>5</td><td>4</td><td>1</td><td>0</td><td>0</td><td>80.0%</td>");
        assertThat(html).contains("<b>2 open breaches</b>");
        assertThat(html).contains("<td>F</td><td>cy</td><td>MQL</td><td>ACCEPTED_OR_REJECTED</td>"
                + "<td>2026-09-05T00:00:00Z</td><td>57.0 d</td>");
    }

    @Test
    void textIsEscaped() {
        FunnelReport report = FunnelAnalyzer.builder().period(HandMadeLeads.D0, HandMadeLeads.PERIOD_END).build()
                .analyze(java.util.stream.Stream.of(org.leadqualification.model.Lead.builder("x")
                        .source("<script>alert(1)</script>").createdAt(HandMadeLeads.day(1)).build()));

        assertThat(FunnelHtml.render(report)).doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void inHeadlessChromium_everyChartRenders(@TempDir Path work) throws Exception {
        Chromium chromium = Chromium.findOrSkip();
        Path page = work.resolve("funnel.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);

        String dom = chromium.dumpDom(page, work);

        assertThat(dom).contains("data-charts-rendered=\"4/4\"");
        Matcher m = Pattern.compile("<figure data-chart=\"(\\w+)\" data-rendered=\"(\\w+)\"").matcher(dom);
        int charts = 0;
        while (m.find()) {
            assertThat(m.group(2)).as("chart %s rendered", m.group(1)).isEqualTo("true");
            charts++;
        }
        assertThat(charts).isEqualTo(4);

        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve("hand-made-funnel.png");
        Files.deleteIfExists(png);
        chromium.screenshot(page, work, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        // The bars are painted in the first series colour, #2B6CB0: the charts drew their data, not just axes.
        assertThat(pixels(image, 0x2B6CB0)).isGreaterThan(2_000);
        // And in the second (the sources' SQL rate, the 90th percentile of time in stage), #DD6B20.
        assertThat(pixels(image, 0xDD6B20)).isGreaterThan(500);
    }

    private static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}

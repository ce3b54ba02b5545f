package org.leadqualification.examples.xeducation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.funnel.FunnelAnalyzer;
import org.leadqualification.funnel.FunnelReport;
import org.leadqualification.funnel.FunnelReport.Calibration;
import org.leadqualification.funnel.FunnelReport.CalibrationRow;
import org.leadqualification.funnel.JudgeAt;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.RuleBasedQualifier;

/**
 * The funnel report on converted X Education leads, recomputed here from each lead's own judgement: won and lost
 * counts, conversion by score band and the ROC AUC (Mann-Whitney over every won-lost pair); on the hand-made rows and
 * on the real file, whose numbers the README quotes.
 */
class XEducationFunnelTest {

    static final Duration DECISION = Duration.ofDays(30);
    static RuleBasedQualifier rules;

    @BeforeAll
    static void buildRules() {
        rules = RuleBasedQualifier.builder().build();
    }

    @AfterAll
    static void closeRules() {
        rules.close();
    }

    /** The command the README gives: qualify funnel --from 2019-01-01 --to 2020-01-01 --as-of 2020-02-01 ... */
    static FunnelReport analyze(List<Lead> leads) {
        return FunnelAnalyzer.builder()
                .period(Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"))
                .asOf(Instant.parse("2020-02-01T00:00:00Z")).conversionWindow(Duration.ofDays(30))
                .qualifier(rules, JudgeAt.afterCreation(DECISION)).build().analyze(leads.stream());
    }

    /** Each lead's built-in score, judged 30 days after creation, straight from the qualifier. */
    static int[] scores(List<Lead> leads) {
        return leads.stream().mapToInt(l -> rules.qualify(l, l.createdAt().orElseThrow().plus(DECISION)).score())
                .toArray();
    }

    static boolean[] won(List<Lead> leads) {
        boolean[] won = new boolean[leads.size()];
        for (int i = 0; i < won.length; i++) {
            won[i] = leads.get(i).outcome().orElseThrow().isWon();
        }
        return won;
    }

    /** P(score of a won lead > score of a lost lead) + half the ties, over every pair: the textbook definition. */
    static double mannWhitneyAuc(int[] scores, boolean[] won) {
        long[] wonAt = new long[101];
        long[] lostAt = new long[101];
        for (int i = 0; i < scores.length; i++) {
            (won[i] ? wonAt : lostAt)[scores[i]]++;
        }
        double pairs = 0;
        double favourable = 0;
        for (int w = 0; w <= 100; w++) {
            for (int l = 0; l <= 100; l++) {
                long n = wonAt[w] * lostAt[l];
                pairs += n;
                favourable += w > l ? n : w == l ? n / 2.0 : 0;
            }
        }
        return favourable / pairs;
    }

    static void assertCalibrationMatches(Calibration c, int[] scores, boolean[] won) {
        long wonCount = 0;
        for (boolean b : won) {
            wonCount += b ? 1 : 0;
        }
        assertThat(c.won()).isEqualTo(wonCount);
        assertThat(c.lost()).isEqualTo(won.length - wonCount);
        assertThat(c.auc().orElseThrow()).isCloseTo(mannWhitneyAuc(scores, won), within(1e-12));
        for (int band = 0; band < 10; band++) {
            int lo = band * 10;
            int hi = band == 9 ? 100 : lo + 9;
            long leads = 0;
            long bandWon = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] >= lo && scores[i] <= hi) {
                    leads++;
                    bandWon += won[i] ? 1 : 0;
                }
            }
            CalibrationRow row = c.bands().get(band);
            assertThat(row.label()).isEqualTo(lo + "-" + hi);
            assertThat(row.leads()).as(row.label()).isEqualTo(leads);
            assertThat(row.won()).as(row.label()).isEqualTo(bandWon);
        }
    }

    @Test
    void handMadeRows_reportCountsBandsAndAuc_asRecomputed() throws IOException {
        List<Lead> leads = XEducation.read(new StringReader(XEducationTest.handMadeCsv()),
                XEducation.Options.defaults());
        FunnelReport report = analyze(leads);
        assertThat(report.leads().cohort()).isEqualTo(5);
        assertThat(report.leads().judged()).isEqualTo(5);
        int[] scores = scores(leads);
        assertCalibrationMatches(report.calibration().orElseThrow(), scores, won(leads));
        // Two won, three lost: six pairs, so the AUC is a multiple of 1/12.
        double auc = report.calibration().orElseThrow().auc().orElseThrow();
        assertThat(auc * 12).isCloseTo(Math.rint(auc * 12), within(1e-9));
    }

    @Test
    void realFile_reportsTheReadmesAuc_asRecomputed() throws IOException {
        List<Lead> leads = XEducation.read(RealData.leadsCsv());
        FunnelReport report = analyze(leads);
        Calibration c = report.calibration().orElseThrow();
        int[] scores = scores(leads);
        assertCalibrationMatches(c, scores, won(leads));

        String readme = Files.readString(Path.of(System.getProperty("xeducation.readme")), StandardCharsets.UTF_8);
        Matcher auc = Pattern.compile("X Education.*?ROC AUC of the built-in score, won against lost: \\*\\*(0\\.\\d{3})\\*\\*",
                Pattern.DOTALL).matcher(readme);
        assertThat(auc.find()).as("README states the X Education AUC").isTrue();
        assertThat(auc.group(1)).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", mannWhitneyAuc(scores, won(leads))));
        Matcher counts = Pattern.compile("\\| (\\d[\\d,]*) leads \\| (\\d[\\d,]*) won \\| (\\d[\\d,]*) lost \\|").matcher(readme);
        assertThat(counts.find()).as("README states the X Education counts").isTrue();
        assertThat(counts.group(1).replace(",", "")).isEqualTo(String.valueOf(leads.size()));
        assertThat(counts.group(2).replace(",", "")).isEqualTo(String.valueOf(c.won()));
        assertThat(counts.group(3).replace(",", "")).isEqualTo(String.valueOf(c.lost()));
        for (CalibrationRow row : c.bands()) {
            if (row.leads() > 0) {
                assertThat(readme).as("README band row " + row.label()).contains("| " + row.label() + " | "
                        + String.format(java.util.Locale.ROOT, "%,d | %,d | %,d |", row.leads(), row.won(), row.lost()));
            }
        }
    }
}

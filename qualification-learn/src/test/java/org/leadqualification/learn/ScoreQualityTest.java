package org.leadqualification.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/** AUC, top-decile lift and MQL share of a score, recomputed by hand on small made-up sets. */
class ScoreQualityTest {
    private record Judged(int score, Stage stage, boolean won) {
    }

    private static Qualification result(int score, Stage stage) {
        return new Qualification("L-" + score, Instant.parse("2026-11-01T00:00:00Z"), stage, score, Grade.C,
                new DimensionScores(0, 0, 0, 0), List.of(), Set.of(), "Nurture");
    }

    private static ScoreQuality quality(List<Judged> leads) {
        ScoreQuality.Tally tally = new ScoreQuality.Tally();
        leads.forEach(j -> tally.add(result(j.score(), j.stage()), j.won()));
        return tally.result();
    }

    @Test
    void tenLeads_byHand() {
        // Won: 90, 70, 70, 30; lost: 80, 70, 50, 20, 10, 10. 24 won-lost pairs: 90 beats 6, each 70 beats 4 and ties
        // 1, 30 beats 3: (6 + 4.5 + 4.5 + 3) / 24 = 0.75. Top tenth = 1 lead, the 90 (won): lift (1/1) / (4/10) = 2.5.
        // MQL or better: 90 (SQL), 80 (MQL), 70 won (PQL): 3 of 10.
        List<Judged> leads = List.of(new Judged(90, Stage.SQL, true), new Judged(70, Stage.PQL, true),
                new Judged(70, Stage.UNQUALIFIED, true), new Judged(30, Stage.UNQUALIFIED, true),
                new Judged(80, Stage.MQL, false), new Judged(70, Stage.UNQUALIFIED, false),
                new Judged(50, Stage.UNQUALIFIED, false), new Judged(20, Stage.DISQUALIFIED, false),
                new Judged(10, Stage.UNQUALIFIED, false), new Judged(10, Stage.UNQUALIFIED, false));

        ScoreQuality q = quality(leads);

        assertThat(q.leads()).isEqualTo(10);
        assertThat(q.won()).isEqualTo(4);
        assertThat(q.auc()).isEqualTo(0.75);
        assertThat(q.topDecileLift()).isEqualTo(2.5);
        assertThat(q.mqlOrBetter()).isEqualTo(0.3);
    }

    @Test
    void leadsTiedAtTheCut_countInProportion() {
        // 20 leads: top tenth = 2. Scores: one 60 (won), three 50 (one won), sixteen 10 (two won). The cut takes the
        // 60 and 1 of the 3 tied 50s: 1 + 1/3 wins of 2 leads; overall 4/20. Lift (4/3 / 2) / (4/20) = 3.3333.
        List<Judged> leads = new ArrayList<>();
        leads.add(new Judged(60, Stage.MQL, true));
        leads.add(new Judged(50, Stage.UNQUALIFIED, true));
        leads.add(new Judged(50, Stage.UNQUALIFIED, false));
        leads.add(new Judged(50, Stage.UNQUALIFIED, false));
        for (int i = 0; i < 16; i++) {
            leads.add(new Judged(10, Stage.UNQUALIFIED, i < 2));
        }

        assertThat(quality(leads).topDecileLift()).isEqualTo(3.3333);
        Collections.reverse(leads);
        assertThat(quality(leads).topDecileLift()).isEqualTo(3.3333);
    }

    @Test
    void aucEqualsThePairCount_onRandomScores() {
        Random r = new Random(7);
        List<Judged> leads = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean won = r.nextInt(3) == 0;
            leads.add(new Judged(Math.min(100, r.nextInt(60) + (won ? 20 : 0)), Stage.UNQUALIFIED, won));
        }
        double pairs = 0;
        long n = 0;
        for (Judged w : leads) {
            for (Judged l : leads) {
                if (w.won() && !l.won()) {
                    n++;
                    pairs += w.score() > l.score() ? 1 : w.score() == l.score() ? 0.5 : 0;
                }
            }
        }

        assertThat(quality(leads).auc()).isCloseTo(pairs / n, within(0.00005));
    }

    @Test
    void withoutBothOutcomes_theAucIsOneHalf_andWithoutLeadsEverythingIsZero() {
        assertThat(quality(List.of(new Judged(80, Stage.MQL, true), new Judged(20, Stage.UNQUALIFIED, true))).auc())
                .isEqualTo(0.5);
        ScoreQuality none = quality(List.of());
        assertThat(none.leads()).isZero();
        assertThat(none.topDecileLift()).isZero();
        assertThat(none.mqlOrBetter()).isZero();
    }
}

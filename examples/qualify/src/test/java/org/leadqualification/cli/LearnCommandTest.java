package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.cli.Cli.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.json.LeadJson;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.profile.ScoringProfile;

/** {@code qualify learn} writes a model that {@code qualify score --model} uses. */
class LearnCommandTest {
    @TempDir
    static Path dir;
    private static Path leads;
    private static Cli.Run learned;

    /** Won and lost leads: those with a demo request win more often. */
    @BeforeAll
    static void learn() throws IOException {
        Random r = new Random(3);
        StringBuilder sb = new StringBuilder();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < 1200; i++) {
            Instant created = start.plus(Duration.ofHours(3L * i));
            Lead.Builder b = Lead.builder("T-" + i).createdAt(created).source(r.nextBoolean() ? "WEBINAR" : "EVENT");
            for (int k = r.nextInt(4); k > 0; k--) {
                b.interaction("PAGE_VIEW", created.plus(Duration.ofHours(1 + r.nextInt(300))));
            }
            boolean demo = r.nextDouble() < 0.3;
            if (demo) {
                b.interaction("DEMO_REQUEST", created.plus(Duration.ofHours(1 + r.nextInt(300))));
            }
            boolean won = r.nextDouble() < (demo ? 0.7 : 0.2);
            Instant closed = created.plus(Duration.ofDays(40));
            b.outcome(won ? DealOutcome.won(closed, BigDecimal.TEN) : DealOutcome.lost(closed, "no"));
            sb.append(LeadJson.standard().writeLead(b.build())).append('\n');
        }
        leads = dir.resolve("history.jsonl");
        Files.writeString(leads, sb.toString());
        learned = run("learn", "-o", dir.resolve("model.json").toString(), "--proposed-profile",
                dir.resolve("proposed.yaml").toString(), "--held-out", dir.resolve("held-out.jsonl").toString(),
                leads.toString());
    }

    @Test
    void learn_writesTheModelAndReportsHeldOutMetrics() {
        assertThat(learned.exit()).as(learned.err()).isEqualTo(Qualify.OK);
        LikelihoodModel model = LikelihoodModel.load(dir.resolve("model.json"));
        assertThat(model.training().orElseThrow().leads()).isEqualTo(1200);
        assertThat(model.heldOut().orElseThrow().auc()).isGreaterThan(0.65);
        assertThat(learned.out()).contains("Learned from 1200 won and lost leads", "Held-out: AUC ",
                "  decile  leads  predicted  observed", "Model written to ", "Proposed profile written to ",
                "  current  ", "  proposed ", "Held-out leads written to ");
    }

    @Test
    void theProposedProfile_isAValidPartialProfile() throws IOException {
        String yaml = Files.readString(dir.resolve("proposed.yaml"));

        assertThat(yaml).startsWith("# A scoring profile proposed by qualify learn");
        assertThat(ScoringProfile.defaults().with(yaml, "proposed.yaml")).isNotNull();
    }

    @Test
    void scoreWithTheModel_addsALikelihood_andWithoutItNothingChanges() throws IOException {
        String heldOut = dir.resolve("held-out.jsonl").toString();
        Cli.Run with = run("score", "--model", dir.resolve("model.json").toString(), "--format", "jsonl",
                "--as-of", "2026-01-01T00:00:00Z", heldOut);
        Cli.Run without = run("score", "--format", "jsonl", "--as-of", "2026-01-01T00:00:00Z", heldOut);
        Cli.Run table = run("score", "--model", dir.resolve("model.json").toString(),
                "--as-of", "2026-01-01T00:00:00Z", heldOut);

        assertThat(with.exit()).isEqualTo(Qualify.OK);
        assertThat(with.outLines()).hasSize(240).allSatisfy(l -> assertThat(l).contains("\"likelihood\":")
                .contains("\"likelihoodContributions\":[{\"feature\":"));
        assertThat(without.outLines()).hasSize(240).noneSatisfy(l -> assertThat(l).contains("likelihood"));
        assertThat(table.outLines().get(0)).contains("BANT  LIKELIHOOD  TOP REASONS");
        assertThat(table.outLines().get(1)).matches(".*\\d+\\.\\d%  .*");
    }

    @Test
    void aProfileNamingTheModel_addsTheLikelihood_likeModel() throws IOException {
        Path profile = dir.resolve("with-model.yaml");
        Files.writeString(profile, "likelihood: { model: model.json }\n");
        String heldOut = dir.resolve("held-out.jsonl").toString();

        Cli.Run byProfile = run("score", "--profile", profile.toString(), "--format", "jsonl", "--as-of",
                "2026-01-01T00:00:00Z", heldOut);
        Cli.Run byOption = run("score", "--model", dir.resolve("model.json").toString(), "--format", "jsonl",
                "--as-of", "2026-01-01T00:00:00Z", heldOut);
        Cli.Run table = run("score", "--profile", profile.toString(), "--as-of", "2026-01-01T00:00:00Z", heldOut);

        assertThat(byProfile.exit()).as(byProfile.err()).isEqualTo(Qualify.OK);
        assertThat(byProfile.out()).contains("\"likelihood\":").isEqualTo(byOption.out());
        assertThat(table.outLines().get(0)).contains("BANT  LIKELIHOOD  TOP REASONS");
    }

    @Test
    void learn_printsTheImpactCommandForTheHeldOutLeads() {
        assertThat(learned.out()).contains("Lead by lead: qualify impact --judge-at created+14d --candidate-profile "
                + dir.resolve("proposed.yaml") + " " + dir.resolve("held-out.jsonl"));
    }

    @Test
    void aBadModelFile_isExit2NamingTheFileAndPath() throws IOException {
        Path bad = dir.resolve("bad-model.json");
        Files.writeString(bad, Files.readString(dir.resolve("model.json")).replaceFirst("\"intercept\" : [^,]+",
                "\"intercept\" : \"high\""));

        Cli.Run run = run("score", "--model", bad.toString(), leads.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("invalid likelihood model " + bad + " at intercept: expected a finite number, "
                + "got \"high\"");
    }

    @Test
    void aBadDecisionInstant_isExit2SayingWhatIsExpected() {
        Cli.Run run = run("learn", "--decision", "next week", "-o", dir.resolve("x.json").toString(),
                leads.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("expected created+<days>d, mql, sql or opportunity, got \"next week\"");
    }

    @Test
    void tooFewLeads_isExit2() throws IOException {
        Path few = dir.resolve("few.jsonl");
        Files.write(few, Files.readAllLines(leads).subList(0, 5));

        Cli.Run run = run("learn", "-o", dir.resolve("y.json").toString(), few.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("too few leads to learn from");
        assertThat(List.of(dir.resolve("y.json").toFile().exists())).containsExactly(false);
    }
}

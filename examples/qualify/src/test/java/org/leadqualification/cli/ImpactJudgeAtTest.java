package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.leadqualification.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.json.LeadJson;
import org.leadqualification.learn.DecisionInstant;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import org.leadqualification.model.OutcomeStatus;
import org.leadqualification.rules.RuleBasedQualifier;

/**
 * {@code qualify impact --judge-at created+30d}: each lead judged at its own decision instant, knowing only what was
 * known then, and each side's ranking of the won against the lost leads, recomputed here by counting pairs.
 */
class ImpactJudgeAtTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final String AS_OF = "2026-12-01T00:00:00Z";

    @TempDir
    static Path dir;
    private static Path leadsFile;
    private static Path candidateProfile;
    private static List<Lead> leads;

    /**
     * 60 won or lost leads a day apart: page views, e-mail opens and (more often for won ones) a webinar in their first
     * 30 days; every won lead books a meeting on day 35, after the decision instant and before closing on day 60, so
     * judging after the decision would rank them almost perfectly. One lead has no creation instant, one is open.
     */
    @BeforeAll
    static void write() throws IOException {
        Random r = new Random(5);
        leads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant created = START.plus(Duration.ofDays(i));
            boolean won = r.nextInt(3) == 0;
            Lead.Builder b = Lead.builder(String.format("J-%02d", i)).createdAt(created);
            for (int k = r.nextInt(6); k > 0; k--) {
                b.interaction("PAGE_VIEW", created.plus(Duration.ofHours(1 + r.nextInt(29 * 24))));
            }
            for (int k = r.nextInt(4); k > 0; k--) {
                b.interaction("EMAIL_OPEN", created.plus(Duration.ofHours(1 + r.nextInt(29 * 24))));
            }
            if (r.nextDouble() < (won ? 0.6 : 0.2)) {
                b.interaction("WEBINAR_ATTENDED", created.plus(Duration.ofHours(1 + r.nextInt(29 * 24))));
            }
            if (won) {
                b.interaction("MEETING_BOOKED", created.plus(Duration.ofDays(35)));
            }
            Instant closed = created.plus(Duration.ofDays(60));
            b.outcome(won ? DealOutcome.won(closed, BigDecimal.TEN) : DealOutcome.lost(closed, "no budget"));
            leads.add(b.build());
        }
        StringBuilder sb = new StringBuilder();
        for (Lead l : leads) {
            sb.append(LeadJson.standard().writeLead(l)).append('\n');
        }
        sb.append("{\"id\":\"NO-CREATED\",\"interactions\":[{\"type\":\"PAGE_VIEW\",\"at\":\"2026-03-01T00:00:00Z\"}]}\n");
        sb.append("{\"id\":\"OPEN\",\"createdAt\":\"2026-03-01T00:00:00Z\",\"interactions\":[{\"type\":\"WEBINAR_ATTENDED\","
                + "\"at\":\"2026-03-02T00:00:00Z\"}]}\n");
        leadsFile = dir.resolve("history.jsonl");
        Files.writeString(leadsFile, sb.toString());
        candidateProfile = dir.resolve("webinar-heavy.yaml");
        Files.writeString(candidateProfile, "interactions:\n  WEBINAR_ATTENDED: { points: 30, cap: 30 }\n"
                + "  EMAIL_OPEN: { points: -1, cap: 5 }\n");
    }

    /** The AUC by counting won-lost pairs, each lead judged by the library itself at day 30 on what it knew then. */
    private static double pairAuc(RuleBasedQualifier q) {
        List<Integer> won = new ArrayList<>();
        List<Integer> lost = new ArrayList<>();
        for (Lead l : leads) {
            Instant at = l.createdAt().orElseThrow().plus(Duration.ofDays(30));
            int score = q.qualify(DecisionInstant.knownAt(l, at), at).score();
            (l.outcome().orElseThrow().status() == OutcomeStatus.WON ? won : lost).add(score);
        }
        double pairs = 0;
        for (int w : won) {
            for (int x : lost) {
                pairs += w > x ? 1 : w == x ? 0.5 : 0;
            }
        }
        return pairs / ((double) won.size() * lost.size());
    }

    @Test
    void json_ranksEachSideOnWhatWasKnownAtTheDecision_andCountsLeadsWithoutOne() throws IOException {
        Cli.Run run = run("impact", "--judge-at", "created+30d", "--as-of", AS_OF, "--candidate-profile",
                candidateProfile.toString(), "--format", "json", leadsFile.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Qualify.OK);
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("judgeAt").asText()).isEqualTo("decision instant, 30 days after creation (never after "
                + "the outcome)");
        assertThat(report.get("leads").asLong()).isEqualTo(61);
        assertThat(report.get("withoutDecisionInstant").asLong()).isEqualTo(1);
        JsonNode ranking = report.get("ranking");
        long won = leads.stream().filter(l -> l.outcome().orElseThrow().status() == OutcomeStatus.WON).count();
        assertThat(ranking.get("leads").asLong()).isEqualTo(60);
        assertThat(ranking.get("won").asLong()).isEqualTo(won);
        try (RuleBasedQualifier builtIn = RuleBasedQualifier.builder().build();
             RuleBasedQualifier heavy = RuleBasedQualifier.builder().profile(candidateProfile).build()) {
            assertThat(ranking.at("/baseline/auc").asDouble()).isCloseTo(pairAuc(builtIn), within(0.00005));
            assertThat(ranking.at("/candidate/auc").asDouble()).isCloseTo(pairAuc(heavy), within(0.00005));
        }
        // Judged after the decision, the meeting every won lead booked on day 35 would rank them nearly perfectly.
        assertThat(ranking.at("/baseline/auc").asDouble()).isLessThan(0.9);
        assertThat(ranking.at("/candidate/auc").asDouble()).isGreaterThan(ranking.at("/baseline/auc").asDouble());
        assertThat(report.get("changes").findValuesAsText("leadId")).doesNotContain("NO-CREATED");
    }

    @Test
    void text_saysWhenLeadsWereJudged_andPrintsBothSidesRanking() {
        Cli.Run run = run("impact", "--judge-at", "created+30d", "--as-of", AS_OF, "--candidate-profile",
                candidateProfile.toString(), leadsFile.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Qualify.OK);
        assertThat(run.out()).contains("Judged:    each lead at its decision instant, 30 days after creation (never "
                        + "after the outcome), knowing only what was known then; none after " + AS_OF)
                .contains("61 leads judged both ways", "1 lead without a decision instant was not judged.")
                .containsPattern("Won and lost leads \\(60, \\d+ won\\), how well each side's score ranks them:\n"
                        + " +ROC AUC  top-decile lift  MQL or better\n  baseline   +0\\.\\d{3} +\\d+\\.\\d\\d +\\d+\\.\\d%\n"
                        + "  candidate  +0\\.\\d{3} +\\d+\\.\\d\\d +\\d+\\.\\d%\n");
    }

    @Test
    void asOf_judgesEveryLeadThen_withoutARanking() throws IOException {
        Cli.Run run = run("impact", "--as-of", AS_OF, "--format", "json", leadsFile.toString());

        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("judgeAt").asText()).isEqualTo("as-of");
        assertThat(report.get("ranking").isNull()).isTrue();
        assertThat(report.get("leads").asLong()).isEqualTo(62);
    }

    @Test
    void badJudgeAt_orWithAccounts_isAUsageError() {
        Cli.Run bad = run("impact", "--judge-at", "yesterday", leadsFile.toString());
        Cli.Run accounts = run("impact", "--accounts", "--judge-at", "mql", leadsFile.toString());

        assertThat(bad.exit()).isEqualTo(Qualify.INVALID);
        assertThat(bad.err()).contains("--judge-at: expected as-of, created+<days>d, mql, sql or opportunity, got "
                + "\"yesterday\"");
        assertThat(accounts.exit()).isEqualTo(Qualify.INVALID);
        assertThat(accounts.err()).contains("--accounts judges accounts as of --as-of");
    }
}

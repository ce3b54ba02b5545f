package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.cli.Cli.AS_OF;
import static org.leadqualification.cli.Cli.SAMPLE_LEADS;
import static org.leadqualification.cli.Cli.resource;
import static org.leadqualification.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.leadqualification.result.Stage;

class ImpactCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Cli.Run stricterMql(String format) {
        return run("impact", "--candidate-profile", resource("profiles/stricter-mql.yaml"), "--as-of", AS_OF,
                "--format", format, SAMPLE_LEADS.toString());
    }

    @Test
    void higherMqlThreshold_json_onlyMovesLeadsFromMqlToUnqualified() throws IOException {
        Cli.Run run = stricterMql("json");

        assertThat(run.exit()).as(run.err()).isEqualTo(Qualify.OK);
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("leads").asLong()).isEqualTo(29);
        assertThat(report.get("errors").asLong()).isZero();
        JsonNode transitions = report.get("transitions");
        long moved = transitions.get("MQL").get("UNQUALIFIED").asLong();
        assertThat(moved).isPositive();
        long diagonal = 0;
        for (Stage from : Stage.values()) {
            for (Stage to : Stage.values()) {
                long n = transitions.get(from.name()).get(to.name()).asLong();
                if (from == to) {
                    diagonal += n;
                } else if (!(from == Stage.MQL && to == Stage.UNQUALIFIED)) {
                    assertThat(n).as(from + " -> " + to).isZero();
                }
            }
        }
        assertThat(diagonal + moved).isEqualTo(29);
        assertThat(report.get("changed").asLong()).isEqualTo(moved);
        assertThat(report.get("changes")).hasSize((int) moved).allSatisfy(change -> {
            assertThat(change.at("/baseline/stage").asText()).isEqualTo("MQL");
            assertThat(change.at("/candidate/stage").asText()).isEqualTo("UNQUALIFIED");
            assertThat(change.get("onlyInBaseline").findValuesAsText("rule"))
                    .contains("Marketing-qualified: engaged with fit");
            assertThat(change.get("onlyInCandidate").findValuesAsText("rule"))
                    .doesNotContain("Marketing-qualified: engaged with fit");
        });
        // a classification threshold moves no points
        report.get("meanShift").forEach(shift -> assertThat(shift.decimalValue()).isZero());
    }

    @Test
    void higherMqlThreshold_text_showsTheChangedLeadsTheMatrixAndTheShift() {
        Cli.Run run = stricterMql("text");

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        assertThat(run.out())
                .contains("Candidate: built-in rules, profile ", "stricter-mql.yaml")
                .contains("Leads that change stage:")
                .containsPattern("L-\\d+  MQL -> UNQUALIFIED  \\(score \\d+ -> \\d+\\)\n"
                        + "      - Marketing-qualified: engaged with fit\n")
                .contains("29 leads judged both ways, 3 changed stage.")
                .contains("Mean shift (candidate - baseline): score +0.00, fit +0.00, engagement +0.00, "
                        + "intent +0.00, bant +0.00");
        assertThat(run.outLines()).filteredOn(l -> l.contains(" -> ")).allSatisfy(l ->
                assertThat(l).contains("MQL -> UNQUALIFIED"));
        assertThat(run.outLines()).filteredOn(l -> l.startsWith("MQL ")).singleElement().satisfies(row ->
                assertThat(row.trim().split(" +")).containsExactly("MQL", "0", "3", "0", "0", "0", "0", "3"));
    }

    @Test
    void sameRulesBothSides_nothingChanges() {
        Cli.Run run = run("impact", "--as-of", AS_OF, SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        assertThat(run.out()).contains("No lead changes stage.", "29 leads judged both ways, 0 changed stage.");
    }

    @Test
    void sharedProfile_judgesBothSides_aSideProfileReplacesItOnThatSideOnly() {
        String stricter = resource("profiles/stricter-mql.yaml");

        Cli.Run both = run("impact", "--profile", stricter, "--as-of", AS_OF, SAMPLE_LEADS.toString());
        Cli.Run oneSide = run("impact", "--profile", stricter, "--candidate-profile",
                resource("profiles/invalid-profile.yaml"), "--as-of", AS_OF, SAMPLE_LEADS.toString());

        assertThat(both.exit()).as(both.err()).isEqualTo(Qualify.OK);
        assertThat(both.outLines()).filteredOn(l -> l.startsWith("Baseline:") || l.startsWith("Candidate:"))
                .hasSize(2).allSatisfy(l -> assertThat(l).endsWith("built-in rules, profile " + stricter));
        assertThat(both.out()).contains("29 leads judged both ways, 0 changed stage.");
        assertThat(oneSide.exit()).isEqualTo(Qualify.INVALID);
        assertThat(oneSide.err()).contains("invalid-profile.yaml").doesNotContain("stricter-mql.yaml");
    }

    @Test
    void badLeads_reportedOnStandardError_exit1() throws IOException {
        Cli.Run run = run("impact", "--candidate-profile", resource("profiles/stricter-mql.yaml"), "--as-of", AS_OF,
                "--format", "json", resource("leads/three-good-two-bad.jsonl"));

        assertThat(run.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(MAPPER.readTree(run.out()).get("leads").asLong()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(2);
        assertThat(MAPPER.readTree(run.errLines().get(0)).get("leadId").asText()).isEqualTo("B-1");
    }

    @Test
    void invalidCandidateProfile_exit2() {
        Cli.Run run = run("impact", "--candidate-profile", resource("profiles/invalid-profile.yaml"),
                SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("invalid-profile.yaml");
    }

    @Test
    void invalidCandidateRules_exit2() {
        Cli.Run run = run("impact", "--candidate-rules", resource("rules/broken.drl"), SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("broken.drl:");
    }
}

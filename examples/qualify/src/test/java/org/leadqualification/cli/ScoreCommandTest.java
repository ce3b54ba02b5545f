package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.cli.Cli.AS_OF;
import static org.leadqualification.cli.Cli.SAMPLE_LEADS;
import static org.leadqualification.cli.Cli.resource;
import static org.leadqualification.cli.Cli.run;
import static org.leadqualification.cli.Cli.runWithInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

class ScoreCommandTest {
    private static final Pattern ROW = Pattern.compile("^L-\\d+ +([A-Z_]+) +\\d+ +[A-F] +.*");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the engine itself says about the sample leads, through the library API. */
    private static List<Qualification> expectedSampleResults() throws IOException {
        LeadQualifier qualifier = Cli.ENGINES.open(EngineSpec.builtIn()).qualifier();
        List<Qualification> results = new ArrayList<>();
        try (LeadReader leads = LeadJson.standard().readLeads(SAMPLE_LEADS)) {
            while (leads.hasNext()) {
                LeadItem item = leads.next();
                results.add(qualifier.qualify(item.lead().orElseThrow(), Instant.parse(AS_OF)));
            }
        }
        return results;
    }

    @Test
    void sampleLeads_table_oneRowPerLeadAndEveryStage() {
        Cli.Run run = run("score", "--as-of", AS_OF, SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0)).startsWith("ID ").contains("STAGE", "SCORE", "GRADE", "FIT",
                "ENGAGEMENT", "INTENT", "BANT", "TOP REASONS");
        List<String> rows = run.outLines().stream().filter(l -> ROW.matcher(l).matches()).toList();
        assertThat(rows).hasSize(29);
        Set<Stage> stages = rows.stream().map(ScoreCommandTest::stageOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Stage.class)));
        assertThat(stages).containsExactlyInAnyOrder(Stage.values());
        // columns line up: every row has its stage where the header has STAGE
        int stageColumn = run.outLines().get(0).indexOf("STAGE");
        assertThat(rows).allSatisfy(r -> assertThat(Character.isUpperCase(r.charAt(stageColumn))
                && r.charAt(stageColumn - 1) == ' ').isTrue());
        assertThat(run.out()).contains("29 leads judged as of " + AS_OF);
    }

    private static Stage stageOf(String row) {
        Matcher m = ROW.matcher(row);
        assertThat(m.matches()).isTrue();
        return Stage.valueOf(m.group(1));
    }

    @Test
    void table_showsTopThreeReasonsByAbsolutePoints() {
        Cli.Run run = run("score", "--as-of", AS_OF, SAMPLE_LEADS.toString());

        String spammer = run.outLines().stream().filter(l -> l.startsWith("L-5001 ")).findFirst().orElseThrow();
        assertThat(spammer).contains("DISQUALIFIED").containsPattern("Spam complaint -\\d+, [^,]+ \\+\\d+, [^,]+ \\+\\d+$");
    }

    @Test
    void sampleLeads_json_parsesBackToTheEnginesResults() throws IOException {
        Cli.Run run = run("score", "--as-of", AS_OF, "--format", "json", SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        JsonNode array = MAPPER.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        List<Qualification> parsed = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            parsed.add(LeadJson.standard().readQualification(array.get(i).toString()));
        }
        assertThat(parsed).isEqualTo(expectedSampleResults());
    }

    @Test
    void sampleLeads_jsonl_parsesBackToTheEnginesResults() throws IOException {
        Cli.Run run = run("score", "--as-of", AS_OF, "--format", "JSONL", SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        List<Qualification> parsed = run.outLines().stream().map(LeadJson.standard()::readQualification).toList();
        assertThat(parsed).isEqualTo(expectedSampleResults());
    }

    @Test
    void badLeads_reportedOnStandardErrorAsJsonLines_othersStillJudged() throws IOException {
        Cli.Run run = run("score", "--as-of", AS_OF, "--format", "jsonl", resource("leads/three-good-two-bad.jsonl"));

        assertThat(run.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(run.outLines()).extracting(l -> LeadJson.standard().readQualification(l).leadId())
                .containsExactly("G-1", "G-2", "G-3");
        assertThat(run.errLines()).hasSize(2);
        JsonNode first = MAPPER.readTree(run.errLines().get(0));
        assertThat(first.get("leadId").asText()).isEqualTo("B-1");
        assertThat(first.get("index").asInt()).isEqualTo(1);
        assertThat(first.get("path").asText()).isEqualTo("company.employes");
        assertThat(first.get("message").asText()).isNotBlank();
        JsonNode second = MAPPER.readTree(run.errLines().get(1));
        assertThat(second.get("leadId").asText()).isEqualTo("B-2");
        assertThat(second.get("index").asInt()).isEqualTo(3);
        assertThat(second.get("path").asText()).isEqualTo("interactions[0].at");
    }

    @Test
    void badLeads_table_stillPrintsTheGoodOnes() {
        Cli.Run run = run("score", "--as-of", AS_OF, resource("leads/three-good-two-bad.jsonl"));

        assertThat(run.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(run.outLines()).filteredOn(l -> l.startsWith("G-")).hasSize(3);
        assertThat(run.out()).contains("3 leads judged", "2 leads with errors");
        assertThat(run.errLines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"leadId\":\"B-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-"})
    void standardInput_isReadForDashOrNoFile(String file) throws IOException {
        String leads = Files.readString(SAMPLE_LEADS);
        Cli.Run run = file.isEmpty()
                ? runWithInput(leads, "score", "--as-of", AS_OF, "--format", "jsonl")
                : runWithInput(leads, "score", "--as-of", AS_OF, "--format", "jsonl", file);

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        assertThat(run.outLines()).hasSize(29);
        assertThat(LeadJson.standard().readQualification(run.outLines().get(0)).leadId()).isEqualTo("L-1001");
    }

    @Test
    void invalidRules_exit2_withFileAndLine_noStackTrace() {
        Cli.Run run = run("score", "--as-of", AS_OF, "--rules", resource("rules/broken.drl"), SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.drl:8: ", "Parse error").doesNotContain("\tat ", "Exception", "stacktrace", "com.github");
    }

    @Test
    void invalidProfile_exit2_namesTheField() {
        Cli.Run run = run("score", "--as-of", AS_OF, "--profile", resource("profiles/invalid-profile.yaml"),
                SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("invalid-profile.yaml", "weights").doesNotContain("\tat ");
    }

    @Test
    void missingProfile_exit2() {
        Cli.Run run = run("score", "--profile", "no-such-profile.yaml", SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("no-such-profile.yaml");
    }

    @Test
    void badAsOf_exit2_withAClearMessage() {
        Cli.Run run = run("score", "--as-of", "yesterday", SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--as-of", "ISO-8601", "yesterday").doesNotContain("\tat ");
    }

    @Test
    void missingLeadsFile_exit2() {
        Cli.Run run = run("score", "no-such-leads.json");

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("no-such-leads.json", "no such file");
    }

    @Test
    void unknownFormat_exit2() {
        Cli.Run run = run("score", "--format", "xml", SAMPLE_LEADS.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("--format", "xml");
    }

    @Test
    void noCommand_exit2_showsTheCommands() {
        Cli.Run run = run();

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("score", "verify", "impact");
    }

    @Test
    void asOfDefaultsToNow() {
        Instant before = Instant.now();
        Cli.Run run = runWithInput("{\"id\":\"X-1\"}", "score", "--format", "jsonl");

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        Qualification q = LeadJson.standard().readQualification(run.out().strip());
        assertThat(q.asOf()).isBetween(before, Instant.now());
    }
}

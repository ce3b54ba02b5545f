package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.cli.Cli.run;
import static org.leadqualification.cli.Cli.runWithInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelCommandTest {
    private static final String SAMPLE = "../data/sample-funnel-leads.jsonl";
    private static final String[] PERIOD = {"--from", "2026-06-01T00:00:00Z", "--to", "2026-10-01T00:00:00Z",
            "--as-of", "2026-11-01T00:00:00Z", "--window", "60d"};

    private static String[] args(String... more) {
        String[] all = new String[1 + PERIOD.length + more.length];
        all[0] = "funnel";
        System.arraycopy(PERIOD, 0, all, 1, PERIOD.length);
        System.arraycopy(more, 0, all, 1 + PERIOD.length, more.length);
        return all;
    }

    @Test
    void theBundledSample_givesATextReportOfEveryLead() {
        Cli.Run r = run(args(SAMPLE));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("120 leads read: 105 in the cohort, 15 created outside the period, 0 undated; "
                + "0 inputs with errors");
        assertThat(r.out()).contains("Cohort conversion", "Lead sources", "ROC AUC won vs lost", "open breaches");
    }

    @Test
    void json_countsMatchTheText(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("funnel.json");
        Cli.Run r = run(args("--format", "json", "--no-judge", "-o", out.toString(), SAMPLE));

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertThat(json.at("/leads/read").asLong()).isEqualTo(120);
        assertThat(json.at("/leads/cohort").asLong()).isEqualTo(105);
        assertThat(json.get("calibration").isNull()).isTrue();
        assertThat(json.at("/sla/byStage/0/key").asText()).isEqualTo("MQL ACCEPTED_OR_REJECTED");
    }

    @Test
    void html_isOneSelfContainedPageWithFourCharts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("funnel.html");
        Cli.Run r = run(args("--format", "html", "--judge-at", "mql", "-o", out.toString(), SAMPLE));

        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html.split("<figure data-chart=", -1)).hasSize(5);
    }

    @Test
    void aLeadWithBadHistory_isOneErrorLine_andTheOthersAreAnalysed() {
        String leads = """
                {"id": "ok-1", "createdAt": "2026-07-01T00:00:00Z"}
                {"id": "bad-1", "createdAt": "2026-07-10T00:00:00Z", "outcome": {"status": "LOST", "at": "2026-07-01T00:00:00Z"}}
                {"id": "bad-2", "stageHistory": [{"stage": "SQO", "at": "2026-07-02T00:00:00Z"}]}
                {"id": "ok-2", "createdAt": "2026-07-02T00:00:00Z", "outcome": {"status": "WON", "at": "2026-07-09T00:00:00Z", "amount": 10}}
                """;
        Cli.Run r = runWithInput(leads, args("--no-judge", "-"));

        assertThat(r.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).contains("\"leadId\":\"bad-1\"", "\"path\":\"outcome.at\"",
                "must not be before createdAt");
        assertThat(r.errLines().get(1)).contains("\"leadId\":\"bad-2\"", "\"path\":\"stageHistory[0].stage\"");
        assertThat(r.out()).contains("2 leads read: 2 in the cohort", "2 inputs with errors");
    }

    @Test
    void aBadOption_isAUsageError() {
        Cli.Run r = run(args("--sla", "SQL:CALL_BACK=24h", SAMPLE));

        assertThat(r.exit()).isEqualTo(Qualify.INVALID);
        assertThat(r.err()).contains("--sla \"SQL:CALL_BACK=24h\"");
    }
}

package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code qualify accounts} and {@code qualify impact --accounts}. */
class AccountsCommandTest {
    private static final String LEADS = "src/test/resources/accounts/two-accounts.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void table_groupsByDomain_excludesFreeMail_andReportsBadLeadsOnStandardError() {
        Cli.Run run = Cli.run("accounts", "--as-of", Cli.AS_OF, LEADS);

        assertThat(run.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(run.outLines().get(0)).startsWith("ACCOUNT").contains("COMMITTEE");
        assertThat(run.out()).containsPattern("acme\\.example +ACCOUNT_QUALIFIED")
                .containsPattern("globex\\.example +COLD")
                .contains("2 accounts judged as of 2026-11-01T00:00:00Z: 1 ACCOUNT_QUALIFIED, 1 COLD; 2 leads with errors");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).contains("\"leadId\":\"F-1\"").contains("no account")
                .contains("\"leadId\":\"B-1\"").contains("employes");
    }

    @Test
    void jsonl_printsOneAccountResultPerLine_withItsContacts() throws Exception {
        Cli.Run run = Cli.run("accounts", "--as-of", Cli.AS_OF, "--format", "jsonl", LEADS);

        assertThat(run.outLines()).hasSize(2);
        JsonNode acme = JSON.readTree(run.outLines().get(0));
        assertThat(acme.get("accountId").asText()).isEqualTo("acme.example");
        assertThat(acme.get("stage").asText()).isEqualTo("ACCOUNT_QUALIFIED");
        assertThat(acme.get("contacts")).hasSize(3);
        assertThat(acme.get("reasons").get(0).get("contacts")).isNotEmpty();
    }

    @Test
    void json_printsAnArray() throws Exception {
        Cli.Run run = Cli.run("accounts", "--as-of", Cli.AS_OF, "--format", "json", LEADS);

        JsonNode all = JSON.readTree(run.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(2);
    }

    @Test
    void grouped_judgesEachAccountAsItEnds_andRejectsAnAccountThatComesBack() {
        Cli.Run run = Cli.run("accounts", "--as-of", Cli.AS_OF, "--grouped", LEADS);

        assertThat(run.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(run.err()).contains("\"leadId\":\"A-2\"").contains("already ended")
                .contains("\"leadId\":\"A-3\"");
        assertThat(run.out()).containsPattern("acme\\.example +ENGAGED");
    }

    @Test
    void maxLeads_boundsWhatIsHeld() {
        Cli.Run run = Cli.run("accounts", "--as-of", Cli.AS_OF, "--max-leads", "2", LEADS);

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("more than --max-leads 2 leads");
    }

    @Test
    void impactAccounts_reportsTheAccountsThatChangeStage(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Cli.Run run = Cli.run("impact", "--accounts", "--candidate-profile",
                "src/test/resources/profiles/stricter-mqa.yaml", "--as-of", Cli.AS_OF, LEADS);

        assertThat(run.out()).contains("acme.example  ACCOUNT_QUALIFIED -> ENGAGED")
                .contains("- Account-qualified: buying committee engaged")
                .contains("2 accounts judged both ways, 1 changed stage.")
                .contains("ACCOUNT_QUALIFIED -> ENGAGED: 1");

        Cli.Run json = Cli.run("impact", "--accounts", "--format", "json", "--candidate-profile",
                "src/test/resources/profiles/stricter-mqa.yaml", "--as-of", Cli.AS_OF, LEADS);
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("changed").asInt()).isEqualTo(1);
        assertThat(report.get("transitions").get("ACCOUNT_QUALIFIED").get("ENGAGED").asInt()).isEqualTo(1);
        assertThat(Files.exists(dir)).isTrue();
    }
}

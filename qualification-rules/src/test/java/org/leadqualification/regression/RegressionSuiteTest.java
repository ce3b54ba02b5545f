package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.result.AccountStage;
import org.leadqualification.rules.AccountQualifier;

/**
 * Lead and account scenario files in one folder: each loader takes its own kind by the top-level key and leaves the
 * other kind, and the lead files of both, alone; {@link RegressionSuite} takes both; results of both kinds count in
 * one summary and one JUnit XML report.
 */
class RegressionSuiteTest {
    private static final String LEAD_SCENARIOS = """
            defaults: { asOf: 2026-11-01T00:00:00Z }
            scenarios:
              - name: a cold lead
                leadFile: leads/ana.json
                expect: { stage: UNQUALIFIED }
            """;
    private static final String ACCOUNT_SCENARIOS = """
            defaults: { asOf: 2026-11-01T00:00:00Z }
            accountScenarios:
              - name: a cold account
                leadFiles: [leads/acme.json]
                expect: { stage: COLD }
              - name: another cold account
                account: acme.example
                leads: [ { id: A-3, company: { domain: acme.example } } ]
                expect: { stage: COLD }
            """;

    /** A folder with a lead scenario file, an account scenario file and the lead files each uses. */
    private static Path mixed(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("leads"));
        Files.writeString(dir.resolve("leads/ana.json"), "{ \"id\": \"L-1\" }");
        Files.writeString(dir.resolve("leads/acme.json"), """
                [ { "id": "A-1", "company": { "domain": "acme.example" } },
                  { "id": "A-2", "company": { "domain": "acme.example" } } ]
                """);
        Files.writeString(dir.resolve("accounts.yaml"), ACCOUNT_SCENARIOS);
        Files.writeString(dir.resolve("leads.yaml"), LEAD_SCENARIOS);
        return dir;
    }

    @Test
    void aMixedFolder_loadsBothKinds_andNoLeadFileAsAScenarioFile(@TempDir Path tmp) throws IOException {
        Path dir = mixed(tmp);

        RegressionSuite suite = RegressionSuite.load(dir);

        assertThat(suite.leadSuite().files()).extracting(ScenarioFile::name)
                .containsExactly(dir.resolve("leads.yaml").toString());
        assertThat(suite.leadSuite().scenarios()).extracting(Scenario::name).containsExactly("a cold lead");
        assertThat(suite.accountScenarios()).extracting(AccountScenario::name)
                .containsExactly("a cold account", "another cold account");
        assertThat(suite.accountScenarios().get(0).leads()).extracting(l -> l.id()).containsExactly("A-1", "A-2");
        assertThat(suite.accountScenarios().get(1).location()).isEqualTo(dir.resolve("accounts.yaml") + ":6");
    }

    @Test
    void eachKindsLoader_leavesTheOtherKindOut(@TempDir Path tmp) throws IOException {
        Path dir = mixed(tmp);

        assertThat(ScenarioSuite.load(dir).scenarios()).extracting(Scenario::name).containsExactly("a cold lead");
        assertThat(AccountScenarios.load(dir)).extracting(AccountScenario::name)
                .containsExactly("a cold account", "another cold account");
    }

    @Test
    void aLoaderGivenOnlyTheOtherKind_saysWhichLoaderReadsIt(@TempDir Path tmp) throws IOException {
        Path dir = mixed(tmp);

        assertThat(problems(() -> ScenarioSuite.load(dir.resolve("accounts.yaml")))).containsExactly(
                dir.resolve("accounts.yaml") + ": no lead scenario files here, only account scenario files "
                        + "(top-level \"accountScenarios\"), which AccountScenarios.load reads");
        assertThat(problems(() -> AccountScenarios.load(dir.resolve("leads.yaml")))).containsExactly(
                dir.resolve("leads.yaml") + ": no account scenario files here, only lead scenario files "
                        + "(top-level \"scenarios\"), which ScenarioSuite.load reads");
    }

    @Test
    void aFileWithBothKeys_isBrokenForEveryLoader(@TempDir Path tmp) throws IOException {
        Path both = Files.writeString(tmp.resolve("both.yaml"), ACCOUNT_SCENARIOS + LEAD_SCENARIOS.substring(
                LEAD_SCENARIOS.indexOf("scenarios:")));
        String expected = both + ":2:1: accountScenarios: a file holds either \"scenarios\" (lead scenarios) or "
                + "\"accountScenarios\" (account scenarios), not both";

        assertThat(problems(() -> RegressionSuite.load(both))).containsExactly(expected);
        assertThat(problems(() -> ScenarioSuite.load(both))).containsExactly(expected);
        assertThat(problems(() -> AccountScenarios.load(both))).containsExactly(expected);
    }

    @Test
    void aFileOfNeitherKind_isBroken_namingBothKeys(@TempDir Path tmp) throws IOException {
        Path dir = mixed(tmp);
        Path typo = Files.writeString(dir.resolve("typo.yaml"), ACCOUNT_SCENARIOS.replace("accountScenarios:",
                "accountScenario:"));

        assertThat(problems(() -> RegressionSuite.load(dir))).containsExactly(
                typo + ":2:1: accountScenario: unknown field \"accountScenario\": expected one of [$schema, defaults, leads, scenarios]",
                typo + ":1:1: missing \"scenarios\": a scenario file holds a list of \"scenarios\" (an account scenario "
                        + "file, a list of \"accountScenarios\")");
        assertThat(problems(() -> AccountScenarios.load(typo))).containsExactly(
                typo + ":2:1: accountScenario: unknown field \"accountScenario\": expected one of [$schema, defaults, accountScenarios]",
                typo + ":1:1: missing \"accountScenarios\": an account scenario file holds a list of account scenarios");
    }

    @Test
    void accountResults_countInTheSummary_theReport_andTheJUnitXml(@TempDir Path tmp) throws IOException {
        Path dir = mixed(tmp);
        List<AccountScenario> scenarios = AccountScenarios.load(dir);
        AccountScenario first = scenarios.get(0);
        AccountScenario wrong = new AccountScenario("an engaged account", Optional.empty(), first.file(), 9,
                first.accountId(), first.leads(), first.asOf(), new AccountScenario.Expect(Optional.of(
                AccountStage.ENGAGED), Optional.empty(), java.util.Map.of(), java.util.Set.of(), java.util.Set.of(),
                List.of(), List.of(), Optional.empty(), java.util.Map.of(), Optional.empty()));
        SuiteResult result;
        try (AccountQualifier engine = AccountQualifier.builder().build()) {
            result = new SuiteResult(List.of(), List.of(AccountScenarios.run(engine, first),
                    AccountScenarios.run(engine, scenarios.get(1)), AccountScenarios.run(engine, wrong)));
        }

        assertThat(result.allPassed()).isFalse();
        assertThat(result.summary()).isEqualTo(
                "2 passed, 1 failed (lead scenarios: 0 passed, 0 failed; account scenarios: 2 passed, 1 failed)");
        assertThat(result.report()).contains("Scenario \"an engaged account\" (" + first.file() + ":9) failed: "
                + "1 unmet expectation\n  stage: expected ENGAGED, actual COLD\nResult for account \"acme.example\"");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        JUnitXmlWriter.write(result, xml);
        assertThat(xml.toString(StandardCharsets.UTF_8))
                .contains("<testsuites tests=\"3\" failures=\"1\" errors=\"0\"")
                .containsPattern("<testsuite name=\"[^\"]*accounts.yaml\" tests=\"3\" failures=\"1\"")
                .contains("<testcase name=\"a cold account\"")
                .containsPattern("<testcase name=\"an engaged account\"[^>]*>\\s*<failure message=\"stage: expected "
                        + "ENGAGED, actual COLD\"");
    }

    private static List<String> problems(Runnable load) {
        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, load::run);
        assertThat(e).as("the load fails").isNotNull();
        return e.problems().stream().map(ScenarioLoadException.Problem::toString).toList();
    }
}

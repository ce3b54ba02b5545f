package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.cli.Cli.resource;
import static org.leadqualification.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    @Test
    void passingScenarios_exit0_onePassLinePerScenario_andTheSummary() {
        Cli.Run run = run("verify", "--scenarios", resource("scenarios/passing"));

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(Qualify.OK);
        assertThat(run.outLines()).containsExactly(
                "PASS cold lead stays unqualified",
                "PASS engaged growth director is an MQL",
                "PASS spam complaint disqualifies",
                "PASS with the stricter profile the engaged growth director is not yet an MQL",
                "4 passed, 0 failed");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aChangedExpectation_exit1_printsTheDifference_andJUnitXmlNamesIt(@TempDir Path dir) throws IOException {
        Path scenarios = dir.resolve("scenarios/passing");
        copy(Path.of(resource("scenarios/passing")), scenarios);
        // the profile is named relative to the scenario file
        copy(Path.of(resource("profiles")), dir.resolve("profiles"));
        Path stages = scenarios.resolve("stages.yaml");
        Files.writeString(stages, Files.readString(stages)
                .replace("expect: { stage: MQL, score:", "expect: { stage: SQL, score:"));
        Path xml = dir.resolve("reports/TEST-scenarios.xml");

        Cli.Run run = run("verify", "--scenarios", scenarios.toString(), "--junit-xml", xml.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Qualify.SOME_FAILED);
        List<String> lines = run.outLines();
        int fail = lines.indexOf("FAIL engaged growth director is an MQL");
        assertThat(fail).isPositive();
        assertThat(lines.get(fail + 1)).startsWith("    Scenario \"engaged growth director is an MQL\"");
        assertThat(String.join("\n", lines.subList(fail + 1, lines.size())))
                .contains("stage", "SQL", "MQL");
        assertThat(lines).contains("PASS cold lead stays unqualified");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("3 passed, 1 failed");
        assertThat(xml).exists();
        assertThat(Files.readString(xml))
                .containsPattern("<testcase[^>]*name=\"engaged growth director is an MQL\"[^>]*>\\s*<failure");
    }

    @Test
    void brokenScenarioFile_exit2_withFileAndLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, """
                defaults:
                  asOf: 2026-11-01T00:00:00Z
                scenarios:
                  - name: no expectation
                    lead: { id: L-1 }
                """);

        Cli.Run run = run("verify", "--scenarios", broken.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("broken.yaml:4:").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidRules_exit2() {
        Cli.Run run = run("verify", "--rules", resource("rules/broken.drl"), "--scenarios",
                resource("scenarios/passing"));

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("broken.drl:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void junitXmlCannotBeWritten_exit3_namesTheFile_noStackTrace(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("reports"), "a file, not a folder");
        Path xml = notAFolder.resolve("TEST-scenarios.xml");

        Cli.Run run = run("verify", "--scenarios", resource("scenarios/passing"), "--junit-xml", xml.toString());

        assertThat(run.exit()).isEqualTo(Qualify.IO_FAILURE);
        assertThat(run.out()).endsWith("4 passed, 0 failed" + System.lineSeparator());
        assertThat(run.errLines()).singleElement().asString().startsWith("qualify verify: cannot write " + xml + ": ");
    }

    @Test
    void withoutScenarios_exit2() {
        Cli.Run run = run("verify");

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("--scenarios");
    }

    @Test
    void aFolderOfLeadAndAccountScenarios_allPass_exit0_countingBothKinds() {
        Cli.Run run = run("verify", "--scenarios", resource("scenarios/mixed"));

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(Qualify.OK);
        assertThat(run.outLines()).containsExactly(
                "PASS cold lead stays unqualified",
                "PASS engaged growth director is an MQL",
                "PASS a buying committee makes an account-qualified account",
                "PASS an account of students only is disqualified",
                "4 passed, 0 failed (lead scenarios: 2 passed, 0 failed; account scenarios: 2 passed, 0 failed)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFailingAccountScenario_exit1_namesItAndTheUnmetExpectation_andJUnitXmlHasTheAccountCases(@TempDir Path dir)
            throws IOException {
        Path scenarios = dir.resolve("mixed");
        copy(Path.of(resource("scenarios/mixed")), scenarios);
        Path accounts = scenarios.resolve("accounts.yaml");
        Files.writeString(accounts, Files.readString(accounts).replace("stage: ACCOUNT_QUALIFIED", "stage: ENGAGED"));
        Path xml = dir.resolve("reports/TEST-scenarios.xml");

        Cli.Run run = run("verify", "--scenarios", scenarios.toString(), "--junit-xml", xml.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Qualify.SOME_FAILED);
        List<String> lines = run.outLines();
        int fail = lines.indexOf("FAIL a buying committee makes an account-qualified account");
        assertThat(fail).as(run.out()).isPositive();
        assertThat(lines.subList(fail + 1, fail + 4)).containsExactly(
                "    Scenario \"a buying committee makes an account-qualified account\" (" + accounts
                        + ":5) failed: 1 unmet expectation",
                "      stage: expected ENGAGED, actual ACCOUNT_QUALIFIED",
                "    Result for account \"acme.example\" as of 2026-11-01T00:00:00Z:");
        assertThat(lines).contains("PASS an account of students only is disqualified",
                "PASS cold lead stays unqualified");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "3 passed, 1 failed (lead scenarios: 2 passed, 0 failed; account scenarios: 1 passed, 1 failed)");
        assertThat(Files.readString(xml))
                .contains("<testsuites tests=\"4\" failures=\"1\" errors=\"0\"")
                .containsPattern("<testsuite name=\"[^\"]*accounts.yaml\" tests=\"2\" failures=\"1\"")
                .containsPattern("<testcase name=\"a buying committee makes an account-qualified account\"[^>]*>"
                        + "\\s*<failure message=\"stage: expected ENGAGED, actual ACCOUNT_QUALIFIED\"")
                .containsPattern("<testcase name=\"an account of students only is disqualified\"[^>]*></testcase>");
    }

    @Test
    void accountScenarios_areJudgedWithTheProfile() {
        Cli.Run run = run("verify", "--profile", resource("profiles/stricter-mqa.yaml"), "--scenarios",
                resource("scenarios/mixed"));

        assertThat(run.exit()).as(run.err()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(run.out()).contains("FAIL a buying committee makes an account-qualified account")
                .contains("      stage: expected ACCOUNT_QUALIFIED, actual ENGAGED");
    }

    @Test
    void accountRules_areJudgedWithTheBuiltInAccountRules(@TempDir Path dir) throws IOException {
        Path scenarios = dir.resolve("mixed");
        copy(Path.of(resource("scenarios/mixed")), scenarios);
        Path accounts = scenarios.resolve("accounts.yaml");
        Files.writeString(accounts, Files.readString(accounts).replace("rulesFired: [Seniorities engaged]",
                "rulesFired: [Seniorities engaged, Target account list]"));

        Cli.Run with = run("verify", "--account-rules", resource("account-rules/target-accounts.drl"), "--scenarios",
                scenarios.toString());
        Cli.Run without = run("verify", "--scenarios", scenarios.toString());

        assertThat(with.exit()).as(with.out() + with.err()).isEqualTo(Qualify.OK);
        assertThat(without.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(without.out()).contains("      rulesFired: \"Target account list\" did not fire");
    }

    @Test
    void brokenAccountScenarioFile_exit2_everyProblemWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("leads.yaml"), """
                defaults:
                  asOf: 2026-11-01T00:00:00Z
                scenarios:
                  - name: cold lead
                    lead: { id: L-1 }
                    expect: { stage: UNQUALIFIED }
                """);
        Path broken = Files.writeString(dir.resolve("accounts.yaml"), """
                defaults:
                  asOf: 2026-11-01T00:00:00Z
                accountScenarios:
                  - name: a misspelt account stage
                    leads: [ { id: A-1, company: { domain: acme.example } } ]
                    expect: { stage: MQA }
                  - name: no leads
                    expect: { stage: COLD }
                """);

        Cli.Run run = run("verify", "--scenarios", dir.toString());

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.errLines()).contains(
                "qualify verify: 2 problems in scenario files:",
                broken + ":6:15: scenario \"a misspelt account stage\": accountScenarios[0].expect.stage: unknown "
                        + "account stage \"MQA\": expected one of [DISQUALIFIED, CUSTOMER_EXPANSION, "
                        + "ACCOUNT_QUALIFIED, ENGAGED, COLD], in upper or lower case",
                broken + ":7:5: scenario \"no leads\": accountScenarios[1]: no leads: give \"leads\" (inline, in the "
                        + "lead wire format), \"leadFiles\" (paths relative to this file) or both");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.regression.AccountScenario;
import org.leadqualification.regression.AccountScenarios;
import org.leadqualification.regression.ScenarioLoadException;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountReason;

/** The built-in account scenarios pass, and together they fire every built-in account rule. */
class BuiltInAccountScenariosTest {
    private static AccountQualifier engine;
    private static List<AccountScenario> scenarios;

    @BeforeAll
    static void load() throws URISyntaxException {
        engine = AccountQualifier.builder().build();
        scenarios = AccountScenarios.load(Path.of(BuiltInAccountScenariosTest.class.getClassLoader()
                .getResource("scenarios/accounts/builtin").toURI()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> builtInAccountScenarios() {
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            List<String> unmet = AccountScenarios.check(engine, s);
            assertThat(unmet).as("%s (%s)%n%s", s.name(), s.file(), AccountScenarios.describe(
                    engine.qualify(s.accountId(), s.leads(), s.asOf()))).isEmpty();
        }));
    }

    @Test
    void thereAreAtLeastThirtyBuiltInAccountScenarios() {
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyBuiltInAccountRule_firesInSomeScenario() {
        Set<String> fired = new HashSet<>();
        for (AccountScenario s : scenarios) {
            AccountQualification a = engine.qualify(s.accountId(), s.leads(), s.asOf());
            a.reasons().stream().map(AccountReason::rule).forEach(fired::add);
        }

        assertThat(fired).containsAll(engine.ruleNames());
        assertThat(engine.ruleNames()).hasSizeGreaterThanOrEqualTo(19);
    }

    @Test
    void everyBuiltInAccountRule_isExpectedToFireByName_somewhere() {
        Set<String> expected = new HashSet<>();
        scenarios.forEach(s -> expected.addAll(s.expect().rulesFired()));

        assertThat(expected).containsAll(engine.ruleNames());
    }

    @Test
    void aBrokenAccountScenarioFile_listsEveryProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), """
                accountScenarios:
                  - name: no leads and an unknown stage
                    expect: { stage: MQA }
                  - name: no expectation
                    asOf: "2026-11-01T00:00:00Z"
                    leads: [ { id: A-1, company: { domain: a.example }, colour: red } ]
                """);

        assertThatThrownBy(() -> AccountScenarios.load(dir)).isInstanceOf(ScenarioLoadException.class)
                .hasMessageContaining("unknown account stage \"MQA\"")
                .hasMessageContaining("no \"asOf\"")
                .hasMessageContaining("no leads")
                .hasMessageContaining("no expectations")
                .hasMessageContaining("colour");
    }

    @Test
    void aFailingExpectation_isReportedExpectedAgainstActual() {
        AccountScenario any = scenarios.get(0);
        AccountScenario wrong = new AccountScenario(any.name(), any.description(), any.file(), any.line(),
                any.accountId(),
                any.leads(), any.asOf(), new AccountScenario.Expect(java.util.Optional.of(
                org.leadqualification.result.AccountStage.DISQUALIFIED), java.util.Optional.empty(),
                java.util.Map.of(), Set.of(), Set.of(), List.of("No such rule"), List.of(), java.util.Optional.empty(),
                java.util.Map.of(), java.util.Optional.empty()));

        assertThat(AccountScenarios.check(engine, wrong)).hasSize(2)
                .anySatisfy(u -> assertThat(u).startsWith("stage: expected DISQUALIFIED, actual"))
                .anySatisfy(u -> assertThat(u).isEqualTo("rulesFired: \"No such rule\" did not fire"));
    }
}

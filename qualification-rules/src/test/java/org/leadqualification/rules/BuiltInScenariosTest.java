package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.leadqualification.regression.Scenario;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.regression.ScenarioTests;
import org.leadqualification.result.Stage;

/**
 * The regression suite of the built-in rules and the default profile: the scenario files under
 * {@code src/test/resources/scenarios/builtin/}, one test per scenario. The engine is built once for the class.
 */
class BuiltInScenariosTest {
    static final String SUITE = "scenarios/builtin";

    private static RuleBasedQualifier qualifier;
    private static ScenarioSuite suite;

    @BeforeAll
    static void buildOnce() {
        qualifier = RuleBasedQualifier.builder().build();
        suite = ScenarioSuite.fromClasspath(SUITE);
    }

    @AfterAll
    static void close() {
        qualifier.close();
    }

    @TestFactory
    Stream<DynamicNode> builtInScenarios() {
        return ScenarioTests.dynamicTests(suite, ScenarioRunner.of(qualifier));
    }

    @Test
    void suite_isLargeAndSplitByConcern() {
        assertThat(suite.scenarios()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(suite.files()).extracting(f -> f.name().replaceAll(".*/", ""))
                .contains("fit.yaml", "engagement.yaml", "intent.yaml", "bant.yaml", "product.yaml", "customer.yaml",
                        "classification.yaml", "decay.yaml", "caps-and-floors.yaml");
    }

    @Test
    void everyBuiltInRule_isExpectedToFireBySomeScenario() {
        Set<String> expectedToFire = suite.scenarios().stream()
                .flatMap(s -> s.expectations().rulesFired().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        // The likelihood rule needs a likelihood model, which scenarios do not load: LikelihoodStageTest shows it.
        Set<String> needModel = Set.of(LikelihoodStageTest.RULE);
        assertThat(qualifier.ruleNames()).hasSize(72).containsAll(needModel);
        assertThat(new TreeSet<>(qualifier.ruleNames())).as("built-in rules that no scenario's rulesFired names")
                .isSubsetOf(Stream.concat(expectedToFire.stream(), needModel.stream()).toList());
    }

    @Test
    void everyRuleNamedByTheSuite_isABuiltInRule() {
        Set<String> named = suite.scenarios().stream()
                .flatMap(s -> Stream.concat(s.expectations().rulesFired().stream(),
                        s.expectations().rulesNotFired().stream()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(qualifier.ruleNames()).as("a typo in a rule name would make rulesNotFired pass vacuously")
                .containsAll(named);
    }

    @Test
    void everyStage_isTheExpectedStageOfSomeScenario() {
        Set<Stage> stages = suite.scenarios().stream().map(Scenario::expectations)
                .flatMap(e -> e.stage().stream()).collect(Collectors.toSet());

        assertThat(stages).containsExactlyInAnyOrder(Stage.values());
    }

    @Test
    void everyDimension_isPinnedToAnExactValueSomewhere() {
        List<String> exact = suite.scenarios().stream()
                .flatMap(s -> s.expectations().dimensions().entrySet().stream())
                .filter(e -> e.getValue().min().equals(e.getValue().max()))
                .map(e -> e.getKey().name())
                .distinct().toList();

        assertThat(exact).contains("FIT", "ENGAGEMENT", "INTENT", "BANT");
    }
}

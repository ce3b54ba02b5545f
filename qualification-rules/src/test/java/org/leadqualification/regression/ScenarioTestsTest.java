package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** A team's {@code @TestFactory} gets one JUnit test per scenario, named after it. */
class ScenarioTestsTest {

    /** What a team writes. Nested and static, so Surefire does not run it on its own (one scenario fails). */
    static class TeamScenarios {
        @TestFactory
        Stream<DynamicNode> scenarios() {
            return ScenarioTests.dynamicTests(ScenarioSuite.fromClasspath("scenarios/junit"),
                    ScenarioRunner.of(new FakeQualifier()));
        }
    }

    @Test
    void eachScenarioIsATestNamedAfterIt_theFailingOneCarriesTheFullMessage() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(TeamScenarios.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        tests.assertThatEvents()
                .haveExactly(1, event(test(), displayName("cold lead stays unqualified"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("webinar attendee is an MQL"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("webinar attendee is wrongly expected to be an SQL"),
                        finishedWithFailure(instanceOf(AssertionError.class),
                                message(m -> m.contains("stage: expected SQL, actual MQL")
                                        && m.contains("score: expected >= 80, actual 5")
                                        && m.contains("Webinar attended")))));
    }

    @Test
    void testsAreInAContainerPerFile_andPointAtTheScenarioLine() {
        Events all = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(TeamScenarios.class))
                .execute()
                .allEvents();

        assertThat(all.started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .contains("classpath:scenarios/junit/three.yaml");
        Event failing = all.failed().stream()
                .filter(e -> e.getTestDescriptor().isTest()).findFirst().orElseThrow();
        assertThat(failing.getTestDescriptor().getSource()).get()
                .isInstanceOfSatisfying(ClasspathResourceSource.class, source -> {
                    assertThat(source.getClasspathResourceName()).isEqualTo("scenarios/junit/three.yaml");
                    assertThat(source.getPosition()).get().satisfies(p -> assertThat(p.getLine()).isEqualTo(12));
                });
    }
}

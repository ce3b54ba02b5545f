package com.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.regression.ScenarioTests;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * Our rule regression suite: every scenario file under {@code src/test/resources/scenarios/} is judged by the
 * built-in rules plus our own ({@code com/example/rules/*.drl}) with our profile, one JUnit test per scenario.
 * The engine is built once, here, exactly as the application builds it.
 */
class CustomRulesScenariosTest {
    private static RuleBasedQualifier qualifier;

    @BeforeAll
    static void buildEngine() {
        qualifier = RuleBasedQualifier.builder()
                .addClasspathRules("com/example/rules/")
                .profile(ScoringProfile.parse(resource("com/example/rules/example-profile.yaml"),
                        "example-profile.yaml"))
                .build();
    }

    @AfterAll
    static void close() {
        if (qualifier != null) {
            qualifier.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return ScenarioTests.dynamicTests(ScenarioSuite.fromClasspath("scenarios"), ScenarioRunner.of(qualifier));
    }

    private static String resource(String name) {
        try (InputStream in = CustomRulesScenariosTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no classpath resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

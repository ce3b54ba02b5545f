package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.model.Lead;

/** Classpath rule folders that exist in more than one classpath entry. */
class ClasspathRulesTest {
    private static final String RULE = """
            package acme.rules;
            import org.leadqualification.model.*;
            global org.leadqualification.rules.facts.Scorecard score;
            rule "Acme attribute bonus"
            when
                Lead( attributes.get("acme") == true )
            then
                score.fit(7, "acme");
            end
            """;

    @Test
    void addClasspathRules_findsRulesInEveryClasspathEntryOfThatName(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("test-classes/acme/rules"));
        Path withRules = Files.createDirectories(tmp.resolve("classes/acme/rules"));
        Files.writeString(withRules.resolve("acme.drl"), RULE);
        assertThat(empty).isEmptyDirectory();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {
                tmp.resolve("test-classes").toUri().toURL(), tmp.resolve("classes").toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            try (RuleBasedQualifier q = RuleBasedQualifier.builder().builtInRules(false)
                    .addClasspathRules("acme/rules/").build()) {
                Instant now = Instant.parse("2026-11-01T00:00:00Z");
                assertThat(q.ruleNames()).containsExactly("Acme attribute bonus");
                assertThat(q.qualify(Lead.builder("A").attribute("acme", true).build(), now).dimensions().fit())
                        .isEqualTo(7);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void addClasspathRules_folderWithoutRulesAnywhere_isAnError(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("classes/acme/empty"));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatThrownBy(() -> RuleBasedQualifier.builder().builtInRules(false)
                    .addClasspathRules("acme/empty/").build())
                    .isInstanceOf(InvalidRulesException.class)
                    .hasMessageContaining("classpath:acme/empty/")
                    .hasMessageContaining("no .drl file");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}

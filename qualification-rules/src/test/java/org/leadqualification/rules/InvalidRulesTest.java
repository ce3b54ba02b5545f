package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid rules fail when the engine is built, with the file and line of every problem. */
class InvalidRulesTest {
    private static final String HEADER = """
            package com.acme.rules;
            import org.leadqualification.model.*;
            import org.leadqualification.rules.facts.Scorecard;
            global Scorecard score;
            """;

    private static InvalidRulesException buildFails(RuleBasedQualifier.Builder builder) {
        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, builder::build);
        assertThat(e).as("build() must throw InvalidRulesException").isNotNull();
        assertThat(e.problems()).isNotEmpty();
        return e;
    }

    private static int lineOf(String resource, String text) throws IOException {
        try (InputStream in = RuleBasedQualifier.class.getClassLoader().getResourceAsStream(resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.indexOf(text) + 1;
        }
    }

    @Test
    void syntaxError_namesTheFileAndLine() {
        String drl = HEADER + """
                rule "Broken"
                when
                    Lead( id == "x"
                then
                    score.fit(1, null);
                end
                """;

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().addRules("broken.drl", drl));

        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.drl");
            assertThat(p.line()).isBetween(7, 8);
        });
        assertThat(e).hasMessageContaining("broken.drl:");
        // Drools appends its parser's stack trace to some messages; a reader gets only the message.
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("stacktrace", "\tat ", "Exception"));
    }

    @Test
    void duplicateRuleName_withoutDisablingTheBuiltIn_namesBothFilesAndLines() throws IOException {
        String drl = HEADER + """

                rule "Target industry"
                when
                    Lead()
                then
                    score.fit(1, null);
                end
                """;
        int builtInLine = lineOf("org/leadqualification/rules/builtin/fit.drl", "rule \"Target industry\"");
        assertThat(builtInLine).isPositive();

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().addRules("ours.drl", drl));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ours.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("Target industry").contains("fit.drl:" + builtInLine)
                    .contains("rules.disabled");
        });
    }

    @Test
    void duplicateRuleName_acrossCustomFiles() {
        String drl = HEADER + "rule \"Ours\" when Lead() then score.fit(1, null); end\n";

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().builtInRules(false)
                .addRules("a.drl", drl).addRules("b.drl", drl.replace("com.acme.rules", "com.acme.other")));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("a.drl:5");
        });
    }

    @Test
    void unknownFactField_isInvalid() {
        String drl = HEADER + """
                rule "Unknown field"
                when
                    Lead( nosuchField == 3 )
                then
                    score.fit(1, null);
                end
                """;

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().builtInRules(false)
                .addRules("unknown-field.drl", drl));

        assertThat(e).hasMessageContaining("unknown-field.drl").hasMessageContaining("nosuchField");
    }

    @Test
    void unknownMethodInAConsequence_isInvalid() {
        String drl = HEADER + """
                rule "Unknown method"
                when
                    Lead()
                then
                    score.addBonus(5);
                end
                """;

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().builtInRules(false)
                .addRules("unknown-method.drl", drl));

        assertThat(e).hasMessageContaining("unknown-method.drl").hasMessageContaining("addBonus");
    }

    @Test
    void wrongGlobalType_namesTheFileAndLine() {
        String drl = """
                package com.acme.rules;
                import org.leadqualification.model.*;

                global java.util.List score;

                rule "Uses score"
                when
                    Lead()
                then
                end
                """;

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().builtInRules(false)
                .addRules("globals.drl", drl));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("globals.drl");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("org.leadqualification.rules.facts.Scorecard").contains("java.util.List");
        });
    }

    @Test
    void emptyFolder_isInvalid(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "no rules here");

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().addRules(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.toString());
            assertThat(p.message()).contains("no .drl file");
        });
    }

    @Test
    void missingFile_isInvalid(@TempDir Path dir) {
        Path missing = dir.resolve("missing.drl");

        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().addRules(missing));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.message()).contains("no such file");
        });
    }

    @Test
    void missingClasspathResource_isInvalid() {
        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().addClasspathRules("com/acme/none/"));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.file()).contains("com/acme/none/"));
    }

    @Test
    void noBuiltInRulesAndNoOthers_isInvalid() {
        InvalidRulesException e = buildFails(RuleBasedQualifier.builder().builtInRules(false));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no rules"));
    }

    @Test
    void everyProblemIsReported_notJustTheFirst(@TempDir Path dir) {
        InvalidRulesException e = buildFails(RuleBasedQualifier.builder()
                .addRules(dir.resolve("one.drl")).addRules(dir.resolve("two.drl")));

        assertThat(e.problems()).extracting(RuleProblem::file)
                .containsExactly(dir.resolve("one.drl").toString(), dir.resolve("two.drl").toString());
    }

    @Test
    void builderArguments_areChecked() {
        assertThatThrownBy(() -> RuleBasedQualifier.builder().addClasspathRules(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleBasedQualifier.builder().addRules((Path) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RuleBasedQualifier.builder().addRules("x.drl", null))
                .isInstanceOf(NullPointerException.class);
    }
}

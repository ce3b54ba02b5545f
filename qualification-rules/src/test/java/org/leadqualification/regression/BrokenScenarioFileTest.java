package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadqualification.api.LeadQualificationException;
import org.leadqualification.regression.ScenarioLoadException.Problem;

/** Every kind of broken scenario file is an exception naming file, line and problem; nothing is skipped. */
class BrokenScenarioFileTest {
    private static final Path BROKEN = Path.of("src/test/resources/scenarios/broken");

    private static ScenarioLoadException load(String file) {
        return catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioSuite.load(BROKEN.resolve(file)));
    }

    @ParameterizedTest(name = "{0}: line {1}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax-error.yaml                  | 5  | expected ',' or ']'
            syntax-error.json                  | 4  | was expecting comma to separate Object entries
            unknown-field.yaml                 | 8  | scenario "typo in an expectation": scenarios[0].expect.scor: unknown field "scor": expected one of [stage, qualifications, score
            scenario-without-name.yaml         | 7  | scenarios[1]: scenario without "name"
            scenario-without-expectations.yaml | 4  | scenario "nothing expected": scenarios[0]: no expectations: "expect" needs at least one of
            duplicate-name.yaml                | 7  | scenario "same": scenarios[1].name: duplicate scenario name "same": first used on line 4
            missing-lead.yaml                  | 4  | scenario "no lead at all": scenarios[0]: no lead: give "lead" (inline), "leadFile" (a path) or "base"
            missing-lead-file.yaml             | 5  | scenarios[0].leadFile: lead file "leads/nobody.json" not found
            unknown-base.yaml                  | 7  | scenarios[0].base: unknown base "unknwon": not a lead of "leads" (known: [known])
            invalid-lead.yaml                  | 10 | scenario "interaction without a valid instant": invalid lead "L-1" at interactions[1].at:
            invalid-lead-from-set.yaml         | 10 | scenario "the change breaks the lead": invalid lead "L-1" at company.employees:
            range-min-above-max.yaml           | 7  | scenarios[0].expect.fit: min must be <= max, got min 80 and max 70
            likelihood-not-a-range.yaml        | 7  | scenarios[0].expect.likelihood: expected {min, max} with likelihoods in 0..1, got 0.5
            likelihood-out-of-range.yaml       | 7  | scenarios[0].expect.likelihood.min: expected a likelihood in 0..1, got 60
            unknown-stage.yaml                 | 7  | scenarios[0].expect.stage: unknown stage "SQLL": expected one of [DISQUALIFIED, UNQUALIFIED, MQL, SQL, PQL, SERVICE_QUALIFIED]
            unknown-grade.yaml                 | 7  | scenarios[0].expect.grade[1]: unknown grade "E": expected one of [A, B, C, D, F]
            no-as-of.yaml                      | 2  | scenario "when?": scenarios[0]: no "asOf": give it in the scenario or in "defaults"
            mixed-case-stage.yaml              | 6  | scenarios[0].expect.stage: unknown stage "Mql": expected one of [DISQUALIFIED, UNQUALIFIED, MQL, SQL, PQL, SERVICE_QUALIFIED], in upper or lower case
            padded-stage.yaml                  | 7  | scenarios[0].expect.qualifications.includes[1]: unknown stage " sql "
            padded-grade.yaml                  | 6  | scenarios[0].expect.grade: unknown grade " b": expected one of [A, B, C, D, F], in upper or lower case
            empty-qualifications.yaml          | 6  | scenarios[0].expect.qualifications: expected "includes", "excludes" or both
            schema-not-a-string.yaml           | 1  | $schema: expected a non-blank string, got 5
            shared-lead-without-id.yaml        | 5  | leads.unused: invalid lead at id: missing required field
            """)
    void brokenFile_isAnErrorWithFileAndLine(String file, int line, String message) {
        ScenarioLoadException e = load(file);

        assertThat(e).as(file + " must not load").isNotNull().isInstanceOf(LeadQualificationException.class);
        Problem first = e.problems().get(0);
        assertThat(first.file()).isEqualTo(BROKEN.resolve(file).toString());
        assertThat(first.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(first.message()).contains(message);
        assertThat(e.getMessage()).contains(BROKEN.resolve(file) + ":" + line + ":");
    }

    @Test
    void invalidLeadInALeadFile_isReportedAtItsLineInThatFile(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("leads"));
        Files.writeString(tmp.resolve("leads/bad.json"), """
                {
                  "id": "L-9",
                  "person": { "seniority": "BOSS" }
                }
                """);
        Files.writeString(tmp.resolve("uses-bad-lead.yaml"), """
                defaults: { asOf: "2026-11-01T00:00:00Z" }
                scenarios:
                  - name: bad lead file
                    leadFile: leads/bad.json
                    expect: { stage: UNQUALIFIED }
                """);

        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioSuite.load(tmp));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(tmp.resolve("leads/bad.json").toString());
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("scenario \"bad lead file\"", "invalid lead \"L-9\" at person.seniority");
        });
    }

    @Test
    void invalidAddedInteraction_isReportedAtItsLine(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("adds-bad-interaction.yaml");
        Files.writeString(file, """
                defaults: { asOf: "2026-11-01T00:00:00Z" }
                leads:
                  base: { id: L-1, interactions: [ { type: PAGE_VIEW, at: "2026-10-01T00:00:00Z" } ] }
                scenarios:
                  - name: bad addition
                    base: base
                    addInteractions:
                      - { type: DEMO_REQUEST, at: "2026-10-02T00:00:00Z" }
                      - { type: DEMO_REQUEST, at: "soon" }
                    expect: { stage: UNQUALIFIED }
                """);

        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioSuite.load(file));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("invalid lead \"L-1\" at interactions[2].at");
        });
    }

    @Test
    void invalidSharedLead_isReportedOnceAtItsOwnLine_notAtEachScenarioUsingIt() {
        ScenarioLoadException e = load("shared-lead-with-unknown-field.yaml");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).isEqualTo("leads.acme: invalid lead \"L-1\" at company.employes: unknown field "
                    + "\"employes\" (did you mean \"employees\"?): expected one of name, domain, industry, employees, "
                    + "annualRevenue, country, fundingRaised");
        });
    }

    @Test
    void unreadableDefaultAsOf_isReportedWhereItIsWritten_notAgainAsMissing() {
        ScenarioLoadException e = load("impossible-as-of.yaml");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("defaults.asOf: expected an ISO-8601 instant", "\"2026-02-30T00:00:00Z\"");
        });
    }

    @Test
    void emptyExpectations_areAsBrokenAsMissingOnes() {
        ScenarioLoadException e = load("scenario-without-expectations.yaml");

        assertThat(e.problems()).extracting(Problem::line).containsExactly(4, 8);
        assertThat(e.problems().get(1).message()).contains("scenario \"empty expectations\"", "no expectations");
    }

    @Test
    void everyProblemOfAFile_isReported() {
        ScenarioLoadException e = load("several-problems.yaml");

        assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 7, 10);
        assertThat(e.problems()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("defaults.profle: unknown field \"profle\""),
                m -> assertThat(m).contains("scenario \"one\"", "unknown stage \"MAYBE\""),
                m -> assertThat(m).contains("scenario \"two\"", "expect.score: expected an integer in 0..100, got 101"));
        assertThat(e.getMessage()).startsWith("3 problems in scenario files:\n");
    }

    @Test
    void problemsOfEveryFile_areCollectedInOneException() {
        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class,
                () -> ScenarioSuite.load(BROKEN.resolve("unknown-stage.yaml"), BROKEN.resolve("unknown-grade.yaml")));

        assertThat(e.problems()).extracting(Problem::file)
                .containsExactly(BROKEN.resolve("unknown-stage.yaml").toString(),
                        BROKEN.resolve("unknown-grade.yaml").toString());
    }

    @Test
    void brokenFileOnTheClasspath_isNamedByItsResource() {
        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class,
                () -> ScenarioSuite.fromClasspath("scenarios/broken/unknown-stage.yaml"));

        assertThat(e.problems()).singleElement().hasToString(
                "classpath:scenarios/broken/unknown-stage.yaml:7:7: scenario \"misspelt stage\": "
                        + "scenarios[0].expect.stage: unknown stage \"SQLL\": expected one of "
                        + "[DISQUALIFIED, UNQUALIFIED, MQL, SQL, PQL, SERVICE_QUALIFIED], in upper or lower case");
    }

    @Test
    void wholeFolderOfBrokenFiles_failsWithAProblemPerFile() {
        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioSuite.load(BROKEN));

        assertThat(e.problems()).extracting(Problem::file).map(f -> Path.of(f).getFileName().toString())
                .contains("syntax-error.yaml", "unknown-field.yaml", "no-as-of.yaml", "several-problems.yaml");
    }
}

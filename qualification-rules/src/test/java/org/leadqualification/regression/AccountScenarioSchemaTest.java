package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped account scenario schema and {@link AccountScenarios#load} agree: every file the loader accepts (the
 * built-in account scenarios and an example with every field) validates, and every broken file the schema rejects
 * the loader rejects too, naming file, line and column. Some mistakes only the loader can see (a duplicate name, an
 * inverted range, a lead file, a lead's own fields).
 */
class AccountScenarioSchemaTest {
    private static final Path ACCOUNTS = Path.of("src/test/resources/scenarios/accounts");
    private static final Path BROKEN = ACCOUNTS.resolve("broken");
    private static final JsonSchema SCHEMA = ScenarioSchemas.load("account-scenarios.schema.json");
    /** Broken files the schema rejects: file | line:column | the loader's message. */
    private static final String SCHEMA_REJECTS = """
            unknown-field.yaml                 | 5:5  | accountScenarios[0].expectt: unknown field "expectt": expected one of [name, description, account, leads, leadFiles, asOf, expect]
            scenario-without-name.yaml         | 3:5  | accountScenarios[0]: account scenario without "name"
            name-not-a-string.yaml             | 3:5  | accountScenarios[0].name: expected a non-blank string, got a list
            scenario-without-expectations.yaml | 3:5  | scenario "expects nothing": accountScenarios[0]: no expectations: "expect" needs at least one of [stage, score
            no-leads.yaml                      | 3:5  | scenario "an account without leads": accountScenarios[0]: no leads: give "leads" (inline
            empty-leads.yaml                   | 5:5  | accountScenarios[0].leads: expected a non-empty list of leads, got an empty list
            leads-not-a-list.yaml              | 4:5  | accountScenarios[0].leads: expected a non-empty list of leads, got an object
            lead-without-id.yaml               | 5:9  | scenario "a lead without its id": invalid lead at id: missing required field
            no-as-of.yaml                      | 2:5  | scenario "judged when": accountScenarios[0]: no "asOf": give it in the scenario or in "defaults"
            bad-as-of.yaml                     | 3:5  | accountScenarios[0].asOf: expected an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z, got "last tuesday"
            profile-in-defaults.yaml           | 3:3  | defaults.profile: unknown field "profile": expected one of [asOf]
            unknown-account-stage.yaml         | 5:15 | accountScenarios[0].expect.stage: unknown account stage "MQL": expected one of [DISQUALIFIED, CUSTOMER_EXPANSION, ACCOUNT_QUALIFIED, ENGAGED, COLD], in upper or lower case
            mixed-case-stage.yaml              | 5:15 | accountScenarios[0].expect.stage: unknown account stage "Cold"
            unknown-contact-stage.yaml         | 6:19 | accountScenarios[0].expect.contacts.A-1: unknown stage "COLD": expected one of [DISQUALIFIED, UNQUALIFIED, MQL, SQL, PQL, SERVICE_QUALIFIED]
            score-out-of-range.yaml            | 5:24 | accountScenarios[0].expect.score.min: expected an integer in 0..100, got 120
            range-not-a-number.yaml            | 5:22 | accountScenarios[0].expect.fit.min: expected an integer in 0..100, got "40"
            empty-qualifications.yaml          | 5:28 | accountScenarios[0].expect.qualifications: expected "includes", "excludes" or both
            blank-rule-name.yaml               | 5:28 | accountScenarios[0].expect.rulesFired[0]: expected a non-blank string, got " "
            contact-error-listed-twice.yaml    | 5:36 | accountScenarios[0].expect.contactErrors[1]: lead id "A-2" is listed twice
            empty-account-scenarios.yaml       | 2:1  | accountScenarios: expected a non-empty list of account scenarios, got an empty list
            """;
    /** Broken files only the loader rejects: file | where the problem is reported | the loader's message. */
    private static final String ONLY_THE_LOADER_SEES = """
            duplicate-name.yaml        | duplicate-name.yaml:6:5         | accountScenarios[1].name: duplicate scenario name "the same name": first used on line 3
            range-min-above-max.yaml   | range-min-above-max.yaml:5:15   | accountScenarios[0].expect.committee: min must be <= max, got min 60 and max 40
            included-and-excluded.yaml | included-and-excluded.yaml:5:54 | accountScenarios[0].expect.qualifications.excludes: ENGAGED is both included and excluded
            missing-lead-file.yaml     | missing-lead-file.yaml:4:17     | accountScenarios[0].leadFiles[0]: lead file "leads/nobody.json" not found
            invalid-lead.yaml          | invalid-lead.yaml:5:53          | invalid lead "A-1" at company.employes: unknown field "employes" (did you mean "employees"?)
            invalid-lead-in-lead-file.yaml | leads/acme-with-a-bad-lead.json:4:53 | scenario "a lead file with an invalid lead": invalid lead "B-2" at interactions[0].at: expected an ISO-8601 instant
            """;


    /** The files the loader accepts, as it names them: lead files they use are not among them. */
    static Stream<Path> acceptedFiles() {
        List<AccountScenario> scenarios = AccountScenarios.load(ACCOUNTS.resolve("builtin"), ACCOUNTS.resolve("valid"));
        List<Path> files = scenarios.stream().map(AccountScenario::file).distinct().map(Path::of).toList();
        assertThat(files).hasSize(6);
        return files.stream();
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        ObjectMapper mapper = LocatedTree.isYaml(file.toString()) ? new YAMLMapper() : new ObjectMapper();
        JsonNode node = mapper.readTree(Files.readString(file));
        return SCHEMA.validate(node);
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void aFileTheLoaderAccepts_isValid(Path file) throws IOException {
        assertThat(validate(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = SCHEMA_REJECTS)
    void aFileTheSchemaRejects_theLoaderRejectsToo_atItsLine(String file, String at, String message)
            throws IOException {
        Path path = BROKEN.resolve(file);

        assertThat(validate(path)).as("schema").isNotEmpty();
        assertThat(problems(path)).singleElement().asString().startsWith(path + ":" + at + ": ").contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = ONLY_THE_LOADER_SEES)
    void aMistakeOnlyTheLoaderCanSee_isValidForTheSchema_butRejected(String file, String at, String message)
            throws IOException {
        Path path = BROKEN.resolve(file);

        assertThat(validate(path)).as("schema").isEmpty();
        assertThat(problems(path)).singleElement().asString().startsWith(BROKEN.resolve(at) + ": ").contains(message);
    }

    @Test
    void everyBrokenFile_isInOneOfTheTables() throws IOException {
        List<String> listed = Stream.of(SCHEMA_REJECTS, ONLY_THE_LOADER_SEES).flatMap(String::lines)
                .map(line -> line.substring(0, line.indexOf('|')).strip()).toList();
        try (Stream<Path> files = Files.list(BROKEN)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void aFileWithEveryField_loadsEveryPart() {
        List<AccountScenario> scenarios = AccountScenarios.load(ACCOUNTS.resolve("valid/every-field.yaml"));

        assertThat(scenarios).hasSize(2);
        AccountScenario first = scenarios.get(0);
        assertThat(first.line()).isEqualTo(6);
        assertThat(first.description()).contains("inline leads and a lead file of two make one buying committee");
        assertThat(first.leads()).extracting(l -> l.id()).containsExactly("V-1", "V-2", "V-3");
        assertThat(first.expect().dimensions()).containsOnlyKeys("fit", "engagement", "committee", "intent");
        assertThat(first.expect().contactStages()).hasSize(2);
        assertThat(first.expect().contactErrors()).contains(List.of());
        AccountScenario second = scenarios.get(1);
        assertThat(second.accountId()).isEqualTo("globex.example");
        assertThat(second.asOf()).hasToString("2026-11-01T11:00:00Z");
        assertThat(second.leads()).extracting(l -> l.id()).containsExactly("V-8", "V-9");
    }

    private static List<String> problems(Path file) {
        return ScenarioSchemas.problems(file, () -> AccountScenarios.load(file));
    }
}

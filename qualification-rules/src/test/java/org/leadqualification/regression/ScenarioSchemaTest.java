package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped lead scenario schema and {@link ScenarioSuite#load} agree: every lead scenario file of the repository
 * that is meant to load (the test scenarios, the examples' and a file with every field) loads and validates, and
 * every broken file the schema rejects the loader rejects too, naming file, line and column. Some mistakes only the
 * loader can see (a duplicate name, an inverted range, an impossible date, a lead's own fields, a lead file).
 */
class ScenarioSchemaTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final Path BROKEN = SCENARIOS.resolve("broken");
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final JsonSchema SCHEMA = ScenarioSchemas.load("scenarios.schema.json");
    /**
     * Broken files the schema rejects (a file that is not JSON or YAML at all included): file | how many problems the
     * loader reports | where the first is | its message.
     */
    private static final String SCHEMA_REJECTS = """
            syntax-error.yaml                  | 1 | 5:88 | expected ',' or ']'
            syntax-error.json                  | 1 | 4:56 | was expecting comma to separate Object entries
            unknown-field.yaml                 | 1 | 8:7  | scenarios[0].expect.scor: unknown field "scor": expected one of [stage, qualifications, score
            several-problems.yaml              | 3 | 3:3  | defaults.profle: unknown field "profle": expected one of [asOf, profile]
            scenario-without-name.yaml         | 1 | 7:5  | scenarios[1]: scenario without "name"
            scenario-without-expectations.yaml | 2 | 4:5  | scenario "nothing expected": scenarios[0]: no expectations: "expect" needs at least one of
            missing-lead.yaml                  | 1 | 4:5  | scenario "no lead at all": scenarios[0]: no lead: give "lead" (inline), "leadFile" (a path) or "base"
            shared-lead-without-id.yaml        | 1 | 5:3  | leads.unused: invalid lead at id: missing required field
            no-as-of.yaml                      | 1 | 2:5  | scenario "when?": scenarios[0]: no "asOf": give it in the scenario or in "defaults"
            bad-as-of.yaml                     | 1 | 6:5  | scenarios[0].asOf: expected an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z, got "2026-11-01T09:00:00+0100"
            unknown-stage.yaml                 | 1 | 7:7  | scenarios[0].expect.stage: unknown stage "SQLL": expected one of [DISQUALIFIED, UNQUALIFIED, MQL, SQL, PQL, SERVICE_QUALIFIED], in upper or lower case
            mixed-case-stage.yaml              | 1 | 6:15 | scenarios[0].expect.stage: unknown stage "Mql"
            padded-stage.yaml                  | 1 | 7:41 | scenarios[0].expect.qualifications.includes[1]: unknown stage " sql "
            unknown-grade.yaml                 | 1 | 7:18 | scenarios[0].expect.grade[1]: unknown grade "E": expected one of [A, B, C, D, F], in upper or lower case
            padded-grade.yaml                  | 1 | 6:15 | scenarios[0].expect.grade: unknown grade " b"
            empty-qualifications.yaml          | 1 | 6:35 | scenarios[0].expect.qualifications: expected "includes", "excludes" or both
            likelihood-not-a-range.yaml        | 1 | 7:7  | scenarios[0].expect.likelihood: expected {min, max} with likelihoods in 0..1, got 0.5
            likelihood-out-of-range.yaml       | 1 | 7:9  | scenarios[0].expect.likelihood.min: expected a likelihood in 0..1, got 60
            schema-not-a-string.yaml           | 1 | 1:1  | $schema: expected a non-blank string, got 5
            blank-schema.yaml                  | 1 | 1:1  | $schema: expected a non-blank string, got ""
            blank-profile.yaml                 | 1 | 3:3  | defaults.profile: expected a non-blank string, got " "
            blank-description.yaml             | 1 | 5:5  | scenarios[0].description: expected a non-blank string, got ""
            blank-lead-file.yaml               | 1 | 5:5  | scenarios[0].leadFile: expected a non-blank string, got " "
            blank-base.yaml                    | 1 | 7:5  | scenarios[0].base: expected a non-blank string, got ""
            blank-interaction-type.yaml        | 1 | 8:41 | scenarios[0].removeInteractionTypes[1]: expected a non-blank string, got " "
            """;
    /** Broken files only the loader rejects, with one problem each: file | where it is | the loader's message. */
    private static final String ONLY_THE_LOADER_SEES = """
            duplicate-name.yaml                 | 7:5   | scenarios[1].name: duplicate scenario name "same": first used on line 4
            impossible-as-of.yaml               | 2:3   | defaults.asOf: expected an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z, got "2026-02-30T00:00:00Z"
            range-min-above-max.yaml            | 7:7   | scenarios[0].expect.fit: min must be <= max, got min 80 and max 70
            decimal-score.yaml                  | 6:22  | scenarios[0].expect.fit.min: expected an integer in 0..100, got 50.0
            expects-nothing.yaml                | 6:5   | scenarios[0].expect: expectations must expect something
            included-and-excluded.yaml          | 7:47  | scenarios[0].expect.qualifications.excludes: SQL is both included and excluded
            missing-lead-file.yaml              | 5:5   | scenarios[0].leadFile: lead file "leads/nobody.json" not found
            unknown-base.yaml                   | 7:5   | scenarios[0].base: unknown base "unknwon": not a lead of "leads" (known: [known])
            invalid-lead.yaml                   | 10:11 | scenario "interaction without a valid instant": invalid lead "L-1" at interactions[1].at: expected an ISO-8601 instant
            invalid-lead-from-set.yaml          | 10:9  | scenario "the change breaks the lead": invalid lead "L-1" at company.employees: expected a whole number >= 0, got "many"
            shared-lead-with-unknown-field.yaml | 6:28  | leads.acme: invalid lead "L-1" at company.employes: unknown field "employes" (did you mean "employees"?)
            """;


    /**
     * The lead scenario files of the repository that are meant to load, as the loader names them: the test scenarios,
     * a file with every field and the examples' (their lead files and account scenario files are left out).
     */
    static List<Path> acceptedFiles() {
        ScenarioSuite suite = ScenarioSuite.load(SCENARIOS.resolve("valid"), SCENARIOS.resolve("equivalence"),
                SCENARIOS.resolve("junit"), SCENARIOS.resolve("builtin"), SCENARIOS.resolve("schema"),
                REPOSITORY.resolve("examples/custom-rules/src/test/resources/scenarios"),
                REPOSITORY.resolve("examples/qualify/src/test/resources/scenarios/passing"),
                REPOSITORY.resolve("examples/qualify/src/test/resources/scenarios/mixed"));
        List<Path> files = suite.files().stream().map(f -> Path.of(f.name())).toList();
        assertThat(files).hasSize(21);
        return files;
    }

    /** @return the problems the schema finds; a file that is not JSON or YAML at all is one */
    private static List<String> validate(Path file) throws IOException {
        ObjectMapper mapper = LocatedTree.isYaml(file.toString()) ? new YAMLMapper() : new ObjectMapper();
        JsonNode node;
        try {
            node = mapper.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            return List.of("not JSON or YAML: " + e.getOriginalMessage());
        }
        Set<ValidationMessage> messages = SCHEMA.validate(node);
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void aFileTheLoaderAccepts_isValid(Path file) throws IOException {
        assertThat(validate(file)).isEmpty();
    }

    @Test
    void everyLeadScenarioFileOfTheRepository_outsideBrokenFolders_isAmongTheAcceptedFiles() throws IOException {
        assertThat(REPOSITORY.resolve("qualification-rules/src/test/resources/scenarios")).isDirectory();

        assertThat(leadScenarioFiles(REPOSITORY)).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                acceptedFiles().stream().map(f -> f.toAbsolutePath().normalize()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = SCHEMA_REJECTS)
    void aFileTheSchemaRejects_theLoaderRejectsToo_atItsLine(String file, int count, String at, String message)
            throws IOException {
        Path path = BROKEN.resolve(file);

        assertThat(validate(path)).as("schema").isNotEmpty();
        List<String> problems = problems(path);
        assertThat(problems).hasSize(count);
        assertThat(problems.get(0)).startsWith(path + ":" + at + ": ").contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = ONLY_THE_LOADER_SEES)
    void aMistakeOnlyTheLoaderCanSee_isValidForTheSchema_butRejected(String file, String at, String message)
            throws IOException {
        Path path = BROKEN.resolve(file);

        assertThat(validate(path)).as("schema").isEmpty();
        assertThat(problems(path)).singleElement().asString().startsWith(path + ":" + at + ": ").contains(message);
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
        List<Scenario> scenarios = ScenarioSuite.load(SCENARIOS.resolve("schema/every-field.yaml")).scenarios();

        assertThat(scenarios).extracting(Scenario::name).containsExactly("Inline lead, every expectation",
                "Lead file, lower-case stage and grade", "Shared lead changed every way", "Base from a file");
        assertThat(scenarios).extracting(s -> s.asOf().toString()).containsExactly("2026-11-01T00:00:00Z",
                "2026-11-01T08:00:00Z", "2026-11-01T08:59:45.500Z", "2026-11-01T00:00:00Z");
        assertThat(scenarios.get(0).expectations().likelihood()).isPresent();
        assertThat(scenarios.get(1).lead().id()).isEqualTo("S-DORA");
        assertThat(scenarios.get(1).expectations().includesQualifications()).hasToString("[MQL]");
        assertThat(scenarios.get(2).lead().interactions()).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo("CONTENT_DOWNLOAD"));
        assertThat(scenarios.get(3).expectations().grades()).hasToString("[F]");
    }

    /** Files under {@code root} whose top level holds {@code scenarios}, outside build output and broken folders. */
    private static List<Path> leadScenarioFiles(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return Set.of("target", "broken", ".git", "node_modules").contains(name)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                    ObjectMapper mapper = LocatedTree.isYaml(name) ? new YAMLMapper() : new ObjectMapper();
                    try {
                        if (mapper.readTree(file.toFile()).has("scenarios")) {
                            found.add(file.toAbsolutePath().normalize());
                        }
                    } catch (JsonProcessingException e) {
                        // not JSON or YAML, so not a scenario file that is meant to load
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static List<String> problems(Path file) {
        return ScenarioSchemas.problems(file, () -> ScenarioSuite.load(file));
    }
}

package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema accepts every example scenario file and rejects broken ones it can judge. */
class ScenarioSchemaTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = ScenarioSchemaTest.class
                .getResourceAsStream("/org/leadqualification/regression/scenarios.schema.json")) {
            assertThat(in).as("schema resource").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Path> exampleScenarioFiles() {
        ScenarioSuite suite = ScenarioSuite.load(SCENARIOS.resolve("valid"), SCENARIOS.resolve("equivalence"),
                SCENARIOS.resolve("junit"), SCENARIOS.resolve("builtin"));
        assertThat(suite.files()).hasSize(15);
        return suite.files().stream().map(f -> Path.of(f.name()));
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        ObjectMapper mapper = LocatedTree.isYaml(file.toString()) ? new YAMLMapper() : new ObjectMapper();
        JsonNode node = mapper.readTree(Files.readString(file));
        return SCHEMA.validate(node);
    }

    @ParameterizedTest
    @MethodSource("exampleScenarioFiles")
    void exampleFile_isValid(Path file) throws IOException {
        assertThat(validate(file)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-field.yaml", "scenario-without-name.yaml", "scenario-without-expectations.yaml",
            "missing-lead.yaml", "unknown-stage.yaml", "unknown-grade.yaml", "several-problems.yaml"})
    void brokenFile_isInvalid(String name) throws IOException {
        assertThat(validate(SCENARIOS.resolve("broken").resolve(name))).isNotEmpty();
    }
}

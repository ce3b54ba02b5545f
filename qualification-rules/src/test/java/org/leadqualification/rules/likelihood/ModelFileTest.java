package org.leadqualification.rules.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model file: written, read back equal, described by its schema; bad files are errors naming file and path. */
class ModelFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static LikelihoodModel full() {
        LikelihoodModel m = LikelihoodModelTest.model();
        Training t = new Training("L2-regularised logistic regression (LIBLINEAR)", "14 days after creation",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-12-31T00:00:00Z"), 1000, 380, 800,
                Instant.parse("2025-10-01T00:00:00Z"), 200, 0.1, 5);
        Evaluation e = new Evaluation(200, 80, 0.87, OptionalDouble.of(0.61), 0.45, 0.14, 2.3,
                List.of(new CalibrationBin(1, 20, 0.05, 0.04), new CalibrationBin(10, 20, 0.9, 0.95)));
        return new LikelihoodModel(m.intercept(), m.features(), Optional.of(t), Optional.of(e));
    }

    @Test
    void aModel_roundTripsThroughItsFileAndMatchesTheSchema() throws IOException {
        String text = full().toJson();

        assertThat(LikelihoodModel.parse(text, "m.json")).isEqualTo(full());
        assertThat(schema().validate(JSON.readTree(text))).isEmpty();
        assertThat(text).contains("\"name\" : \"attribute:occupation=Student\"").endsWith("}\n");
    }

    @Test
    void aModelWithoutTrainingFacts_isValidToo() throws IOException {
        String text = LikelihoodModelTest.model().toJson();

        assertThat(LikelihoodModel.parse(text, "m.json")).isEqualTo(LikelihoodModelTest.model());
        assertThat(schema().validate(JSON.readTree(text))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong format      | \"format\" : \"lead-qualification/likelihood-model\"|\"format\" : \"x\"| at format: expected \"lead-qualification/likelihood-model\"",
        "newer version     | \"version\" : 1|\"version\" : 2| at version: expected 1",
        "weight not number | \"weight\" : 0.1|\"weight\" : \"heavy\"| at features[0].weight: expected a finite number, got \"heavy\"",
        "unknown kind      | \"kind\" : \"source\"|\"kind\" : \"colour\"| at features[2].kind: expected one of [rule, interactions, source, attribute], got \"colour\"",
        "unknown field     | \"center\" : 3.0|\"centre\" : 3.0| at features[0].centre: unknown field",
        "name mismatch     | \"name\" : \"source=Google\"|\"name\" : \"source=Bing\"| at features[2].name: expected \"source=Google\"",
        "bad instant       | \"from\" : \"2025-01-01T00:00:00Z\"|\"from\" : \"last year\"| at training.from: expected an ISO-8601 instant",
        "bad counts        | \"trainLeads\" : 800|\"trainLeads\" : 700| at training: inconsistent counts",
        "decile 11         | \"decile\" : 10|\"decile\" : 11| at heldOut.calibration[1]: decile must be in 1..10",
    })
    void aBadFile_isAnErrorNamingTheFileAndThePath(String name, String from, String to, String message,
                                                   @TempDir Path dir) throws IOException {
        String good = full().toJson();
        assertThat(good).contains(from);
        Path file = dir.resolve("model.json");
        Files.writeString(file, good.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));

        assertThatThrownBy(() -> LikelihoodModel.load(file))
                .isInstanceOf(InvalidLikelihoodModelException.class)
                .hasMessageStartingWith("invalid likelihood model " + file)
                .hasMessageContaining(message.strip());
    }

    @Test
    void notJson_isAnErrorWithTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "{\n  \"format\": \n}");

        assertThatThrownBy(() -> LikelihoodModel.load(file))
                .isInstanceOf(InvalidLikelihoodModelException.class)
                .hasMessageStartingWith("invalid likelihood model " + file + ":3")
                .hasMessageContaining("not JSON");
    }

    @Test
    void aMissingFileOrResource_isAnErrorNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> LikelihoodModelSource.file(dir.resolve("nope.json")).load())
                .isInstanceOf(InvalidLikelihoodModelException.class).hasMessageContaining("nope.json: cannot read");
        assertThatThrownBy(() -> LikelihoodModelSource.resource("com/acme/model.json").load())
                .isInstanceOf(InvalidLikelihoodModelException.class)
                .hasMessage("invalid likelihood model classpath:com/acme/model.json: no such classpath resource");
    }

    @Test
    void aDuplicateFeature_isAnError() {
        String text = full().toJson();
        String twice = text.replace("\"key\" : \"PAGE_VIEW\"", "\"key\" : \"Demo requested\"")
                .replace("\"kind\" : \"interactions\"", "\"kind\" : \"rule\"")
                .replace("\"name\" : \"interactions:PAGE_VIEW\",", "")
                .replace("\"transform\" : \"log1p\",\n      \"center\" : 1.0", "\"transform\" : \"none\",\n      \"center\" : 1.0");

        assertThatThrownBy(() -> LikelihoodModel.parse(twice, "m.json"))
                .hasMessageContaining("at features[1]: duplicate feature \"rule:Demo requested\" (also features[0])");
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = LikelihoodModel.schema().openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

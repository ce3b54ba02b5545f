package org.leadqualification.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadqualification.api.Location;

/** Where a profile error is: the file, the line and column of the offending node, and the field's path. */
class InvalidProfileExceptionTest {

    private static InvalidProfileException parseError(String text, String source) {
        return catchThrowableOfType(InvalidProfileException.class, () -> ScoringProfile.parse(text, source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad value in a list | fit:\\n  companySize:\\n    - { min: 1, max: 9, points: 0 }\\n    - { min: 20, max: 10, points: 5 }\\n | fit.companySize[1] | 4 | 7
            unknown field | weights:\\n  fit: 30\\n  fitt: 5\\n | weights.fitt | 3 | 3
            wrong type | interactions:\\n  EMAIL_OPEN: { points: many }\\n | interactions.EMAIL_OPEN.points | 2 | 17
            check across sections | normalisation:\\n  engagement: 0\\n | normalisation.engagement | 2 | 3
            type list of a section | classification:\\n  sql:\\n    handRaiseTypes: [DEMO_REQUEST, demo]\\n | classification.sql.handRaiseTypes[1] | 3 | 36
            """)
    void invalidValue_isLocatedAtItsNodeInTheText(String name, String yaml, String path, int line, int column) {
        InvalidProfileException e = parseError(yaml.replace("\\n", "\n"), "ours.yaml");

        assertThat(e.path()).isEqualTo(path);
        assertThat(e.location()).isEqualTo(new Location.InFile("ours.yaml", line, column));
        assertThat(e.getMessage()).startsWith("invalid scoring profile ours.yaml:" + line + ":" + column + " at "
                + path + ": ");
    }

    @Test
    void syntaxError_isLocatedWhereTheParserStopped_withoutAPath() {
        InvalidProfileException e = parseError("weights:\n  fit: [\n", "broken.yaml");

        assertThat(e.path()).isEmpty();
        assertThat(e.location().file()).isEqualTo("broken.yaml");
        assertThat(e.location().line()).isPositive();
        assertThat(e.getMessage()).startsWith("invalid scoring profile " + e.location().describe() + ": ");
    }

    @Test
    void errorOfTheWholeProfile_isTheFileWithoutLine() {
        InvalidProfileException e = parseError("[1, 2]", "list.yaml");

        assertThat(e.location()).isEqualTo(new Location.InFile("list.yaml", 0, 0));
        assertThat(e.getMessage()).startsWith("invalid scoring profile list.yaml: expected a YAML or JSON object");
    }

    @Test
    void valueFromTheBase_isLocatedAtTheNearestFieldTheTextNames() {
        // weights.fit is in the text; the sum is checked across the whole weights object.
        InvalidProfileException e = parseError("# ours\nweights: { fit: 50 }\n", "ours.yaml");

        assertThat(e.path()).isEqualTo("weights");
        assertThat(e.location()).isEqualTo(new Location.InFile("ours.yaml", 2, 1));
    }

    @Test
    void unreadableFile_isTheFileWithoutLine(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> ScoringProfile.load(missing));

        assertThat(e.location()).isEqualTo(new Location.InFile(missing.toString(), 0, 0));
        assertThat(e.source()).isEqualTo(missing.toString());
    }

    @Test
    void loadedFile_isLocatedInTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ours.yaml");
        Files.writeString(file, "grades:\n  A: 85\n  B: 90\n");

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> ScoringProfile.load(file));

        assertThat(e.path()).isEqualTo("grades");
        assertThat(e.location()).isEqualTo(new Location.InFile(file.toString(), 1, 1));
    }

    @Test
    void serialization_keepsLocationAndPath() throws Exception {
        InvalidProfileException e = parseError("weights:\n  fit: 30\n  fitt: 5\n", "ours.yaml");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        InvalidProfileException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (InvalidProfileException) in.readObject();
        }

        assertThat(copy.location()).isEqualTo(e.location()).isEqualTo(new Location.InFile("ours.yaml", 3, 3));
        assertThat(copy.path()).isEqualTo("weights.fitt");
        assertThat(copy.getMessage()).isEqualTo(e.getMessage());
    }
}

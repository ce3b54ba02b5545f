package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.rules.internal.YamlLimits;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * Profiles and scenario files over a YAML limit (an alias bomb, too many characters, too deep) fail loading with
 * the library's own exception, quickly, instead of exhausting memory or escaping as a parser's exception.
 */
class YamlLimitsTest {
    /** The "billion laughs": nine levels of nine aliases each, 387,420,489 strings if expanded. */
    static final String ALIAS_BOMB = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    @Test
    void profile_aliasBomb_isAnInvalidProfile() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> ScoringProfile.parse(ALIAS_BOMB, "bomb.yaml"));

        assertThat(e).hasMessageContaining("bomb.yaml");
    }

    @Test
    void profile_overTheCodePointLimit_isAnInvalidProfile() {
        String huge = "# " + "x".repeat(YamlLimits.MAX_CODE_POINTS + 10) + "\nweights: {fit: 30}\n";

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> ScoringProfile.parse(huge, "huge.yaml"));

        assertThat(e).hasMessageContaining("huge.yaml").hasMessageContaining("code points");
    }

    @Test
    void profile_nestedTooDeep_isAnInvalidProfile() {
        String deep = "fit: " + "[".repeat(200) + "]".repeat(200) + "\n";

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> ScoringProfile.parse(deep, "deep.yaml"));

        assertThat(e).hasMessageContaining("deep.yaml").hasMessageContaining("nesting depth");
    }

    @Test
    void scenarioFile_aliasBomb_isAScenarioLoadException(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bomb.yaml"), ALIAS_BOMB + "scenarios: []\n");

        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioSuite.load(file));

        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).file()).contains("bomb.yaml");
    }

    @Test
    void scenarioFile_nestedTooDeep_isAScenarioLoadException(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("deep.json"), "{\"scenarios\": " + "[".repeat(500)
                + "]".repeat(500) + "}");

        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioSuite.load(file));

        assertThat(e.getMessage()).contains("deep.json").contains("nesting depth");
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ProfileSource;
import org.leadqualification.rules.profile.ScoringProfile;

/** A profile named to the builder as a file, a classpath resource or a value is read in build(), the same way. */
class ProfileSourceTest {
    private static final String RESOURCE = "readme-example/acme-profile.yaml";

    @Test
    void classpathResource_isLaidOverTheDefaults_likeTheSameFile() throws IOException {
        ScoringProfile fromResource = ProfileSource.resource(RESOURCE).load();
        ScoringProfile fromText = ScoringProfile.parse(new String(getClass().getClassLoader()
                .getResourceAsStream(RESOURCE).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "x");

        assertThat(fromResource).isEqualTo(fromText).isNotEqualTo(ScoringProfile.defaults());
        assertThat(ProfileSource.resource("/" + RESOURCE)).isEqualTo(ProfileSource.resource(RESOURCE));
        try (RuleBasedQualifier engine = RuleBasedQualifier.builder()
                .profile(ProfileSource.resource(RESOURCE)).build()) {
            assertThat(engine.profile()).isEqualTo(fromText);
        }
    }

    @Test
    void missingResource_failsInBuild_namingIt() {
        RuleBasedQualifier.Builder builder = RuleBasedQualifier.builder()
                .profile(ProfileSource.resource("com/acme/missing.yaml"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("classpath:com/acme/missing.yaml")
                .hasMessageContaining("no such classpath resource")
                .satisfies(e -> assertThat(((InvalidProfileException) e).location().file())
                        .isEqualTo("classpath:com/acme/missing.yaml"));
    }

    @Test
    void fileIsReadWhenTheEngineIsBuilt_notWhenNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("later.yaml");
        RuleBasedQualifier.Builder builder = RuleBasedQualifier.builder().profile(file);
        Files.writeString(file, "classification:\n  mql:\n    minScore: 61\n");

        try (RuleBasedQualifier engine = builder.build()) {
            assertThat(engine.profile().classification().mql().minScore()).isEqualTo(61);
        }
    }

    @Test
    void value_isUsedAsItIs() {
        ScoringProfile profile = ScoringProfile.defaults().with("weights: {fit: 40, engagement: 20, intent: 25, "
                + "bant: 15}", "inline");
        try (RuleBasedQualifier engine = RuleBasedQualifier.builder().profile(ProfileSource.of(profile)).build()) {
            assertThat(engine.profile()).isSameAs(profile);
        }
    }
}

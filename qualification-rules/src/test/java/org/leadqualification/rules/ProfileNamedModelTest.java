package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.InvalidLikelihoodModelException;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ProfileSource;
import org.leadqualification.rules.profile.ScoringProfile;

/** A profile names its likelihood model ({@code likelihood.model}); the engine loads it next to the profile. */
class ProfileNamedModelTest {
    private static final LikelihoodModel DEMO = model(0.1);
    private static final LikelihoodModel OTHER = model(-0.1);

    @TempDir
    Path dir;

    private static LikelihoodModel model(double demoWeight) {
        return new LikelihoodModel(-1, List.of(new WeightedFeature(Feature.rule("Demo requested"), 0, demoWeight)),
                Optional.empty(), Optional.empty());
    }

    private static Lead lead() {
        return Leads.strongFit("L-1").interaction("DEMO_REQUEST", Leads.daysAgo(2)).build();
    }

    private static double likelihood(RuleBasedQualifier.Builder b) {
        try (RuleBasedQualifier q = b.build()) {
            return q.qualify(lead(), Leads.AS_OF).likelihood().orElseThrow();
        }
    }

    private static double expected(LikelihoodModel m) {
        try (RuleBasedQualifier q = RuleBasedQualifier.builder().likelihoodModel(m).build()) {
            return q.qualify(lead(), Leads.AS_OF).likelihood().orElseThrow();
        }
    }

    @Test
    void aProfileFile_namesAModelRelativeToItself() throws Exception {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/demo.json"), DEMO.toJson());
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "likelihood: { model: models/demo.json }\n");

        assertThat(ScoringProfile.load(profile).likelihood().model()).contains("models/demo.json");
        assertThat(likelihood(RuleBasedQualifier.builder().profile(profile))).isEqualTo(expected(DEMO));
    }

    @Test
    void theAccountEngine_resolvesTheProfilesModelAgainstTheProfileFileToo() throws Exception {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/demo.json"), DEMO.toJson());
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "likelihood: { model: models/demo.json }\n");

        try (AccountQualifier accounts = AccountQualifier.builder().profile(profile).build()) {
            var contact = accounts.qualify("acme.example", List.of(lead()), Leads.AS_OF).contacts().get(0);
            assertThat(contact.likelihood()).hasValue(expected(DEMO));
        }
    }

    @Test
    void aModelGivenToTheBuilder_takesPrecedence() throws Exception {
        Files.writeString(dir.resolve("demo.json"), DEMO.toJson());
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "likelihood: { model: demo.json }\n");

        assertThat(likelihood(RuleBasedQualifier.builder().profile(profile).likelihoodModel(OTHER)))
                .isEqualTo(expected(OTHER)).isNotEqualTo(expected(DEMO));
    }

    @Test
    void aClasspathProfile_namesAResourceInItsFolder_andClasspathNamesAnyResource() {
        String folder = "org/leadqualification/rules/likelihood-profile/";

        assertThat(likelihood(RuleBasedQualifier.builder().profile(ProfileSource.resource(folder + "profile.yaml"))))
                .isEqualTo(expected(LikelihoodModel.parse(resourceText(folder + "model.json"), "model.json")));
        assertThat(likelihood(RuleBasedQualifier.builder().profile(ScoringProfile.defaults().with(
                "likelihood: { model: \"classpath:" + folder + "model.json\" }", "inline"))))
                .isEqualTo(expected(LikelihoodModel.parse(resourceText(folder + "model.json"), "model.json")));
    }

    @Test
    void withoutAModelInTheProfile_thereIsNoLikelihood() {
        try (RuleBasedQualifier q = RuleBasedQualifier.builder().build()) {
            assertThat(q.qualify(lead(), Leads.AS_OF).likelihood()).isEmpty();
            assertThat(ScoringProfile.defaults().likelihood().model()).isEmpty();
        }
    }

    @Test
    void aMissingModel_isAnErrorNamingTheResolvedFile() throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "likelihood: { model: nowhere.json }\n");

        assertThatThrownBy(() -> RuleBasedQualifier.builder().profile(profile).build())
                .isInstanceOf(InvalidLikelihoodModelException.class)
                .hasMessageContaining(dir.resolve("nowhere.json").toString()).hasMessageContaining("cannot read");
    }

    @Test
    void aBlankModel_isAProfileErrorAtItsField() throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "likelihood:\n  model: \"  \"\n");

        assertThatThrownBy(() -> ScoringProfile.load(profile)).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("likelihood.model must name a model file").hasMessageContaining(":2");
    }

    @Test
    void theSettingSurvivesAnOverlay_andCanBeRemoved() {
        ScoringProfile named = ScoringProfile.defaults().with("likelihood: { model: a.json }", "a");

        assertThat(named.with("weights: { fit: 40, engagement: 20, intent: 25, bant: 15 }", "b").likelihood().model())
                .contains("a.json");
        assertThat(named.with("likelihood: { model: null }", "c").likelihood().model()).isEmpty();
        assertThat(named).isNotEqualTo(ScoringProfile.defaults());
    }

    private static String resourceText(String name) {
        try (var in = ProfileNamedModelTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

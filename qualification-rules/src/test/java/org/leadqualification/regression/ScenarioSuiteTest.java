package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Interaction;
import org.leadqualification.rules.profile.ProfileSource;

/** Loading scenario files from files, folders and the classpath, and running them. */
class ScenarioSuiteTest {
    private static final Path RESOURCES = Path.of("src/test/resources/scenarios");
    private static final ScenarioRunner RUNNER = ScenarioRunner.of(new FakeQualifier());

    @Test
    void folder_isLoadedRecursivelyInSortedOrder_leadFilesLeftOut() {
        ScenarioSuite suite = ScenarioSuite.load(RESOURCES.resolve("valid"));

        assertThat(suite.files()).extracting(ScenarioFile::name).containsExactly(
                RESOURCES.resolve("valid/hot-leads.yaml").toString(),
                RESOURCES.resolve("valid/product-led.json").toString());
        assertThat(suite.scenarios()).hasSize(9);
    }

    @Test
    void validScenarios_allPass() {
        SuiteResult result = RUNNER.run(ScenarioSuite.load(RESOURCES.resolve("valid")));

        assertThat(result.failures()).as(result.report()).isEmpty();
        assertThat(result.summary()).isEqualTo("9 passed, 0 failed");
    }

    @Test
    void scenario_knowsItsFileLineAndSource() {
        Scenario first = ScenarioSuite.load(RESOURCES.resolve("valid/hot-leads.yaml")).scenarios().get(0);

        assertThat(first.name()).isEqualTo("Demo request from a target account is sales-qualified");
        assertThat(first.description()).contains("Everything the sales team wants, inline.");
        assertThat(first.file()).isEqualTo(RESOURCES.resolve("valid/hot-leads.yaml").toString());
        assertThat(first.line()).isEqualTo(17);
        assertThat(first.location()).endsWith("hot-leads.yaml:17");
        assertThat(first.source().getScheme()).isEqualTo("file");
        assertThat(first.source().getQuery()).isEqualTo("line=17");
        assertThat(first.asOf()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void baseWithChanges_appliesMergePatchRemovalsAndAdditions() {
        List<Scenario> s = ScenarioSuite.load(RESOURCES.resolve("valid/hot-leads.yaml")).scenarios();

        Scenario shared = s.get(1);
        assertThat(shared.lead().id()).isEqualTo("L-100");
        assertThat(shared.lead().interactions()).extracting(Interaction::type)
                .containsExactly("CONTENT_DOWNLOAD", "WEBINAR_ATTENDED", "DEMO_REQUEST");

        Scenario patched = s.get(2);
        assertThat(patched.lead().company().industry()).contains("RETAIL");
        assertThat(patched.lead().company().employees()).isEmpty();
        assertThat(patched.lead().company().name()).contains("Acme");
        assertThat(patched.lead().source()).contains("WEBINAR");

        assertThat(s.get(3).lead().interactions()).extracting(Interaction::type)
                .containsExactly("CONTENT_DOWNLOAD", "WEBINAR_ATTENDED");
        assertThat(s.get(4).lead().interactions()).extracting(Interaction::type)
                .containsExactly("CONTENT_DOWNLOAD", "WEBINAR_ATTENDED", "DEMO_REQUEST", "SPAM_COMPLAINT");
        assertThat(s.get(5).asOf()).isEqualTo(Instant.parse("2026-10-10T00:00:00Z"));
    }

    @Test
    void leadFileAndBaseFile_areReadRelativeToTheScenarioFile() {
        List<Scenario> s = ScenarioSuite.load(RESOURCES.resolve("valid/hot-leads.yaml")).scenarios();

        assertThat(s.get(6).lead().id()).isEqualTo("L-ANA");
        assertThat(s.get(6).lead().person().firstName()).contains("Ana");
        assertThat(s.get(7).lead().id()).isEqualTo("L-BRUNO");
        assertThat(s.get(7).lead().bant().budget().name()).isEqualTo("CONFIRMED");
    }

    @Test
    void yamlAndJson_describeTheSameScenarios() {
        List<Scenario> yaml = ScenarioSuite.load(RESOURCES.resolve("equivalence/same.yaml")).scenarios();
        List<Scenario> json = ScenarioSuite.load(RESOURCES.resolve("equivalence/same.json")).scenarios();

        assertThat(yaml).hasSize(2);
        assertThat(json).hasSize(2);
        for (int i = 0; i < yaml.size(); i++) {
            assertThat(json.get(i).name()).isEqualTo(yaml.get(i).name());
            assertThat(json.get(i).description()).isEqualTo(yaml.get(i).description());
            assertThat(json.get(i).lead()).isEqualTo(yaml.get(i).lead());
            assertThat(json.get(i).asOf()).isEqualTo(yaml.get(i).asOf());
            assertThat(json.get(i).expectations()).isEqualTo(yaml.get(i).expectations());
        }
        assertThat(RUNNER.run(ScenarioSuite.load(RESOURCES.resolve("equivalence"))).summary())
                .isEqualTo("4 passed, 0 failed");
    }

    @Test
    void classpathFolder_exploded() {
        ScenarioSuite suite = ScenarioSuite.fromClasspath("scenarios/valid");

        assertThat(suite.files()).extracting(ScenarioFile::name)
                .containsExactly("classpath:scenarios/valid/hot-leads.yaml", "classpath:scenarios/valid/product-led.json");
        assertThat(suite.scenarios().get(0).source().toString())
                .isEqualTo("classpath:/scenarios/valid/hot-leads.yaml?line=17");
        assertThat(RUNNER.run(suite).summary()).isEqualTo("9 passed, 0 failed");
    }

    @Test
    void classpathFolder_insideAJar(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("scenarios.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Directory entries, as Maven and Gradle write them: class loaders find folders through them.
            for (String dir : List.of("team/", "team/scenarios/", "team/scenarios/valid/",
                    "team/scenarios/valid/leads/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            for (String name : List.of("valid/hot-leads.yaml", "valid/product-led.json", "valid/leads/ana.json",
                    "valid/leads/bruno.yaml")) {
                out.putNextEntry(new JarEntry("team/scenarios/" + name));
                Files.copy(RESOURCES.resolve(name), out);
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ScenarioSuite suite = ScenarioSuite.fromClasspath("team/scenarios", loader);

            assertThat(suite.files()).extracting(ScenarioFile::name).containsExactly(
                    "classpath:team/scenarios/valid/hot-leads.yaml", "classpath:team/scenarios/valid/product-led.json");
            assertThat(RUNNER.run(suite).summary()).isEqualTo("9 passed, 0 failed");
        }
    }

    @Test
    void scenarioFileInAJar_namesItsProfileAsAClasspathResource_andLeavesNoZipFileSystemOpen(@TempDir Path tmp)
            throws IOException {
        Path jar = tmp.resolve("with-profile.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dir : List.of("team/", "team/scenarios/", "team/profiles/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("team/scenarios/strict.yaml"));
            out.write("""
                    defaults:
                      asOf: 2026-11-01T00:00:00Z
                      profile: ../profiles/strict.yaml
                    scenarios:
                      - name: cold
                        lead: { id: L-1 }
                        expect: { stage: UNQUALIFIED }
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("team/profiles/strict.yaml"));
            out.write("classification: { mql: { minScore: 70 } }\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ScenarioSuite suite;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            suite = ScenarioSuite.fromClasspath("team/scenarios", loader);
        }

        assertThat(suite.files().get(0).profile()).contains(ProfileSource.resource("team/profiles/strict.yaml"));
        Path fds = Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd (Linux)");
        List<Path> open = new ArrayList<>();
        try (var links = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) links::iterator) {
                try {
                    if (Files.readSymbolicLink(fd).equals(jar)) {
                        open.add(fd);
                    }
                } catch (IOException e) {
                    // the descriptor of the listing itself, or one closed meanwhile
                }
            }
        }
        assertThat(open).as("file descriptors still open on the jar after loading").isEmpty();
    }

    @Test
    void missingClasspathFolder_isAnError() {
        assertThatThrownBy(() -> ScenarioSuite.fromClasspath("no/such/folder"))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageContaining("classpath:no/such/folder")
                .hasMessageContaining("no such classpath resource");
    }

    @Test
    void emptyFolder_isAnError(@TempDir Path tmp) {
        assertThatThrownBy(() -> ScenarioSuite.load(tmp))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageContaining("no scenario files");
    }

    @Test
    void profile_isResolvedAgainstTheFileAndHandedToTheFactory(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("team"));
        Files.writeString(dir.resolve("with-profile.yaml"), """
                defaults:
                  asOf: 2026-11-01T00:00:00Z
                  profile: ../profiles/strict.yaml
                scenarios:
                  - name: cold
                    lead: { id: L-1 }
                    expect: { stage: UNQUALIFIED }
                """);
        ScenarioSuite suite = ScenarioSuite.load(dir);
        ProfileSource expected = ProfileSource.file(tmp.resolve("profiles/strict.yaml").toAbsolutePath().normalize());
        assertThat(suite.files().get(0).profile()).contains(expected);
        assertThat(suite.scenarios().get(0).profile()).contains(expected);

        List<Optional<ProfileSource>> asked = new ArrayList<>();
        LeadQualifier fake = new FakeQualifier();
        SuiteResult result = ScenarioRunner.withProfiles(p -> {
            asked.add(p);
            return fake;
        }).run(suite);
        assertThat(result.allPassed()).isTrue();
        assertThat(asked).containsExactly(Optional.of(expected));

        assertThatThrownBy(() -> RUNNER.run(suite))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("with-profile.yaml names the scoring profile")
                .hasMessageContaining("ScenarioRunner.withProfiles");
    }

    @Test
    void qualifierThatThrows_failsTheScenarioWithTheError(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("explodes.yaml");
        Files.writeString(file, """
                defaults: { asOf: "2026-11-01T00:00:00Z" }
                scenarios:
                  - name: explodes
                    lead: { id: L-1, attributes: { explode: true } }
                    expect: { stage: UNQUALIFIED }
                  - name: fine
                    lead: { id: L-2 }
                    expect: { stage: UNQUALIFIED }
                """);
        SuiteResult result = RUNNER.run(ScenarioSuite.load(file));

        assertThat(result.summary()).isEqualTo("1 passed, 1 failed");
        ScenarioResult failed = result.failures().get(0);
        assertThat(failed.error()).isPresent();
        assertThat(failed.failureMessage()).get().asString()
                .contains("Scenario \"explodes\" (" + file + ":3) failed: the qualifier threw for lead \"L-1\"")
                .contains("rule \"Exploding rule\" failed: boom");
    }

    @Test
    void suiteResult_reportListsEveryFailure() {
        SuiteResult result = RUNNER.run(ScenarioSuite.load(RESOURCES.resolve("junit/three.yaml")));

        assertThat(result.passedCount()).isEqualTo(2);
        assertThat(result.failedCount()).isEqualTo(1);
        assertThat(result.report())
                .startsWith("2 passed, 1 failed\n\nScenario \"webinar attendee is wrongly expected to be an SQL\"")
                .contains("stage: expected SQL, actual MQL")
                .contains("score: expected >= 80, actual 5")
                .contains("+20 engagement Webinar attended (WEBINAR_ATTENDED 2026-10-05T10:00:00Z)");
    }

    @Test
    void nullArguments_areRejected() {
        assertThatThrownBy(() -> ScenarioSuite.load((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ScenarioRunner.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RUNNER.run((Scenario) null)).isInstanceOf(NullPointerException.class);
    }
}

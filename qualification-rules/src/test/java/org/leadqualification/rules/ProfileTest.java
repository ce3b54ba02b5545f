package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadqualification.rules.Leads.AS_OF;
import static org.leadqualification.rules.Leads.reasonOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadqualification.model.Company;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Person;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.profile.GradeThresholds;
import org.leadqualification.rules.profile.InteractionPoints;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ScoringProfile;

/** Profile overrides: partial profiles, switching rules and files off, invalid values. */
class ProfileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OVERRIDES = """
            interactions:
              EMAIL_OPEN: { cap: 3 }
            weights: { fit: 100, engagement: 0, intent: 0, bant: 0 }
            rules:
              disabled: ["Target country"]
              disabledFiles: [customer.drl]
            """;
    private static RuleBasedQualifier defaults;
    private static RuleBasedQualifier overridden;

    @BeforeAll
    static void compile() {
        defaults = Engines.defaults();
        overridden = RuleBasedQualifier.builder().profile(ScoringProfile.parse(OVERRIDES, "overrides.yaml")).build();
    }

    @AfterAll
    static void close() {
        overridden.close();
    }

    /** Every leaf path where two JSON trees differ. */
    private static List<String> differences(JsonNode a, JsonNode b, String path) {
        List<String> out = new ArrayList<>();
        if (a != null && b != null && a.isObject() && b.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String n = it.next();
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
            for (String n : names) {
                out.addAll(differences(a.get(n), b.get(n), path.isEmpty() ? n : path + "." + n));
            }
        } else if (a == null || !a.equals(b)) {
            out.add(path);
        }
        return out;
    }

    private static List<String> differencesFromDefaults(ScoringProfile p) throws Exception {
        return differences(JSON.readTree(ScoringProfile.defaults().toJson()), JSON.readTree(p.toJson()), "");
    }

    @Test
    void partialProfile_changingOneNumber_changesExactlyThat() throws Exception {
        ScoringProfile p = ScoringProfile.parse("interactions:\n  DEMO_REQUEST: { points: 40 }\n", "partial.yaml");

        assertThat(differencesFromDefaults(p)).containsExactly("interactions.DEMO_REQUEST.points");
        assertThat(p.pointsOf("DEMO_REQUEST")).isEqualTo(new InteractionPoints(40, 30, "intent"));
    }

    @Test
    void partialProfile_replacesListsWhole() throws Exception {
        ScoringProfile p = ScoringProfile.parse("fit: { industries: { values: [MINING] } }", "partial.yaml");

        assertThat(differencesFromDefaults(p)).containsExactly("fit.industries.values");
        assertThat(p.fit().industries().values()).containsExactly("MINING");
        assertThat(p.fit().industries().points()).isEqualTo(20);
    }

    @Test
    void profileFile_laidOverTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("profile.yaml");
        Files.writeString(file, "inactivity: { days: 60 }\n");

        ScoringProfile p = ScoringProfile.load(file);

        assertThat(differencesFromDefaults(p)).containsExactly("inactivity.days");
        assertThat(p.inactivity().points()).isEqualTo(-10);
    }

    @Test
    void profile_roundTripsThroughJson_andOverlays() {
        ScoringProfile d = ScoringProfile.defaults();

        assertThat(ScoringProfile.parse(d.toJson(), "defaults.json")).isEqualTo(d);
        assertThat(ScoringProfile.parse("", "empty.yaml")).isEqualTo(d);
        ScoringProfile changed = d.with("grades: { A: 85 }", "inline");
        assertThat(changed.grades()).isEqualTo(new GradeThresholds(85, 60, 40, 20));
        assertThat(changed.with("grades: { B: 65 }", "inline").grades().a()).isEqualTo(85);
    }

    @Test
    void overriddenCap_appliesToTheEngine() {
        Lead.Builder b = Lead.builder("L");
        IntStream.range(0, 10).forEach(i -> b.interaction("EMAIL_OPEN", AS_OF.minusSeconds(i)));

        assertThat(reasonOf(overridden.qualify(b.build(), AS_OF), "E-mail opens").points()).isEqualTo(3);
        assertThat(reasonOf(defaults.qualify(b.build(), AS_OF), "E-mail opens").points()).isEqualTo(5);
    }

    @Test
    void overriddenWeights_blendTheScore() {
        Qualification q = overridden.qualify(Leads.clearSql("L").build(), AS_OF);

        assertThat(q.score()).isEqualTo(q.dimensions().fit());
    }

    @Test
    void disabledRuleAndFile_areOff_andEverythingElseUnchanged() {
        List<String> expected = new ArrayList<>(defaults.ruleNames());
        expected.removeAll(List.of("Target country", "Upgrade inquiry", "Add-on interest", "Support tickets"));

        assertThat(overridden.ruleNames()).containsExactlyElementsOf(expected);
        Lead lead = Leads.clearSql("L").customer(Leads.customer()).interaction("UPGRADE_INQUIRY", Leads.daysAgo(1))
                .build();
        Qualification on = defaults.qualify(lead, AS_OF);
        Qualification off = overridden.qualify(lead, AS_OF);
        assertThat(on.firedRule("Target country")).isTrue();
        assertThat(off.firedRule("Target country")).isFalse();
        assertThat(off.firedRule("Upgrade inquiry")).isFalse();
        assertThat(off.reasons()).containsAll(on.reasons().stream()
                .filter(r -> !List.of("Target country", "Upgrade inquiry").contains(r.rule())
                        && r.dimension().isPresent()).toList());
        // classification.drl is on: the upgrade inquiry still makes the customer service-qualified.
        assertThat(off.stage()).isEqualTo(on.stage());
    }

    @Test
    void disablingAnUnknownRule_isInvalidRules() {
        ScoringProfile p = ScoringProfile.parse("rules: { disabled: [\"Demo requestd\"] }", "typo.yaml");

        assertThatThrownBy(() -> RuleBasedQualifier.builder().profile(p).build())
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("Demo requestd")
                .hasMessageContaining("not a built-in rule");
    }

    @Test
    void disablingAnUnknownFile_isInvalidRules() {
        ScoringProfile p = ScoringProfile.parse("rules: { disabledFiles: [engagment.drl] }", "typo.yaml");

        assertThatThrownBy(() -> RuleBasedQualifier.builder().profile(p).build())
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("engagment.drl")
                .hasMessageContaining("engagement.drl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            weights: { fit: 50 }                                        | weights
            normalisation: { engagement: 0 }                            | normalisation.engagement
            decay: { web: { halfLifeDays: 0 } }                         | halfLifeDays
            interactions: { EMAIL_OPEN: { points: many } }              | interactions.EMAIL_OPEN.points
            interactions: { EMAIL_OPEN: { cap: -1 } }                   | cap
            interactions: { podcast: { points: 1, cap: 1, group: web } } | interactions.podcast
            interactions: { PODCAST: { points: 1, cap: 1, group: radio } } | interactions.PODCAST.group
            weigths: { fit: 30 }                                        | weigths
            classification: { mql: { minGrade: Z } }                   | classification.mql.minGrade
            classification: { mql: { minScore: 101 } }                  | classification.mql.minScore
            grades: { A: 50 }                                           | grades
            fit: { seniority: { INTERN: 5 } }                           | fit.seniority
            """)
    void invalidValue_isInvalidProfileNamingTheField(String yaml, String field) {
        assertThatThrownBy(() -> ScoringProfile.parse(yaml, "bad.yaml"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining(field);
    }

    @Test
    void invalidProfileFile_givenToTheBuilder_namesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "weights:\n  fit: [\n");

        assertThatThrownBy(() -> RuleBasedQualifier.builder().profile(file).build())
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("broken.yaml");
        assertThatThrownBy(() -> RuleBasedQualifier.builder().profile(dir.resolve("missing.yaml")).build())
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("missing.yaml");
    }

    @Test
    void personCountry_countsWhenTheCompanysIsUnknown() {
        Lead lead = Lead.builder("L").person(Person.builder().country("de").build()).company(Company.EMPTY).build();

        assertThat(reasonOf(defaults.qualify(lead, AS_OF), "Target country").detail()).contains("de");
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Company;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Person;
import org.leadqualification.model.Seniority;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.profile.ScoringProfile;

/** The worked example of the README's "Writing your own rules" section, exactly as printed there. */
class ReadmeExampleTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    private static String drl;
    private static String profileYaml;
    private static RuleBasedQualifier qualifier;

    @BeforeAll
    static void buildFromReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        drl = block(readme, "```drl\n");
        profileYaml = block(readme, "```yaml\n# Only what differs");
        qualifier = RuleBasedQualifier.builder()
                .addRules("acme-rules.drl", drl)
                .profile(ScoringProfile.parse(profileYaml, "acme-profile.yaml"))
                .build();
    }

    @AfterAll
    static void close() {
        qualifier.close();
    }

    private static String block(String text, String opening) {
        int start = text.indexOf(opening);
        assertThat(start).as("README holds a block starting with %s", opening).isGreaterThanOrEqualTo(0);
        int from = text.indexOf('\n', start) + 1;
        if (!opening.endsWith("\n")) {
            from = start + opening.indexOf('\n') + 1;
        }
        int end = text.indexOf("```", from);
        return text.substring(from, end);
    }

    @Test
    void readme_showsTheFilesOfTheTestResources() throws IOException {
        assertThat(drl).isEqualTo(resource("acme-rules.drl"));
        assertThat(profileYaml).isEqualTo(resource("acme-profile.yaml"));
    }

    private static String resource(String name) throws IOException {
        try (var in = ReadmeExampleTest.class.getResourceAsStream("/readme-example/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void customInteractionType_scoresWithTheProfilesPointsAndDecay() {
        Lead lead = Lead.builder("W-1")
                .interaction(Interaction.of("PARTNER_WORKSHOP", AS_OF.minusSeconds(3600)))
                .interaction(Interaction.of("partner_workshop", AS_OF.minusSeconds(7200)))
                .build();
        Qualification q = qualifier.qualify(lead, AS_OF);
        assertThat(q.reasons()).contains(Reason.scored("Partner workshop attended", Dimension.ENGAGEMENT, 24,
                "2x PARTNER_WORKSHOP, latest " + AS_OF.minusSeconds(3600)));
    }

    @Test
    void customInteractionType_absent_doesNotFire() {
        Qualification q = qualifier.qualify(Lead.builder("W-2").interaction("WEBINAR_ATTENDED", AS_OF).build(), AS_OF);
        assertThat(q.firedRule("Partner workshop attended")).isFalse();
    }

    @Test
    void industryBonus_firesForHealthcareOnly() {
        Qualification health = qualifier.qualify(Lead.builder("H-1")
                .company(Company.builder().industry("HEALTHCARE").build()).build(), AS_OF);
        Qualification retail = qualifier.qualify(Lead.builder("H-2")
                .company(Company.builder().industry("RETAIL").build()).build(), AS_OF);
        assertThat(health.reasons()).contains(Reason.scored("Healthcare bonus", Dimension.FIT, 15, "HEALTHCARE"));
        assertThat(retail.firedRule("Healthcare bonus")).isFalse();
    }

    @Test
    void customDisqualifier_sendsResellersAway() {
        Lead reseller = Lead.builder("R-1").attribute("reseller", true)
                .person(Person.builder().seniority(Seniority.VP).build()).build();
        Lead direct = Lead.builder("R-2").attribute("reseller", false).build();
        Qualification q = qualifier.qualify(reseller, AS_OF);
        assertThat(q.stage()).isEqualTo(Stage.DISQUALIFIED);
        assertThat(q.firedRule("Disqualified: reseller")).isTrue();
        assertThat(qualifier.qualify(direct, AS_OF).stage()).isNotEqualTo(Stage.DISQUALIFIED);
    }

    @Test
    void profile_switchesOffTheBuiltInRuleAndRaisesTheMqlThreshold() {
        assertThat(qualifier.ruleNames()).doesNotContain("Careers page viewed").contains("Page views");
        Qualification q = qualifier.qualify(Lead.builder("C-1").interaction("CAREERS_PAGE_VIEW", AS_OF).build(), AS_OF);
        assertThat(q.firedRule("Careers page viewed")).isFalse();
        assertThat(qualifier.profile().classification().mql().minScore()).isEqualTo(45);
        assertThat(ScoringProfile.defaults().classification().mql().minScore()).isEqualTo(40);
    }
}

package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.leadqualification.rules.Leads.AS_OF;
import static org.leadqualification.rules.Leads.daysAgo;
import static org.leadqualification.rules.Leads.reasonOf;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Company;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/** A team's own rules next to the built-in ones: from text, a folder and the classpath. */
class CustomRulesTest {
    private static RuleBasedQualifier engine;
    private static RuleBasedQualifier fromOnly;
    private static RuleBasedQualifier factsOnly;

    @BeforeAll
    static void compile() {
        engine = CustomEngine.get();
        fromOnly = RuleBasedQualifier.builder().builtInRules(false).addRules("from.drl", """
                package com.acme.small;
                import org.leadqualification.model.*;
                import org.leadqualification.rules.facts.Scorecard;
                global Scorecard score;
                rule "Sales call logged"
                when
                    $lead : Lead()
                    $i : Interaction( type == "SALES_CALL" ) from $lead.interactions
                then
                    score.intent(10, "sales call " + $i.at());
                end
                """).build();
        factsOnly = RuleBasedQualifier.builder().builtInRules(false).addRules("facts.drl", """
                package com.acme.small;
                import org.leadqualification.model.*;
                import org.leadqualification.rules.facts.Scorecard;
                global Scorecard score;
                rule "Sales calls counted"
                when
                    not Lead( attributes.get("skip") == true )
                    $n : Number( intValue > 0 ) from accumulate( Interaction( type == "SALES_CALL" ), count() )
                then
                    score.intent($n.intValue() * 10, $n + " sales calls");
                end
                """).build();
    }

    @AfterAll
    static void close() {
        fromOnly.close();
        factsOnly.close();
    }

    @Test
    void customRules_areListedWithTheBuiltInOnes() {
        assertThat(engine.ruleNames()).contains("Podcast episodes", "Office visit", "Badge scanned at our booth",
                "Sales call logged", "Healthcare bonus", "Disqualified: personal project", "Target industry",
                "Demo requested");
        assertThat(engine.ruleNames()).doesNotHaveDuplicates();
    }

    @Test
    void customInteractionType_scoredWithTheProfilesPointsDecayAndCap() {
        Lead lead = Lead.builder("L").interaction("PODCAST_LISTENED", AS_OF)
                .interaction("podcast_listened", daysAgo(45)).interaction("PODCAST_LISTENED", daysAgo(90)).build();

        Reason r = reasonOf(engine.qualify(lead, AS_OF), "Podcast episodes");

        // event group, half-life 45: 4 * (1.000 + 0.500 + 0.250) = 7 (cap 8)
        assertThat(r.dimension()).contains(Dimension.ENGAGEMENT);
        assertThat(r.points()).isEqualTo(7);
        assertThat(r.detail()).contains("3x PODCAST_LISTENED, latest " + AS_OF);
    }

    @Test
    void customInteractionType_countsAsEngagementForRecency() {
        // A positive type in the profile keeps "No recent engagement" away.
        Lead lead = Lead.builder("L").createdAt(daysAgo(200)).interaction("PODCAST_LISTENED", daysAgo(5)).build();

        assertThat(engine.qualify(lead, AS_OF).firedRule("No recent engagement")).isFalse();
    }

    @Test
    void customInteractionType_scoredWithFixedPoints() {
        Lead recent = Lead.builder("L").interaction("OFFICE_VISIT", daysAgo(30)).build();
        Lead old = Lead.builder("L").interaction("OFFICE_VISIT", daysAgo(31)).build();

        assertThat(reasonOf(engine.qualify(recent, AS_OF), "Office visit").points()).isEqualTo(7);
        assertThat(engine.qualify(old, AS_OF).firedRule("Office visit")).isFalse();
    }

    @Test
    void industryBonus_fromAFolderRecursively() {
        Lead lead = Lead.builder("L").company(Company.builder().industry("HEALTHCARE").build()).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(reasonOf(q, "Healthcare bonus").points()).isEqualTo(12);
        assertThat(q.dimensions().fit()).isEqualTo(12);
    }

    @Test
    void customDisqualifier_fromTheClasspath() {
        Lead personal = Leads.clearSql("L").attribute("purpose", "personal").build();
        Lead business = Leads.clearSql("L").attribute("purpose", "business").build();

        Qualification q = engine.qualify(personal, AS_OF);

        assertThat(q.stage()).isEqualTo(Stage.DISQUALIFIED);
        assertThat(q.qualifications()).contains(Stage.DISQUALIFIED, Stage.SQL);
        assertThat(reasonOf(q, "Disqualified: personal project").detail()).contains("buying for a personal project");
        assertThat(engine.qualify(business, AS_OF).stage()).isEqualTo(Stage.SQL);
    }

    @Test
    void builtInRule_replacedByACustomRuleOfTheSameName() {
        Lead lead = Lead.builder("L").company(Company.builder().industry("SOFTWARE").build()).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(reasonOf(q, "Target industry").points()).isEqualTo(25);
        assertThat(engine.ruleNames()).containsOnlyOnce("Target industry");
    }

    @Test
    void ruleMatchingInteractionFacts_seesEachInteractionUpToTheAsOfInstant() {
        Interaction a1 = Interaction.of("BADGE_SCAN", daysAgo(2)).withAttributes(Map.of("booth", "A1"));
        Interaction b7 = Interaction.of("BADGE_SCAN", daysAgo(1)).withAttributes(Map.of("booth", "B7"));
        Interaction again = Interaction.of("BADGE_SCAN", daysAgo(1)).withAttributes(Map.of("booth", "A1"));
        Interaction future = Interaction.of("BADGE_SCAN", AS_OF.plusSeconds(60)).withAttributes(Map.of("booth", "A1"));
        Lead lead = Lead.builder("L").interaction(a1).interaction(b7).interaction(again).interaction(future).build();

        Qualification q = engine.qualify(lead, AS_OF);

        assertThat(q.reasons()).filteredOn(r -> r.rule().equals("Badge scanned at our booth"))
                .extracting(Reason::points, r -> r.detail().orElseThrow())
                .containsExactly(tuple(5, "badge scan " + daysAgo(2)), tuple(5, "badge scan " + daysAgo(1)));
    }

    @Test
    void ruleWalkingTheLeadsInteractions_withFrom() {
        Lead lead = Lead.builder("L").interaction("SALES_CALL", daysAgo(3)).build();

        assertThat(reasonOf(engine.qualify(lead, AS_OF), "Sales call logged").points()).isEqualTo(10);
        assertThat(reasonOf(fromOnly.qualify(lead, AS_OF), "Sales call logged").points()).isEqualTo(10);
        assertThat(fromOnly.qualify(lead, AS_OF).dimensions().intent()).isEqualTo(17);
    }

    @Test
    void interactionFacts_insertedWhenARuleAccumulatesThem() {
        Lead lead = Lead.builder("L").interaction("SALES_CALL", daysAgo(3)).interaction("SALES_CALL", daysAgo(2))
                .interaction("SALES_CALL", AS_OF.plusSeconds(1)).build();

        Reason r = reasonOf(factsOnly.qualify(lead, AS_OF), "Sales calls counted");

        assertThat(r.points()).isEqualTo(20);
        assertThat(factsOnly.qualify(Lead.builder("L").build(), AS_OF).reasons()).isEmpty();
    }

    @Test
    void ruleConditionAnalysis_tellsWhetherInteractionFactsAreNeeded() {
        org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser();
        var pkg = assertThatParses(parser, CustomEngine.TEXT_RULES);
        var byName = new java.util.HashMap<String, Boolean>();
        pkg.getRules().forEach(r -> byName.put(r.getName(), RuleCompiler.usesInteractionFacts(r.getLhs())));

        assertThat(byName).containsEntry("Badge scanned at our booth", true).containsEntry("Sales call logged", false)
                .containsEntry("Podcast episodes", false);
    }

    private static org.drools.drl.ast.descr.PackageDescr assertThatParses(org.drools.drl.parser.DrlParser parser,
                                                                        String drl) {
        try {
            var pkg = parser.parse(false, drl);
            assertThat(parser.hasErrors()).as("%s", parser.getErrors()).isFalse();
            return pkg;
        } catch (org.drools.drl.parser.DroolsParserException e) {
            throw new AssertionError(e);
        }
    }
}

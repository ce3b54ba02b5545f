package org.leadqualification.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.bench.reference.ReferenceQualifier;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.NaiveDroolsQualifier;
import org.leadqualification.rules.NaiveInteractionsQualifier;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The engine with the built-in rules and the plain-Java reference scorer must give equal results, to the point:
 * stage, every score, every reason with its points and detail, the qualifications and the action. Whatever the DRL
 * ends up as, this test says whether the two still agree, and on a mismatch prints the first differing lead and a
 * diff. The benchmarks' Drools variants (NAIVE, NAIVE_INTERACTIONS) must give the engine's results too.
 */
class DifferentialTest {
    private static final Instant AS_OF = LeadGenerator.AS_OF;
    private static final long SEED = 20261101L;
    private static final int LEADS = 2_000;
    private static final int SHUFFLES = 3;
    private static final int NAIVE_LEADS = 300;

    private static RuleBasedQualifier engine;
    private static ReferenceQualifier reference;
    private static NaiveInteractionsQualifier naiveInteractions;
    private static List<Lead> leads;

    @BeforeAll
    static void setUp() {
        engine = RuleBasedQualifier.builder().build();
        reference = ReferenceQualifier.withDefaults();
        naiveInteractions = new NaiveInteractionsQualifier();
        leads = LeadGenerator.varying(SEED, 12).leads(LEADS);
    }

    @AfterAll
    static void tearDown() {
        engine.close();
        naiveInteractions.close();
    }

    @Test
    void engineAndReferenceAgreeOnEveryGeneratedLead() {
        long start = System.nanoTime();
        int compared = compare(engine, "engine", reference, "reference", leads, AS_OF);
        System.out.printf("differential: %d leads identical (engine vs reference) in %d ms%n", compared,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(compared).isEqualTo(LEADS);
    }

    @Test
    void engineAndReferenceAgreeWhateverTheOrderOfInteractions() {
        long start = System.nanoTime();
        int compared = 0;
        for (int s = 0; s < SHUFFLES; s++) {
            Random random = new Random(SEED + 1 + s);
            List<Lead> shuffled = new ArrayList<>(leads.size());
            for (Lead lead : leads) {
                List<Interaction> interactions = new ArrayList<>(lead.interactions());
                Collections.shuffle(interactions, random);
                shuffled.add(withInteractions(lead, interactions));
            }
            compared += compare(engine, "engine", reference, "reference", shuffled, AS_OF);
            // The reference on shuffled input equals the reference on the original: order never matters.
            compared += compare(reference, "reference(original order)", reference, "reference(shuffled)",
                    leads, shuffled, AS_OF);
        }
        System.out.printf("differential: %d shuffled comparisons identical in %d ms%n", compared,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(compared).isEqualTo(2 * SHUFFLES * LEADS);
    }

    @Test
    void engineAndReferenceAgreeAtOtherInstants() {
        // Judged 45 days earlier (interactions then lie in the future) and 120 days later (everything decays).
        List<Lead> some = leads.subList(0, 500);
        assertThat(compare(engine, "engine", reference, "reference", some, AS_OF.minusSeconds(45 * 86_400L)))
                .isEqualTo(500);
        assertThat(compare(engine, "engine", reference, "reference", some, AS_OF.plusSeconds(120 * 86_400L)))
                .isEqualTo(500);
    }

    @Test
    void engineAndReferenceAgreeWithAnotherProfile() {
        ScoringProfile other = ScoringProfile.defaults().with("""
                normalisation: { fit: 80, engagement: 55, intent: 45, bant: 90 }
                weights: { fit: 25, engagement: 30, intent: 35, bant: 10 }
                grades: { A: 75, B: 55, C: 35, D: 15 }
                decay:
                  web: { halfLifeDays: 10, windowDays: 60 }
                  intent: { halfLifeDays: 40, windowDays: 200 }
                interactions:
                  PAGE_VIEW: { points: 2, cap: 11, group: email }
                  DEMO_REQUEST: { points: 22, cap: 40, group: web }
                  PODCAST_LISTENED: { points: 3, cap: 9, group: event }
                defaultDecayGroup: signal
                inactivity: { days: 30, points: -7 }
                fit:
                  industries: { points: 17, values: [SOFTWARE, RETAIL] }
                  funding: { min: 500000, points: 7 }
                bant:
                  budget: { CONFIRMED: 30, UNKNOWN: -3 }
                product:
                  seats: { min: 2, points: 6 }
                classification:
                  mql: { minScore: 30, recentDays: 45, minGrade: C }
                  sql:
                    handRaiseTypes: [DEMO_REQUEST, PRICING_PAGE_VIEW]
                    minBantParts: 2
                    recentDays: 60
                  pql: { recentDays: 30, minActiveDays: 3, activityTypes: [PRODUCT_LOGIN] }
                  serviceQualified: { types: [UPGRADE_INQUIRY, SUPPORT_TICKET], recentDays: 90 }
                  disqualify: { excludedCountries: [KP, CN], competitorDomains: [zoho.com] }
                """, "test-profile");
        try (RuleBasedQualifier otherEngine = RuleBasedQualifier.builder().profile(other).build()) {
            ReferenceQualifier otherReference = new ReferenceQualifier(other);
            List<Lead> some = leads.subList(0, 1_000);
            assertThat(compare(otherEngine, "engine", otherReference, "reference", some, AS_OF)).isEqualTo(1_000);
        }
    }

    @Test
    void naiveDroolsUsageGivesTheEngineResults() {
        // The benchmarks' NAIVE variant must compute the same thing, or comparing speeds means nothing.
        try (NaiveDroolsQualifier naive = new NaiveDroolsQualifier()) {
            List<Lead> some = leads.subList(0, 300);
            assertThat(compare(engine, "engine", naive, "naive", some, AS_OF)).isEqualTo(300);
        }
    }

    @Test
    void naiveInteractionsRulesHaveTheEngineRuleNames() {
        // Reasons carry rule names, and a duplicate name would silently replace a rule: same names, each once.
        assertThat(naiveInteractions.ruleNames()).containsExactlyInAnyOrderElementsOf(engine.ruleNames());
    }

    @Test
    void naiveInteractionsGiveTheEngineResults() {
        // NAIVE_INTERACTIONS matches single Interaction facts instead of the engine's folded activities: it must
        // still compute the same thing, or comparing speeds means nothing.
        long start = System.nanoTime();
        List<Lead> some = leads.subList(0, NAIVE_LEADS);
        assertThat(compare(engine, "engine", naiveInteractions, "naive-interactions", some, AS_OF))
                .isEqualTo(NAIVE_LEADS);
        System.out.printf("differential: %d leads identical (engine vs naive-interactions) in %d ms%n", NAIVE_LEADS,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void naiveInteractionsGiveTheEngineResultsWhateverTheOrderOfInteractions() {
        // The engine on the original order against NAIVE_INTERACTIONS on shuffled interactions (so inserted in
        // another order): accumulations and "latest" must not depend on insertion order.
        List<Lead> some = leads.subList(0, NAIVE_LEADS);
        int compared = 0;
        for (int s = 0; s < SHUFFLES; s++) {
            Random random = new Random(SEED + 101 + s);
            List<Lead> shuffled = new ArrayList<>(some.size());
            for (Lead lead : some) {
                List<Interaction> interactions = new ArrayList<>(lead.interactions());
                Collections.shuffle(interactions, random);
                shuffled.add(withInteractions(lead, interactions));
            }
            compared += compare(engine, "engine(original order)", naiveInteractions, "naive-interactions(shuffled)",
                    some, shuffled, AS_OF);
        }
        assertThat(compared).isEqualTo(SHUFFLES * NAIVE_LEADS);
    }

    @Test
    void naiveInteractionsGiveTheEngineResultsAtOtherInstants() {
        // 45 days earlier some interactions lie after the as-of instant (never inserted); 120 days later most have
        // left their decay windows and the recency rules change.
        List<Lead> some = leads.subList(0, NAIVE_LEADS);
        assertThat(compare(engine, "engine", naiveInteractions, "naive-interactions", some,
                AS_OF.minusSeconds(45 * 86_400L))).isEqualTo(NAIVE_LEADS);
        assertThat(compare(engine, "engine", naiveInteractions, "naive-interactions", some,
                AS_OF.plusSeconds(120 * 86_400L))).isEqualTo(NAIVE_LEADS);
    }

    @Test
    void generatedMixReachesEveryStage() {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        for (Lead lead : leads) {
            stages.merge(reference.qualify(lead, AS_OF).stage(), 1, Integer::sum);
        }
        System.out.println("stage mix of " + LEADS + " generated leads: " + stages);
        for (Stage s : Stage.values()) {
            assertThat(stages.getOrDefault(s, 0)).as("leads in stage %s", s).isGreaterThanOrEqualTo(LEADS / 50);
        }
    }

    @Test
    void sameSeedSameLeads() {
        assertThat(LeadGenerator.varying(SEED, 12).leads(50)).isEqualTo(leads.subList(0, 50));
        assertThat(new LeadGenerator(7, 20).leads(10)).allSatisfy(l -> assertThat(l.interactions()).hasSize(20));
    }

    private static Lead withInteractions(Lead lead, List<Interaction> interactions) {
        return new Lead(lead.id(), lead.source(), lead.createdAt(), lead.person(), lead.company(), lead.bant(),
                interactions, lead.product(), lead.customer(), lead.attributes());
    }

    private static int compare(LeadQualifier left, String leftName, LeadQualifier right, String rightName,
                               List<Lead> leads, Instant asOf) {
        return compare(left, leftName, right, rightName, leads, leads, asOf);
    }

    /** Compares left on {@code leftLeads[i]} with right on {@code rightLeads[i]}; fails on the first difference. */
    private static int compare(LeadQualifier left, String leftName, LeadQualifier right, String rightName,
                               List<Lead> leftLeads, List<Lead> rightLeads, Instant asOf) {
        int n = 0;
        for (int i = 0; i < leftLeads.size(); i++) {
            Qualification l = left.qualify(leftLeads.get(i), asOf);
            Qualification r = right.qualify(rightLeads.get(i), asOf);
            if (!l.equals(r)) {
                String diff = Diff.describe(rightLeads.get(i), leftName, l, rightName, r);
                System.err.println(diff);
                fail("%s and %s differ after %d identical leads (as of %s):%n%s", leftName, rightName, n, asOf, diff);
            }
            n++;
        }
        return n;
    }
}

package org.leadqualification.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.json.LeadJson;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.InvalidRulesException;
import org.leadqualification.rules.RuleBasedQualifier;

/** The topology's logic, through {@link org.apache.kafka.streams.TopologyTestDriver}. */
class QualificationTopologyTest {
    /** The README's lead: fit A, BANT all positive; a hand-raise makes it an SQL for 30 days. */
    static final String ANA = "{\"id\":\"L-1\",\"source\":\"WEBINAR\",\"createdAt\":\"2026-09-14T09:30:00Z\","
            + "\"person\":{\"jobTitle\":\"Head of Marketing\",\"seniority\":\"DIRECTOR\",\"department\":\"MARKETING\","
            + "\"email\":\"ana@acme.example\"},\"company\":{\"domain\":\"acme.example\",\"industry\":\"SOFTWARE\","
            + "\"employees\":250,\"annualRevenue\":25000000,\"country\":\"BR\"},\"bant\":{\"budget\":\"CONFIRMED\","
            + "\"authority\":\"DECISION_MAKER\",\"need\":\"CONFIRMED\",\"timeline\":\"WITHIN_3_MONTHS\"}}";

    static RuleBasedQualifier qualifier;
    @TempDir
    Path stateDir;

    @BeforeAll
    static void buildEngine() {
        qualifier = RuleBasedQualifier.builder().build();
    }

    @AfterAll
    static void closeEngine() {
        qualifier.close();
    }

    private Harness harness() {
        return harness(QualificationTopology.builder().qualifier(qualifier).build());
    }

    private Harness harness(QualificationTopology topology) {
        return new Harness(topology, stateDir);
    }

    @Test
    void demoRequest_reachesSalesAsAnSql_atOnce() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2026-09-14T09:30:00Z");
            h.interaction("L-1", "DEMO_REQUEST", "2026-10-20T10:02:00Z");

            List<Qualification> results = h.results();
            List<StageChange> changes = h.changes();

            assertThat(results).hasSize(2);
            assertThat(results.get(1).stage()).isEqualTo(Stage.SQL);
            assertThat(results.get(1).asOf()).isEqualTo(Instant.parse("2026-10-20T10:02:00Z"));
            assertThat(changes).hasSize(1);
            StageChange c = changes.get(0);
            assertThat(c.leadId()).isEqualTo("L-1");
            assertThat(c.to()).isEqualTo(Stage.SQL);
            assertThat(c.from()).isEqualTo(results.get(0).stage());
            assertThat(c.at()).isEqualTo(Instant.parse("2026-10-20T10:02:00Z"));
            assertThat(c.trigger()).isEqualTo(StageChange.Trigger.EVENT);
            assertThat(c.added()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("Demo requested"));
            assertThat(results.get(1)).isEqualTo(qualifier.qualify(
                    LeadJson.standard().readLead(ANA).toBuilder()
                            .interaction("DEMO_REQUEST", Instant.parse("2026-10-20T10:02:00Z")).build(),
                    Instant.parse("2026-10-20T10:02:00Z")));
        }
    }

    @Test
    void sameStage_writesAResult_butNoStageChange() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2026-09-14T09:30:00Z");
            h.interaction("L-1", "DEMO_REQUEST", "2026-10-20T10:02:00Z");
            h.interaction("L-1", "PRICING_PAGE_VIEW", "2026-10-21T10:00:00Z");

            assertThat(h.results()).hasSize(3).last().extracting(Qualification::stage).isEqualTo(Stage.SQL);
            assertThat(h.changes()).extracting(StageChange::to).containsExactly(Stage.SQL);
        }
    }

    @Test
    void anyArrivalOrder_givesTheSameFinalResult() {
        List<SampleEvents.Event> events = SampleEvents.eventsOf(SampleEvents.leads());
        Map<String, Qualification> inOrder = finalResults(events);
        List<SampleEvents.Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(42));
        List<SampleEvents.Event> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);

        Map<String, Qualification> shuffledResults = finalResults(shuffled);
        Map<String, Qualification> reversedResults = finalResults(reversed);

        // Judged at each lead's clock (its latest event), the final results agree whatever the order, and equal the
        // batch engine's for the same lead and instant.
        Map<String, Lead> leads = SampleEvents.leadsOf(events);
        assertThat(inOrder).hasSize(29);
        for (Map.Entry<String, Qualification> e : inOrder.entrySet()) {
            Qualification q = e.getValue();
            assertThat(qualifier.qualify(leads.get(e.getKey()), q.asOf())).as(e.getKey()).isEqualTo(q);
            Instant clock = latestEventOf(events, e.getKey());
            assertThat(shuffledResults.get(e.getKey())).as(e.getKey())
                    .isEqualTo(qualifier.qualify(leads.get(e.getKey()), clock));
            assertThat(reversedResults.get(e.getKey())).as(e.getKey())
                    .isEqualTo(qualifier.qualify(leads.get(e.getKey()), clock));
        }
    }

    private Map<String, Qualification> finalResults(List<SampleEvents.Event> events) {
        // Punctuation far apart, so that the last result of each lead is the one its own last event made.
        QualificationTopology topology = QualificationTopology.builder().qualifier(qualifier)
                .punctuation(Duration.ofDays(10_000), PunctuationType.STREAM_TIME).build();
        Map<String, Qualification> last = new LinkedHashMap<>();
        try (Harness h = harness(topology)) {
            events.forEach(h::send);
            h.results().forEach(q -> last.put(q.leadId(), q));
        }
        return last;
    }

    private static Instant latestEventOf(List<SampleEvents.Event> events, String leadId) {
        return events.stream().filter(e -> e.key().equals(leadId)).map(SampleEvents.Event::timestamp)
                .max(Instant::compareTo).orElseThrow();
    }

    @Test
    void lateInteraction_isMerged_andJudgedAtTheLeadsClock() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2026-09-14T09:30:00Z");
            h.interaction("L-1", "PRICING_PAGE_VIEW", "2026-10-30T10:00:00Z");
            h.interaction("L-1", "DEMO_REQUEST", "2026-10-20T10:00:00Z"); // late: arrives after Oct 30

            Qualification last = h.results().get(2);

            assertThat(last.asOf()).isEqualTo(Instant.parse("2026-10-30T10:00:00Z"));
            assertThat(last.reasons()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("Demo requested"));
            assertThat(last.stage()).isEqualTo(Stage.SQL);
        }
    }

    @Test
    void duplicateInteraction_isCountedOnce_andWritesNothing() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2026-09-14T09:30:00Z");
            h.interaction("L-1", "PRICING_PAGE_VIEW", "2026-10-20T10:00:00Z");
            h.interaction("L-1", "PRICING_PAGE_VIEW", "2026-10-20T10:00:00Z");
            h.lead("L-1", ANA, "2026-09-14T09:30:00Z"); // the same profile again: nothing new either

            List<Qualification> results = h.results();
            KeyValueStore<String, LeadState> store = h.driver.getKeyValueStore(QualificationTopology.STATE_STORE);

            assertThat(results).hasSize(2);
            assertThat(results.get(1).reasons()).filteredOn(r -> r.rule().equals("Pricing page viewed"))
                    .singleElement().satisfies(r -> assertThat(r.points()).isEqualTo(8));
            assertThat(store.get("L-1").lead().interactions()).hasSize(1);
        }
    }

    @Test
    void interactionBeforeProfile_isJudged_andRejudgedWhenTheProfileArrives() {
        try (Harness h = harness()) {
            h.interaction("L-1", "DEMO_REQUEST", "2026-10-20T10:00:00Z");
            h.lead("L-1", ANA, "2026-10-20T11:00:00Z");

            List<Qualification> results = h.results();

            assertThat(results).hasSize(2);
            assertThat(results.get(0).stage()).isNotEqualTo(Stage.SQL); // nothing known of the person yet
            assertThat(results.get(1).stage()).isEqualTo(Stage.SQL);
        }
    }

    @Test
    void hotLead_goesColdByTimeAlone_thePunctuatorEmitsTheChange() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2026-09-14T09:30:00Z");
            h.interaction("L-1", "DEMO_REQUEST", "2026-10-20T10:00:00Z");
            h.results();
            assertThat(h.changes()).extracting(StageChange::to).containsExactly(Stage.SQL);

            // Stream time moves by other leads' records, one every 6 hours for 40 days.
            Instant t = Instant.parse("2026-10-20T10:00:00Z");
            for (int i = 1; i <= 160; i++) {
                h.interaction("TICK", "PAGE_VIEW", t.plus(Duration.ofHours(6L * i)).toString());
            }

            List<StageChange> changes = h.changes().stream().filter(c -> c.leadId().equals("L-1")).toList();
            List<Qualification> l1 = h.results().stream().filter(q -> q.leadId().equals("L-1")).toList();

            assertThat(changes).hasSize(1);
            StageChange cold = changes.get(0);
            assertThat(cold.from()).isEqualTo(Stage.SQL);
            assertThat(cold.trigger()).isEqualTo(StageChange.Trigger.TIME);
            assertThat(cold.at()).isBetween(t.plus(Duration.ofDays(30)), t.plus(Duration.ofDays(31)).plus(Duration.ofHours(6)));
            assertThat(cold.removed()).anySatisfy(r -> assertThat(r.rule()).startsWith("Sales-qualified"));
            // Only changed results are written by time, far fewer than the 160 ticks; each equals the engine's.
            assertThat(l1).isNotEmpty().hasSizeLessThan(60);
            Lead lead = LeadJson.standard().readLead(ANA).toBuilder()
                    .interaction("DEMO_REQUEST", Instant.parse("2026-10-20T10:00:00Z")).build();
            l1.forEach(q -> assertThat(q).isEqualTo(qualifier.qualify(lead, q.asOf())));
            assertThat(l1).extracting(Qualification::asOf).isSorted();
        }
    }

    @Test
    void wallClockPunctuation_movesAnIdleStream() {
        QualificationTopology topology = QualificationTopology.builder().qualifier(qualifier)
                .punctuation(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME).build();
        try (Harness h = harness(topology)) {
            // The driver's wall clock starts at 2026-01-01; the lead's events are just before.
            h.lead("L-1", ANA, "2025-12-01T00:00:00Z");
            h.interaction("L-1", "DEMO_REQUEST", "2025-12-31T00:00:00Z");
            assertThat(h.changes()).extracting(StageChange::to).containsExactly(Stage.SQL);

            h.advanceWallClock(Duration.ofDays(31));

            assertThat(h.changes()).singleElement().satisfies(c -> {
                assertThat(c.from()).isEqualTo(Stage.SQL);
                assertThat(c.trigger()).isEqualTo(StageChange.Trigger.TIME);
            });
        }
    }

    @Test
    void dueIndex_holdsTheNextDayBoundary_ofTheLeadsAnchors() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2026-10-20T09:30:00Z"); // createdAt 2026-09-14T09:30Z
            h.interaction("L-1", "DEMO_REQUEST", "2026-10-20T10:00:00Z");

            KeyValueStore<Bytes, byte[]> due = h.driver.getKeyValueStore(QualificationTopology.DUE_STORE);
            List<String> entries = new ArrayList<>();
            try (KeyValueIterator<Bytes, byte[]> it = due.all()) {
                it.forEachRemaining(kv -> entries.add(DueIndex.leadId(kv.key) + "@"
                        + Instant.ofEpochMilli(DueIndex.dueMillis(kv.key))));
            }

            // Created at 09:30 on day 36 of its life: its next day starts 2026-10-21T09:30Z, before the demo's.
            assertThat(entries).containsExactly("L-1@2026-10-21T09:30:00Z");
        }
    }

    @Test
    void oldInteractions_arePruned_butTheLatestOfEachTypeStays() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2024-01-01T00:00:00Z");
            h.interaction("L-1", "PAGE_VIEW", "2024-01-02T00:00:00Z");
            h.interaction("L-1", "PAGE_VIEW", "2024-01-03T00:00:00Z");
            h.interaction("L-1", "SPAM_COMPLAINT", "2024-01-04T00:00:00Z");
            h.interaction("L-1", "PAGE_VIEW", "2026-10-20T00:00:00Z");

            KeyValueStore<String, LeadState> store = h.driver.getKeyValueStore(QualificationTopology.STATE_STORE);

            assertThat(store.get("L-1").lead().interactions()).extracting(i -> i.type() + " " + i.at())
                    .containsExactly("PAGE_VIEW 2024-01-03T00:00:00Z", "SPAM_COMPLAINT 2024-01-04T00:00:00Z",
                            "PAGE_VIEW 2026-10-20T00:00:00Z");
            assertThat(h.results()).last().extracting(Qualification::stage).isEqualTo(Stage.DISQUALIFIED);
        }
    }

    @Test
    void unreadableRecords_goToTheDeadLetterTopic_byteForByte_andTheStreamGoesOn() {
        try (Harness h = harness()) {
            byte[] notJson = "{\"type\": DEMO".getBytes(StandardCharsets.UTF_8);
            h.rawInteractions.pipeInput("L-1".getBytes(StandardCharsets.UTF_8), notJson,
                    Instant.parse("2026-10-20T10:00:00Z"));
            h.leads.pipeInput("L-2", "{\"id\":\"L-2\",\"company\":{\"employes\":5}}",
                    Instant.parse("2026-10-20T10:00:00Z"));
            h.leads.pipeInput("L-3", "{\"id\":\"L-4\"}", Instant.parse("2026-10-20T10:00:00Z"));
            h.interactions.pipeInput(null, "{\"type\":\"PAGE_VIEW\",\"at\":\"2026-10-20T10:00:00Z\"}",
                    Instant.parse("2026-10-20T10:00:00Z"));
            h.interactions.pipeInput("L-5", "{\"type\":\"PAGE_VIEW\",\"at\":\"yesterday\"}",
                    Instant.parse("2026-10-20T10:00:00Z"));
            h.lead("L-1", ANA, "2026-10-20T10:00:00Z");

            List<TestRecord<byte[], byte[]>> dead = h.deadLetters.readRecordsToList();

            assertThat(dead).hasSize(5);
            assertThat(dead.get(0).value()).isEqualTo(notJson);
            assertThat(Harness.header(dead.get(0), DeadLetters.TOPIC)).isEqualTo("interaction-events");
            assertThat(Harness.header(dead.get(0), DeadLetters.OFFSET)).isEqualTo("0");
            assertThat(Harness.header(dead.get(0), DeadLetters.ERROR)).contains("\"leadId\":\"L-1\"");
            assertThat(Harness.header(dead.get(1), DeadLetters.ERROR))
                    .contains("\"path\":\"company.employes\"").contains("did you mean");
            assertThat(Harness.header(dead.get(2), DeadLetters.ERROR))
                    .contains("\"path\":\"id\"").contains("expected the record key \\\"L-3\\\"");
            assertThat(Harness.header(dead.get(3), DeadLetters.ERROR)).contains("no key");
            assertThat(dead.get(3).key()).isNull();
            assertThat(Harness.header(dead.get(4), DeadLetters.ERROR))
                    .contains("\"leadId\":\"L-5\"").contains("\"path\":\"at\"").contains("ISO-8601");
            assertThat(new String(dead.get(4).value(), StandardCharsets.UTF_8)).contains("yesterday");
            // The stream went on: the valid record after them was judged.
            assertThat(h.results()).singleElement().extracting(Qualification::leadId).isEqualTo("L-1");
        }
    }

    @Test
    void leadThatARuleCannotJudge_goesToTheDeadLetterTopic_othersAreJudged() {
        try (RuleBasedQualifier explosive = RuleBasedQualifier.builder()
                .addRules("explosive.drl", """
                        package com.example;
                        import org.leadqualification.model.Lead;
                        rule "Explodes on BOOM"
                        when
                            Lead( id == "BOOM" )
                        then
                            throw new IllegalStateException("boom");
                        end
                        """).build();
             Harness h = harness(QualificationTopology.builder().qualifier(explosive).build())) {
            h.lead("BOOM", "{\"id\":\"BOOM\"}", "2026-10-20T10:00:00Z");
            h.lead("L-1", ANA, "2026-10-20T10:00:00Z");

            List<TestRecord<byte[], byte[]>> dead = h.deadLetters.readRecordsToList();

            assertThat(dead).singleElement().satisfies(r -> assertThat(Harness.header(r, DeadLetters.ERROR))
                    .contains("\"leadId\":\"BOOM\"").contains("cannot be judged"));
            assertThat(h.results()).extracting(Qualification::leadId).containsExactly("L-1");
        }
    }

    @Test
    void leadUpdateWithoutValue_forgetsTheLead() {
        try (Harness h = harness()) {
            h.lead("L-1", ANA, "2026-09-14T09:30:00Z");
            h.interaction("L-1", "DEMO_REQUEST", "2026-10-20T10:00:00Z");
            h.leads.pipeInput("L-1", null, Instant.parse("2026-10-21T10:00:00Z"));

            KeyValueStore<String, LeadState> store = h.driver.getKeyValueStore(QualificationTopology.STATE_STORE);
            KeyValueStore<Bytes, byte[]> due = h.driver.getKeyValueStore(QualificationTopology.DUE_STORE);

            assertThat(store.get("L-1")).isNull();
            assertThat(due.approximateNumEntries()).isZero();
            assertThat(h.deadLetters.isEmpty()).isTrue();
        }
    }

    @Test
    void restart_fromTheStateStores_continuesAsIfNeverStopped() {
        List<SampleEvents.Event> events = SampleEvents.eventsOf(SampleEvents.leads());
        int half = events.size() / 2;
        List<String> straight = new ArrayList<>();
        List<String> straightChanges = new ArrayList<>();
        try (Harness h = harness()) {
            events.forEach(h::send);
            straight.addAll(h.qualifications.readValuesToList());
            straightChanges.addAll(h.stageChanges.readValuesToList());
        }

        List<String> restarted = new ArrayList<>();
        List<String> restartedChanges = new ArrayList<>();
        Map<String, byte[]> states = new HashMap<>();
        Map<Bytes, byte[]> dues = new HashMap<>();
        LeadState.StateSerde serde = new LeadState.StateSerde(LeadJson.standard());
        try (Harness h = harness()) {
            events.subList(0, half).forEach(h::send);
            restarted.addAll(h.qualifications.readValuesToList());
            restartedChanges.addAll(h.stageChanges.readValuesToList());
            KeyValueStore<String, LeadState> s = h.driver.getKeyValueStore(QualificationTopology.STATE_STORE);
            try (KeyValueIterator<String, LeadState> it = s.all()) {
                it.forEachRemaining(kv -> states.put(kv.key, serde.write(kv.value))); // what the changelog holds
            }
            KeyValueStore<Bytes, byte[]> d = h.driver.getKeyValueStore(QualificationTopology.DUE_STORE);
            try (KeyValueIterator<Bytes, byte[]> it = d.all()) {
                it.forEachRemaining(kv -> dues.put(kv.key, kv.value));
            }
        }
        try (Harness h = new Harness(QualificationTopology.builder().qualifier(qualifier).build(),
                stateDir.resolve("second"))) {
            KeyValueStore<String, LeadState> s = h.driver.getKeyValueStore(QualificationTopology.STATE_STORE);
            states.forEach((k, v) -> s.put(k, serde.read(v)));
            KeyValueStore<Bytes, byte[]> d = h.driver.getKeyValueStore(QualificationTopology.DUE_STORE);
            dues.forEach(d::put);
            // Stream time is not in the stores: the first record after the restart sets it again.
            events.subList(half, events.size()).forEach(h::send);
            restarted.addAll(h.qualifications.readValuesToList());
            restartedChanges.addAll(h.stageChanges.readValuesToList());
        }

        assertThat(states).hasSizeGreaterThan(5);
        assertThat(restartedChanges).isEqualTo(straightChanges);
        assertThat(lastPerLead(restarted)).isEqualTo(lastPerLead(straight));
    }

    private static Map<String, String> lastPerLead(List<String> results) {
        LeadJson json = LeadJson.standard();
        return results.stream().collect(Collectors.toMap(v -> json.readQualification(v).leadId(), v -> v,
                (a, b) -> b, LinkedHashMap::new));
    }

    @Test
    void invalidRules_failAtStartUp_beforeAnyTopology() {
        assertThatThrownBy(() -> QualificationTopology.builder().qualifier(RuleBasedQualifier.builder()
                .addRules("broken.drl", "package x;\nrule \"Broken\" when garbage( then end").build()))
                .isInstanceOf(InvalidRulesException.class).hasMessageContaining("broken.drl");
        assertThatThrownBy(() -> QualificationTopology.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("qualifier");
    }

    @Test
    void retention_defaultsToTheLongestDecayWindowOfTheProfile() {
        QualificationTopology topology = QualificationTopology.builder().qualifier(qualifier).build();

        assertThat(topology.retention()).isEqualTo(Duration.ofDays(365));
        assertThat(topology.topics()).isEqualTo(Topics.defaults());
    }

    @Test
    void stageChange_readsBackFromItsJson() {
        Lead lead = LeadJson.standard().readLead(ANA).toBuilder()
                .interaction("DEMO_REQUEST", Instant.parse("2026-10-20T10:00:00Z")).build();
        Qualification q = qualifier.qualify(lead, Instant.parse("2026-10-21T00:00:00Z"));
        StageChange c = StageChange.between(java.util.Optional.empty(), q, StageChange.Trigger.EVENT).orElseThrow();

        assertThat(StageChange.fromJson(c.toJson())).isEqualTo(c);
        assertThat(c.added()).isEqualTo(q.reasons());
        assertThat(c.toJson()).startsWith("{\"leadId\":\"L-1\",\"at\":\"2026-10-21T00:00:00Z\",\"from\":\"UNQUALIFIED\","
                + "\"to\":\"SQL\"");
        assertThatThrownBy(() -> StageChange.fromJson("{\"leadId\":\"L-1\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at");
    }
}

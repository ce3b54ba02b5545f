package org.leadqualification.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.leadqualification.json.LeadJson;
import org.leadqualification.result.Qualification;

/** A {@link TopologyTestDriver} around a {@link QualificationTopology}, with typed inputs and outputs. */
final class Harness implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<String, String> leads;
    final TestInputTopic<String, String> interactions;
    final TestInputTopic<byte[], byte[]> rawLeads;
    final TestInputTopic<byte[], byte[]> rawInteractions;
    final TestOutputTopic<String, String> qualifications;
    final TestOutputTopic<String, String> stageChanges;
    final TestOutputTopic<byte[], byte[]> deadLetters;
    private final LeadJson json = LeadJson.standard();

    Harness(QualificationTopology topology, Path stateDir) {
        Properties p = QualificationTopology.streamsConfig("lead-qualification-test", "localhost:9");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology.topology(), p, Instant.parse("2026-01-01T00:00:00Z"));
        Topics t = topology.topics();
        StringSerializer s = new StringSerializer();
        ByteArraySerializer b = new ByteArraySerializer();
        leads = driver.createInputTopic(t.leadUpdates(), s, s);
        interactions = driver.createInputTopic(t.interactions(), s, s);
        rawLeads = driver.createInputTopic(t.leadUpdates(), b, b);
        rawInteractions = driver.createInputTopic(t.interactions(), b, b);
        StringDeserializer d = new StringDeserializer();
        ByteArrayDeserializer bd = new ByteArrayDeserializer();
        qualifications = driver.createOutputTopic(t.qualifications(), d, d);
        stageChanges = driver.createOutputTopic(t.stageChanges(), d, d);
        deadLetters = driver.createOutputTopic(t.deadLetters(), bd, bd);
    }

    void send(SampleEvents.Event e) {
        (e.kind() == SampleEvents.Kind.LEAD ? leads : interactions).pipeInput(e.key(), e.value(), e.timestamp());
    }

    void lead(String id, String json, String at) {
        leads.pipeInput(id, json, Instant.parse(at));
    }

    void interaction(String id, String type, String at) {
        interactions.pipeInput(id, "{\"type\":\"" + type + "\",\"at\":\"" + at + "\"}", Instant.parse(at));
    }

    List<Qualification> results() {
        List<Qualification> out = new ArrayList<>();
        for (String v : qualifications.readValuesToList()) {
            out.add(json.readQualification(v));
        }
        return out;
    }

    List<StageChange> changes() {
        List<StageChange> out = new ArrayList<>();
        for (String v : stageChanges.readValuesToList()) {
            out.add(StageChange.fromJson(v));
        }
        return out;
    }

    static String header(TestRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    void advanceWallClock(Duration d) {
        driver.advanceWallClockTime(d);
    }

    @Override
    public void close() {
        driver.close();
    }
}

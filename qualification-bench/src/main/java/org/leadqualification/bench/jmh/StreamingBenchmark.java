package org.leadqualification.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.PunctuationType;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.json.LeadJson;
import org.leadqualification.kafka.QualificationTopology;
import org.leadqualification.kafka.Topics;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.RuleBasedQualifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Events per second through the streaming topology on one stream thread, without a broker: Kafka Streams'
 * {@code TopologyTestDriver} (one task, exactly-once settings, RocksDB or in-memory stores) fed {@value #EVENTS}
 * events per invocation, the lead updates and interaction events of generated leads in time order (one lead update and
 * {@code interactions} interactions per lead; so each event re-judges a lead holding on average half its
 * interactions). Each invocation starts from empty stores (a new driver, made outside the measurement). Every event
 * is read, merged into the stored lead, judged with the built-in rules, and its result written.
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar StreamingBenchmark -wi 2 -w 5s -i 3 -r 5s -f 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamingBenchmark {
    /** Events per invocation: leads × (1 + interactions), the same for every {@code interactions}. */
    static final int EVENTS = 4_200;

    /** The engine (built once) and the events (generated once, seed 42). */
    @State(Scope.Benchmark)
    public static class Input {
        /** Interactions per lead: 5 (700 leads) or 20 (200 leads). */
        @Param({"5", "20"})
        public int interactions;
        /**
         * Where the stores live. The driver commits after every record, and a commit flushes RocksDB's memtables to
         * disk: ROCKSDB measures that flush per event, IN_MEMORY the processing alone.
         */
        @Param({"ROCKSDB", "IN_MEMORY"})
        public QualificationTopology.StoreType stores;
        /**
         * HOURLY: the default stream-time punctuator. The 200 days of events replay in well under a second of stream
         * work, so each lead still in a decay window is also re-judged once per day of stream time (about 200 times
         * per lead here, against 6 or 21 events per lead): this measures replay. OFF (punctuation every 100,000
         * days) measures the work per event alone, as live traffic sees it (a day of live time spreads those
         * re-judgements over 24 hours).
         */
        @Param({"HOURLY", "OFF"})
        public String punctuation;

        RuleBasedQualifier qualifier;
        QualificationTopology topology;
        final List<String[]> events = new ArrayList<>(); // kind, key, value, epoch millis

        /** Generates the events and builds the engine. */
        @Setup(Level.Trial)
        public void setUp() {
            int leads = EVENTS / (1 + interactions);
            LeadJson json = LeadJson.standard();
            List<Object[]> timed = new ArrayList<>();
            for (Lead lead : new LeadGenerator(42L, interactions).leads(leads)) {
                Lead profile = new Lead(lead.id(), lead.source(), lead.createdAt(), lead.person(), lead.company(),
                lead.bant(), List.of(), lead.product(), lead.customer(), lead.attributes(),
                lead.stageHistory(), lead.outcome(), lead.sales(), lead.accountId());
                Instant created = lead.createdAt().orElse(LeadGenerator.AS_OF.minusSeconds(200L * 86_400));
                timed.add(new Object[] {created, new String[] {"L", lead.id(), json.writeLead(profile),
                        Long.toString(created.toEpochMilli())}});
                for (Interaction i : lead.interactions()) {
                    timed.add(new Object[] {i.at(), new String[] {"I", lead.id(), json.writeInteraction(i),
                            Long.toString(i.at().toEpochMilli())}});
                }
            }
            timed.sort(Comparator.comparing(o -> (Instant) o[0]));
            timed.forEach(o -> events.add((String[]) o[1]));
            if (events.size() != EVENTS) {
                throw new IllegalStateException("expected " + EVENTS + " events, made " + events.size());
            }
            qualifier = RuleBasedQualifier.builder().build();
            topology = QualificationTopology.builder().qualifier(qualifier).stores(stores)
                    .punctuation(punctuation.equals("OFF") ? Duration.ofDays(100_000) : Duration.ofHours(1),
                            PunctuationType.STREAM_TIME).build();
        }

        /** Releases the engine. */
        @TearDown(Level.Trial)
        public void tearDown() {
            qualifier.close();
        }
    }

    /** A new driver with empty stores for each invocation. */
    @State(Scope.Thread)
    public static class Driver {
        TopologyTestDriver driver;
        TestInputTopic<String, String> leads;
        TestInputTopic<String, String> interactions;
        TestOutputTopic<String, String> qualifications;
        Path stateDir;

        /** @param in the topology */
        @Setup(Level.Invocation)
        public void open(Input in) {
            try {
                stateDir = Files.createTempDirectory("streaming-bench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Properties p = QualificationTopology.streamsConfig("streaming-bench", "localhost:9");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            driver = new TopologyTestDriver(in.topology.topology(), p);
            Topics t = in.topology.topics();
            leads = driver.createInputTopic(t.leadUpdates(), new StringSerializer(), new StringSerializer());
            interactions = driver.createInputTopic(t.interactions(), new StringSerializer(), new StringSerializer());
            qualifications = driver.createOutputTopic(t.qualifications(), new StringDeserializer(),
                    new StringDeserializer());
        }

        /** Closes the driver (it deletes its state directory). */
        @TearDown(Level.Invocation)
        public void close() {
            driver.close();
        }
    }

    /**
     * @param in     the events
     * @param driver a fresh driver
     * @return the number of results written, which must equal the number of events
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long events(Input in, Driver driver) {
        for (String[] e : in.events) {
            (e[0].equals("L") ? driver.leads : driver.interactions).pipeInput(e[1], e[2], Long.parseLong(e[3]));
        }
        long results = driver.qualifications.getQueueSize();
        if (results < EVENTS) {
            throw new IllegalStateException("expected a result per event, got " + results + " for " + EVENTS);
        }
        return results;
    }
}

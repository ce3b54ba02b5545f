package org.leadqualification.kafka;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.json.LeadJson;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.profile.DecayGroup;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * Streaming re-qualification as a Kafka Streams {@link Topology}: every lead update and interaction event re-judges
 * its lead; every new result goes to the {@code qualifications} topic and every change of stage, at once, to the
 * {@code stage-changes} topic; leads whose result can change by time alone (decay, windows) are re-judged by a
 * punctuator when they are due.
 *
 * <pre>{@code
 * try (RuleBasedQualifier qualifier = RuleBasedQualifier.builder().build()) {      // rules fail here, at start-up
 *     QualificationTopology topology = QualificationTopology.builder().qualifier(qualifier).build();
 *     try (KafkaStreams streams = new KafkaStreams(topology.topology(),
 *             QualificationTopology.streamsConfig("lead-qualification", "broker:9092"))) {
 *         streams.start();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Time.</b> Each lead has a clock: the latest event time seen for it (a record's timestamp; for an
 *       interaction, the later of the timestamp and its {@code at}, so an interaction is never judged before it
 *       happened). A lead is judged as of its clock. A late or out-of-order record is merged into the state and the
 *       lead re-judged as of its clock, never earlier: results only move forward in time, and since the engine gives
 *       the same result for the same lead and instant in any interaction order, the final state does not depend on
 *       the arrival order.</li>
 *   <li><b>Duplicates.</b> An interaction is identified by lead id (the key), type, instant, channel, detail and
 *       attributes; one already held is dropped with no output. A lead update equal to the known profile that adds no
 *       interaction is dropped too.</li>
 *   <li><b>Lead updates</b> replace the lead's profile (everything but interactions); their interactions are merged.
 *       A record with no value forgets the lead. Interactions that arrive before any profile are judged with the id
 *       alone, and re-judged when the profile arrives.</li>
 *   <li><b>Bounded state.</b> Interactions older than the retention (by default the profile's longest decay window)
 *       are dropped, except the latest of each type (which the built-in rules may still look at: a spam complaint,
 *       recency); so the built-in rules judge as without pruning, only old counts shrink.</li>
 *   <li><b>Time alone.</b> A lead's result can only change by time at {@code anchor + k days} (every age is in whole
 *       days); a second store indexes each lead by the earliest such instant after its last judgement, and the
 *       punctuator (stream time by default, every hour) re-judges only the leads due. It writes a result only if it
 *       differs from the last one, a stage change only if the stage differs.</li>
 *   <li><b>Failures.</b> A record that cannot be read (or whose key is missing, or whose lead id differs from its key)
 *       or judged goes unchanged to the dead-letter topic with the error in its headers ({@link DeadLetters}), and
 *       the stream goes on.</li>
 * </ul>
 *
 * <p>Run it with {@link #streamsConfig(String, String)} ({@code exactly_once_v2}): results, stage changes, dead
 * letters and state changes are committed together. Immutable; one topology can serve any number of
 * {@code KafkaStreams} instances and threads, which share its qualifier (thread-safe, built once).
 */
public final class QualificationTopology {
    /** The state store of the leads, one entry per lead id (changelogged; RocksDB unless {@link StoreType}). */
    public static final String STATE_STORE = "lead-state";
    /** The due-time index: the instant each lead can next change by time alone, then its id (changelogged). */
    public static final String DUE_STORE = "lead-due";

    /**
     * A header of every record on the {@code qualifications} topic: {@code EVENT} when a record of the lead made the
     * result, {@code TIME} when the punctuator did ({@link StageChange.Trigger}).
     */
    public static final String TRIGGER_HEADER = "lq.trigger";

    static final String QUALIFICATIONS_SINK = "qualifications-sink";
    static final String STAGE_CHANGES_SINK = "stage-changes-sink";
    static final String DEAD_LETTERS_SINK = "dead-letters-sink";
    private static final String PROCESSOR = "judge";

    private final LeadProcessor.Settings settings;
    private final StoreType storeType;

    private QualificationTopology(LeadProcessor.Settings settings, StoreType storeType) {
        this.settings = settings;
        this.storeType = storeType;
    }

    /** @return a builder; {@link Builder#qualifier(RuleBasedQualifier)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the topics read and written */
    public Topics topics() {
        return settings.topics();
    }

    /** @return how long interactions are kept (but the latest of each type) */
    public Duration retention() {
        return settings.retention();
    }

    /** @return a new Kafka Streams topology: two sources, one processor with its two stores, three sinks */
    public Topology topology() {
        Topics t = settings.topics();
        Topology topology = new Topology();
        ByteArrayDeserializer in = new ByteArrayDeserializer();
        ByteArraySerializer out = new ByteArraySerializer();
        topology.addSource("lead-updates-source", in, in, t.leadUpdates());
        topology.addSource("interactions-source", in, in, t.interactions());
        topology.addProcessor(PROCESSOR, () -> new LeadProcessor(settings), "lead-updates-source",
                "interactions-source");
        topology.addStateStore(Stores.keyValueStoreBuilder(supplier(STATE_STORE),
                Serdes.String(), new LeadState.StateSerde(settings.json()).serde()), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(supplier(DUE_STORE),
                Serdes.Bytes(), Serdes.ByteArray()), PROCESSOR);
        topology.addSink(QUALIFICATIONS_SINK, t.qualifications(), out, out, PROCESSOR);
        topology.addSink(STAGE_CHANGES_SINK, t.stageChanges(), out, out, PROCESSOR);
        topology.addSink(DEAD_LETTERS_SINK, t.deadLetters(), out, out, PROCESSOR);
        return topology;
    }

    private KeyValueBytesStoreSupplier supplier(String name) {
        return storeType == StoreType.ROCKSDB ? Stores.persistentKeyValueStore(name)
                : Stores.inMemoryKeyValueStore(name);
    }

    /** Where the two stores keep their data on an instance; both are changelogged to Kafka either way. */
    public enum StoreType {
        /** RocksDB on local disk (the default): state larger than memory, fast restarts from local files. */
        ROCKSDB,
        /**
         * In the heap: no disk I/O at commits, but every lead in memory, and a restarted instance restores all its
         * state from the changelog topics.
         */
        IN_MEMORY
    }

    /**
     * The configuration this topology is meant to run with: {@code exactly_once_v2} and byte-array default serdes.
     * Add what your cluster needs (replication factor of internal topics, security, threads, state directory).
     *
     * @param applicationId     the Kafka Streams application id (consumer group, prefix of internal topics)
     * @param bootstrapServers  {@code host:port,...}
     * @return a new, changeable set of properties
     */
    public static Properties streamsConfig(String applicationId, String bootstrapServers) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        return p;
    }

    /** Builds a {@link QualificationTopology}. Not thread-safe. */
    public static final class Builder {
        private LeadQualifier qualifier;
        private Duration retention;
        private Topics topics = Topics.defaults();
        private Duration interval = Duration.ofHours(1);
        private PunctuationType punctuation = PunctuationType.STREAM_TIME;
        private LeadJson json = LeadJson.standard();
        private StoreType storeType = StoreType.ROCKSDB;

        private Builder() {
        }

        /**
         * @param value where the stores keep their data (default {@link StoreType#ROCKSDB})
         * @return this builder
         */
        public Builder stores(StoreType value) {
            this.storeType = Objects.requireNonNull(value, "stores");
            return this;
        }

        /**
         * The engine, built once (so invalid rules fail before the stream starts) and shared by every thread; the
         * retention defaults to its profile's longest decay window. The caller closes it after the streams.
         *
         * @param value the engine
         * @return this builder
         */
        public Builder qualifier(RuleBasedQualifier value) {
            Objects.requireNonNull(value, "qualifier");
            this.qualifier = value;
            this.retention = longestWindow(value.profile());
            return this;
        }

        /**
         * Any engine, with the retention stated: keep interactions at least as long as its rules look back.
         *
         * @param value     a thread-safe engine
         * @param retention how long interactions are kept (but the latest of each type), at least a day
         * @return this builder
         */
        public Builder qualifier(LeadQualifier value, Duration retention) {
            Objects.requireNonNull(value, "qualifier");
            Objects.requireNonNull(retention, "retention");
            if (retention.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("retention must be at least a day, got " + retention);
            }
            this.qualifier = value;
            this.retention = retention;
            return this;
        }

        /**
         * @param value the topic names (default {@link Topics#defaults()})
         * @return this builder
         */
        public Builder topics(Topics value) {
            this.topics = Objects.requireNonNull(value, "topics");
            return this;
        }

        /**
         * How often the punctuator looks for leads due, and on which clock. {@code STREAM_TIME} (the default) is
         * deterministic and moves only with the records' timestamps; {@code WALL_CLOCK_TIME} also moves while no
         * record arrives (an idle stream still sees MQLs go cold).
         *
         * @param every how often, at least a millisecond (default one hour: a change by time is seen within it)
         * @param type  which clock
         * @return this builder
         */
        public Builder punctuation(Duration every, PunctuationType type) {
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(type, "type");
            if (every.toMillis() < 1) {
                throw new IllegalArgumentException("punctuation interval must be at least 1 ms, got " + every);
            }
            this.interval = every;
            this.punctuation = type;
            return this;
        }

        /**
         * @return the topology
         * @throws IllegalStateException if no qualifier was given
         */
        public QualificationTopology build() {
            if (qualifier == null) {
                throw new IllegalStateException("a qualifier is required: call qualifier(...) before build()");
            }
            return new QualificationTopology(new LeadProcessor.Settings(qualifier, json, topics, retention, interval,
                    punctuation), storeType);
        }

        private static Duration longestWindow(ScoringProfile profile) {
            int days = profile.decay().values().stream().mapToInt(DecayGroup::windowDays).max()
                    .orElse(1);
            return Duration.ofDays(Math.max(1, days));
        }
    }
}

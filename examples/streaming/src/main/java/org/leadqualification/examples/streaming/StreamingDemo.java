package org.leadqualification.examples.streaming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.kafka.QualificationTopology;
import org.leadqualification.kafka.StageChange;
import org.leadqualification.kafka.Topics;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Reason;
import org.leadqualification.rules.RuleBasedQualifier;

/**
 * Streaming re-qualification, end to end: starts a single-node Kafka broker in this JVM (or uses a real cluster),
 * the qualification topology, replays the leads of a file as a CRM and a tracker would send them (one lead update
 * per lead at its creation, one interaction event per interaction at its instant, in time order), and prints every
 * stage change as it comes off the {@code stage-changes} topic.
 *
 * <pre>
 * java -jar examples/streaming/target/streaming.jar [--bootstrap-servers HOST:PORT,...] [--partitions N]
 *      [--replication-factor N] [--topic-prefix P] [--application-id ID] [--pace-ms N] [--copies N] [--quiet]
 *      [--punctuate-every ISO_DURATION] [--in-memory] [--config STREAMS_KEY=VALUE]... [LEADS]
 * </pre>
 *
 * {@code --copies N} replays each lead N times under new ids and {@code --quiet} prints no change, only the summary:
 * with {@code --pace-ms 0} that measures events per second through a real broker.
 */
public final class StreamingDemo {
    private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile("\"stage\":\"([A-Z_]+)\"");

    private StreamingDemo() {
    }

    /**
     * @param args see the class description
     * @throws Exception if the broker, the topics or the stream cannot be set up
     */
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<Lead> leads = copies(read(o.leads), o.copies);
        List<Event> events = eventsOf(leads);
        KafkaClusterTestKit embedded = null;
        String bootstrap = o.bootstrapServers;
        if (bootstrap == null) {
            System.out.println("Starting a single-node Kafka broker (KRaft) in this JVM ...");
            embedded = embeddedBroker();
            bootstrap = embedded.bootstrapServers();
        }
        Topics topics = Topics.withPrefix(o.topicPrefix);
        try (RuleBasedQualifier qualifier = RuleBasedQualifier.builder().build()) { // rules load once, fail here
            createTopics(bootstrap, topics, o.partitions, o.replicationFactor);
            QualificationTopology topology = QualificationTopology.builder().qualifier(qualifier).topics(topics)
                    .punctuation(o.punctuateEvery, PunctuationType.STREAM_TIME).stores(o.stores).build();
            Properties config = QualificationTopology.streamsConfig(o.applicationId, bootstrap);
            config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, o.replicationFactor);
            config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("lead-streams").toString());
            config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
            config.putAll(o.config);
            try (KafkaStreams streams = new KafkaStreams(topology.topology(), config);
                 KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
                streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.REPLACE_THREAD);
                streams.start();
                consumer.subscribe(List.of(topics.stageChanges(), topics.qualifications(), topics.deadLetters()));
                waitRunning(streams);
                // Join the output topics at their current end before replaying, so that nothing written from now on
                // is missed (with a fast replay the results could come before the first assignment).
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(100));
                }
                consumer.seekToEnd(consumer.assignment());
                consumer.assignment().forEach(consumer::position);
                System.out.printf("Replaying %d events of %d leads from %s to %s (%d partitions)%n%n", events.size(),
                        leads.size(), o.leads, bootstrap, o.partitions);
                run(o, topics, events, bootstrap, consumer);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void run(Options o, Topics topics, List<Event> events, String bootstrap,
                            KafkaConsumer<String, String> consumer) {
        Map<String, String> stageOf = new TreeMap<>();
        int[] counts = new int[3]; // results made by events, stage changes, dead letters
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            for (Event e : events) {
                String topic = e.lead ? topics.leadUpdates() : topics.interactions();
                producer.send(new ProducerRecord<>(topic, null, e.timestamp.toEpochMilli(), e.key, e.value));
                if (o.paceMs > 0) {
                    producer.flush();
                    poll(consumer, topics, Duration.ofMillis(o.paceMs), o.quiet, stageOf, counts);
                }
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (counts[0] + counts[2] < events.size() && System.nanoTime() < deadline) {
            poll(consumer, topics, Duration.ofMillis(200), o.quiet, stageOf, counts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> byStage = new TreeMap<>();
        stageOf.values().forEach(s -> byStage.merge(s, 1, Integer::sum));
        System.out.printf("%n%d events in %.1f s%s: %d results, %d stage changes, %d dead letters%n"
                        + "Stages now: %s%n", events.size(), seconds,
                o.paceMs == 0 ? String.format(" (%.0f events/s end to end through the broker)", events.size() / seconds)
                        : "", counts[0], counts[1], counts[2], byStage);
    }

    private static void poll(KafkaConsumer<String, String> consumer, Topics topics, Duration timeout, boolean quiet,
                             Map<String, String> stageOf, int[] counts) {
        for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
            if (r.topic().equals(topics.qualifications())) {
                Header trigger = r.headers().lastHeader(QualificationTopology.TRIGGER_HEADER);
                if (trigger != null && new String(trigger.value(), StandardCharsets.UTF_8).equals("EVENT")) {
                    counts[0]++;
                }
                stageOf.put(r.key(), STAGE.matcher(r.value()).results().findFirst().map(m -> m.group(1)).orElse("?"));
            } else if (r.topic().equals(topics.deadLetters())) {
                counts[2]++;
            } else {
                counts[1]++;
                StageChange c = StageChange.fromJson(r.value());
                if (!quiet) {
                    System.out.println(describe(c));
                }
            }
        }
    }

    private static String describe(StageChange c) {
        // The reasons that came and went; a rule in both lists only changed its points or detail: left out here.
        java.util.Set<String> before = new java.util.HashSet<>();
        c.removed().forEach(r -> before.add(r.rule()));
        java.util.Set<String> after = new java.util.HashSet<>();
        c.added().forEach(r -> after.add(r.rule()));
        List<String> why = new ArrayList<>();
        c.added().stream().filter(r -> !before.contains(r.rule()))
                .filter(r -> r.dimension().isEmpty() || Math.abs(r.points()) >= 10).limit(3)
                .forEach(r -> why.add("+" + label(r)));
        c.removed().stream().filter(r -> !after.contains(r.rule())).filter(r -> r.dimension().isEmpty()).limit(2)
                .forEach(r -> why.add("-" + r.rule()));
        return String.format("%s  %-9s %-17s -> %-17s score %3d  %-5s %s", c.at(), c.leadId(), c.from(), c.to(),
                c.score(), c.trigger() == StageChange.Trigger.TIME ? "time" : "event", String.join(", ", why));
    }

    private static String label(Reason r) {
        return r.dimension().isPresent() ? r.rule() + " (" + (r.points() > 0 ? "+" : "") + r.points() + ")" : r.rule();
    }

    private static void waitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing()
                    && streams.state() != KafkaStreams.State.CREATED) {
                throw new IllegalStateException("the stream did not start: " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    // ------------------------------------------------------------------ the leads as events

    private record Event(boolean lead, String key, String value, Instant timestamp) {
    }

    private static List<Lead> read(Path file) throws IOException {
        List<Lead> leads = new ArrayList<>();
        try (LeadReader reader = LeadJson.standard().readLeads(file)) {
            while (reader.hasNext()) {
                LeadItem item = reader.next();
                item.lead().ifPresentOrElse(leads::add,
                        () -> System.err.println("skipped: " + item.error().orElseThrow().describe()));
            }
        }
        return leads;
    }

    private static List<Lead> copies(List<Lead> leads, int copies) {
        List<Lead> out = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Lead lead : leads) {
                out.add(c == 0 ? lead : lead.toBuilder().id(lead.id() + "-c" + c).build());
            }
        }
        return out;
    }

    private static List<Event> eventsOf(List<Lead> leads) {
        LeadJson json = LeadJson.standard();
        List<Event> events = new ArrayList<>();
        for (Lead l : leads) {
            Lead profile = new Lead(l.id(), l.source(), l.createdAt(), l.person(), l.company(),
                l.bant(), List.of(), l.product(), l.customer(), l.attributes(),
                l.stageHistory(), l.outcome(), l.sales(), l.accountId());
            Instant created = l.createdAt().orElse(l.interactions().stream().map(Interaction::at)
                    .min(Comparator.naturalOrder()).orElse(Instant.EPOCH));
            events.add(new Event(true, l.id(), json.writeLead(profile), created));
            for (Interaction i : l.interactions()) {
                events.add(new Event(false, l.id(), json.writeInteraction(i), i.at()));
            }
        }
        events.sort(Comparator.comparing(Event::timestamp).thenComparing(e -> e.lead ? 0 : 1));
        return events;
    }

    // ------------------------------------------------------------------ Kafka plumbing

    private static KafkaClusterTestKit embeddedBroker() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                // Transactions version 2 off, as in the integration test: on this one-node test kit its producers
                // sometimes stalled after a rebalance. Exactly-once works the same on version 0.
                .setDisabledFeatures(java.util.Set.of("transaction.version")).build())
                // One node: internal and transaction topics with one replica, as exactly-once needs.
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    private static void createTopics(String bootstrap, Topics t, int partitions, int replication) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (String name : List.of(t.leadUpdates(), t.interactions(), t.qualifications(), t.stageChanges(),
                    t.deadLetters())) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, partitions, (short) replication))).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "streaming-demo-printer-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /** The command line. */
    private record Options(String bootstrapServers, int partitions, int replicationFactor, String topicPrefix,
                           String applicationId, long paceMs, int copies, boolean quiet, Path leads,
                           Map<String, String> config, Duration punctuateEvery,
                           QualificationTopology.StoreType stores) {
        static Options parse(String[] args) {
            String bootstrap = null;
            int partitions = 4;
            int replication = 1;
            String prefix = "";
            String appId = "lead-qualification";
            long pace = 20;
            int copies = 1;
            boolean quiet = false;
            Path leads = Path.of("examples/data/sample-leads.json");
            Map<String, String> config = new TreeMap<>();
            Duration punctuateEvery = Duration.ofHours(1);
            QualificationTopology.StoreType stores = QualificationTopology.StoreType.ROCKSDB;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap-servers" -> bootstrap = args[++i];
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    case "--replication-factor" -> replication = Integer.parseInt(args[++i]);
                    case "--topic-prefix" -> prefix = args[++i];
                    case "--application-id" -> appId = args[++i];
                    case "--pace-ms" -> pace = Long.parseLong(args[++i]);
                    case "--copies" -> copies = Integer.parseInt(args[++i]);
                    case "--quiet" -> quiet = true;
                    case "--punctuate-every" -> punctuateEvery = Duration.parse(args[++i]);
                    case "--in-memory" -> stores = QualificationTopology.StoreType.IN_MEMORY;
                    case "--config" -> {
                        String[] kv = args[++i].split("=", 2);
                        if (kv.length != 2) {
                            throw new IllegalArgumentException("--config expects KEY=VALUE, got " + args[i]);
                        }
                        config.put(kv[0], kv[1]);
                    }
                    case "-h", "--help" -> {
                        System.out.println("usage: streaming [--bootstrap-servers HOST:PORT,...] [--partitions N] "
                                + "[--replication-factor N] [--topic-prefix P] [--application-id ID] [--pace-ms N] "
                                + "[--copies N] [--quiet] [--punctuate-every ISO_DURATION] [--in-memory] "
                                + "[--config STREAMS_KEY=VALUE]... [LEADS]");
                        System.exit(0);
                    }
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i] + ": see --help");
                        }
                        leads = Path.of(args[i]);
                    }
                }
            }
            return new Options(bootstrap, partitions, replication, prefix, appId, pace, copies, quiet, leads, config,
                    punctuateEvery, stores);
        }
    }
}

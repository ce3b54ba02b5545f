package org.leadqualification.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.leadqualification.rules.RuleBasedQualifier;

/**
 * One stream instance of the integration test, in this JVM or, through {@link #main(String[])}, in a JVM of its own
 * that the test can kill. Timeouts are small so that a killed instance's work moves over within seconds.
 */
public final class StreamsInstance {
    static final String APPLICATION_ID = "lead-qualification-it";

    private StreamsInstance() {
    }

    static Properties config(String bootstrapServers, Path stateDir) {
        Properties p = QualificationTopology.streamsConfig(APPLICATION_ID, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 3000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 500);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 10_000);
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        return p;
    }

    /** A failed stream thread is replaced: its tasks restart from the last commit, which exactly-once keeps right. */
    static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse replaceThread(
            Throwable e) {
        System.err.println("stream thread failed, replacing it: " + e);
        return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                .REPLACE_THREAD;
    }

    /** The topology of the test: punctuation far apart, so that every output answers one input. */
    static QualificationTopology topology(RuleBasedQualifier qualifier) {
        return QualificationTopology.builder().qualifier(qualifier)
                .punctuation(Duration.ofDays(100_000), PunctuationType.STREAM_TIME).build();
    }

    /**
     * Runs one instance until killed; prints {@code RUNNING <active tasks>} each time it reaches RUNNING.
     *
     * @param args bootstrap servers, state directory
     */
    public static void main(String[] args) throws InterruptedException {
        RuleBasedQualifier qualifier = RuleBasedQualifier.builder().build();
        KafkaStreams streams = new KafkaStreams(topology(qualifier).topology(), config(args[0], Path.of(args[1])));
        streams.setUncaughtExceptionHandler(StreamsInstance::replaceThread);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                int tasks = streams.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
                System.out.println("RUNNING " + tasks);
                System.out.flush();
            }
        });
        streams.start();
        Thread.sleep(Long.MAX_VALUE); // until the test kills this JVM
    }
}

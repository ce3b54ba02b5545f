package org.leadqualification.rules.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.leadqualification.api.LeadQualificationException;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Lead;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.regression.SuiteResult;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.RuleBasedQualifier;

/**
 * A {@link LeadQualifier} for long-running services whose rules and profile change while it runs. It watches rule
 * files and folders, a profile and optionally a scenario suite; when one of them changes it builds a new engine
 * from the same {@link RuleBasedQualifier.Builder}, runs the suite against it, and only if both succeed swaps it in.
 * Until then, and whenever a new engine is refused, the current engine goes on judging and {@link #status()} says
 * why the change was refused. A bad rules update never stops judging or changes results half-way.
 *
 * <pre>{@code
 * try (ReloadingQualifier qualifier = ReloadingQualifier.builder(RuleBasedQualifier.builder()
 *                 .addRules(Path.of("rules")).profile(Path.of("rules/profile.yaml")))
 *         .watch(Path.of("rules"))
 *         .verifyWith(Path.of("scenarios"))
 *         .pollEvery(Duration.ofSeconds(2))
 *         .onCheck(status -> log.info("rules: {}", status))
 *         .build()) {
 *     Qualification q = qualifier.qualify(lead, Instant.now());
 * }
 * }</pre>
 *
 * <p>Each lead is judged entirely by the engine that was current when its judging started: a lead in flight during
 * a swap finishes on the old engine, which is closed once its last lead is done. Any result is therefore wholly the
 * old engine's or wholly the new one's, never a mix.
 *
 * <p>Changes are found by polling (every {@link Builder#pollEvery(Duration)}, default 2 s, on one daemon thread),
 * comparing each watched file's path, size and content checksum, so editors that replace files and
 * file systems without change events work alike; {@link #reload()} checks at once.
 *
 * <p>Thread-safe: any number of threads may judge; checks run one at a time. {@link #close()} stops watching and
 * closes the engine once its leads in flight are done.
 */
public final class ReloadingQualifier implements LeadQualifier, AutoCloseable {
    private final RuleBasedQualifier.Builder engines;
    private final List<Path> watched;
    private final List<Path> scenarios;
    private final Consumer<ReloadStatus> listener;
    private final Clock clock;
    private final ScheduledExecutorService poller;
    private final Object checking = new Object();
    private volatile Generation current;
    private volatile ReloadStatus status;
    private volatile boolean closed;
    /** The fingerprint of the watched files at the last check, whatever came of it. */
    private long seen;

    private ReloadingQualifier(Builder b) {
        this.engines = b.engines;
        this.watched = List.copyOf(b.watched);
        this.scenarios = List.copyOf(b.scenarios);
        this.listener = b.listener;
        this.clock = b.clock;
        this.seen = fingerprint();
        RuleBasedQualifier first = engines.build();
        Optional<String> refused;
        try {
            refused = verify(first);
        } catch (RuntimeException e) {
            first.close(); // a scenario file that cannot be loaded must not leave the engine's session pool behind
            throw e;
        }
        if (refused.isPresent()) {
            first.close();
            throw new RefusedRulesException("the rules fail their scenarios: " + refused.get());
        }
        this.current = new Generation(first, 1);
        this.status = new ReloadStatus(1, clock.instant(), ReloadStatus.Check.FIRST_BUILD, Optional.empty());
        if (b.interval.isZero()) {
            poller = null;
        } else {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lead-rules-reload");
                t.setDaemon(true);
                return t;
            });
            long millis = Math.max(1, b.interval.toMillis());
            poller.scheduleWithFixedDelay(this::checkQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * @param engines how to build each engine: its rule files and profile are read again at every build; not to be
     *                changed or used elsewhere afterwards
     * @return a builder
     */
    public static Builder builder(RuleBasedQualifier.Builder engines) {
        return new Builder(Objects.requireNonNull(engines, "engines"));
    }

    /**
     * Judges one lead with the current engine; a swap while it runs does not affect it.
     *
     * @throws IllegalStateException if this qualifier is closed
     */
    @Override
    public Qualification qualify(Lead lead, Instant asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        while (true) {
            Generation g = current;
            if (g.acquire()) {
                try {
                    return g.engine.qualify(lead, asOf);
                } finally {
                    g.release();
                }
            }
            if (closed) {
                throw new IllegalStateException("the qualifier is closed");
            }
            // Swapped out between reading it and acquiring it: take the new one.
        }
    }

    /** @return which engine judges and what the latest check did */
    public ReloadStatus status() {
        return status;
    }

    /**
     * Checks the watched files now, as the poller does: if they changed, builds and verifies a new engine and swaps
     * it in, or refuses it and keeps the current one.
     *
     * @return the status after the check
     * @throws IllegalStateException if this qualifier is closed
     */
    public ReloadStatus reload() {
        synchronized (checking) {
            if (closed) {
                throw new IllegalStateException("the qualifier is closed");
            }
            long now = fingerprint();
            ReloadStatus before = status;
            if (now == seen) {
                status = new ReloadStatus(before.generation(), before.loadedAt(), ReloadStatus.Check.UNCHANGED,
                        before.refusal());
                return status;
            }
            seen = now;
            RuleBasedQualifier candidate;
            try {
                candidate = engines.build();
            } catch (RuntimeException e) {
                return refuse(before, "the new rules or profile do not build: " + e.getMessage());
            }
            Optional<String> refused;
            try {
                refused = verify(candidate);
            } catch (RuntimeException e) {
                refused = Optional.of("the scenarios cannot be run: " + e.getMessage());
            }
            if (refused.isPresent()) {
                candidate.close();
                return refuse(before, "the new rules fail their scenarios: " + refused.get());
            }
            Generation old = current;
            current = new Generation(candidate, old.number + 1);
            old.release(); // closes it once its last lead in flight is done
            status = new ReloadStatus(old.number + 1, clock.instant(), ReloadStatus.Check.RELOADED,
                    Optional.empty());
            notifyListener();
            return status;
        }
    }

    private ReloadStatus refuse(ReloadStatus before, String why) {
        status = new ReloadStatus(before.generation(), before.loadedAt(), ReloadStatus.Check.REFUSED,
                Optional.of(why));
        notifyListener();
        return status;
    }

    private void notifyListener() {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            // A listener's failure must not stop reloading.
        }
    }

    private void checkQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            // Closed meanwhile, or a file system hiccup: the next poll tries again.
        }
    }

    /** @return empty if the engine passes the scenario suite (or there is none), else why not */
    private Optional<String> verify(RuleBasedQualifier engine) {
        if (scenarios.isEmpty()) {
            return Optional.empty();
        }
        SuiteResult result = ScenarioRunner.of(engine).run(ScenarioSuite.load(scenarios));
        return result.allPassed() ? Optional.empty() : Optional.of(result.summary() + "\n" + result.report());
    }

    /** @return a checksum over every watched file's path, size and content */
    private long fingerprint() {
        CRC32 crc = new CRC32();
        List<Path> all = new ArrayList<>(watched);
        all.addAll(scenarios);
        for (Path root : all) {
            crc.update(root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (!Files.exists(root)) {
                crc.update(0);
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    crc.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    crc.update(Long.toString(Files.size(f)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    crc.update(Files.readAllBytes(f));
                }
            } catch (NoSuchFileException e) {
                crc.update(1); // changing while walked: the next check sees it settled
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UncheckedIOException e) {
                crc.update(2);
            }
        }
        return crc.getValue();
    }

    /**
     * Stops watching and closes the current engine once its leads in flight are done. Idempotent.
     */
    @Override
    public void close() {
        synchronized (checking) {
            if (closed) {
                return;
            }
            closed = true;
            if (poller != null) {
                poller.shutdownNow();
            }
            current.release();
        }
    }

    /** One engine and how many leads it is judging, plus one while it is current. */
    private static final class Generation {
        final RuleBasedQualifier engine;
        final long number;
        private final AtomicInteger refs = new AtomicInteger(1);

        Generation(RuleBasedQualifier engine, long number) {
            this.engine = engine;
            this.number = number;
        }

        boolean acquire() {
            while (true) {
                int r = refs.get();
                if (r == 0) {
                    return false;
                }
                if (refs.compareAndSet(r, r + 1)) {
                    return true;
                }
            }
        }

        void release() {
            if (refs.decrementAndGet() == 0) {
                engine.close();
            }
        }
    }

    /** The first engine already fails its scenario suite: there is nothing to fall back on. */
    public static final class RefusedRulesException extends LeadQualificationException {
        private static final long serialVersionUID = 1L;

        /** @param message why */
        public RefusedRulesException(String message) {
            super(message, null);
        }
    }

    /**
     * Builds a {@link ReloadingQualifier}. Not thread-safe.
     */
    public static final class Builder {
        private final RuleBasedQualifier.Builder engines;
        private final List<Path> watched = new ArrayList<>();
        private final List<Path> scenarios = new ArrayList<>();
        private Duration interval = Duration.ofSeconds(2);
        private Consumer<ReloadStatus> listener = s -> { };
        private final Clock clock = Clock.systemUTC();

        private Builder(RuleBasedQualifier.Builder engines) {
            this.engines = engines;
        }

        /**
         * @param path a rule file, a folder of them (watched recursively) or a profile file; may not exist yet
         * @return this builder
         */
        public Builder watch(Path path) {
            watched.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Every new engine must pass these scenario files before it judges; they are watched too, and read again at
         * each check. The first engine must pass them as well.
         *
         * @param path a scenario file or folder, as {@link ScenarioSuite#load(Path...)} takes
         * @return this builder
         */
        public Builder verifyWith(Path path) {
            scenarios.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * @param interval how often the watched files are checked; {@link Duration#ZERO}: only by {@link #reload()}
         * @return this builder
         * @throws IllegalArgumentException if {@code interval} is negative
         */
        public Builder pollEvery(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("interval must not be negative, got " + interval);
            }
            this.interval = interval;
            return this;
        }

        /**
         * @param listener told the status after every check that reloaded or refused, on the checking thread
         * @return this builder
         */
        public Builder onCheck(Consumer<ReloadStatus> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the first engine, which must build and pass the scenarios, and starts watching.
         *
         * @return the qualifier
         * @throws org.leadqualification.rules.InvalidRulesException            if the rules are invalid
         * @throws org.leadqualification.rules.profile.InvalidProfileException  if the profile is invalid
         * @throws org.leadqualification.regression.ScenarioLoadException       if a scenario file is invalid
         * @throws RefusedRulesException                                          if the rules fail a scenario
         */
        public ReloadingQualifier build() {
            return new ReloadingQualifier(this);
        }
    }
}

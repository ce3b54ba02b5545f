package org.leadqualification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.json.ParallelJudging;
import org.leadqualification.model.Lead;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/**
 * {@code qualifyAll(leads, asOf, threads)} and {@link ParallelJudging}: the same outcomes in the same order for any
 * number of threads, judged on that many threads, with bounded work in flight.
 */
class ParallelBatchTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    /** Scores a lead by its id's number, after a random pause so that leads finish out of order; fails "FAIL-" ids. */
    static final class Jittery implements LeadQualifier {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();

        @Override
        public Qualification qualify(Lead lead, Instant asOf) {
            threads.add(Thread.currentThread().getName());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (ThreadLocalRandom.current().nextInt(8) == 0) {
                    Thread.sleep(0, ThreadLocalRandom.current().nextInt(500_000));
                }
                if (lead.id().startsWith("FAIL-")) {
                    throw new JudgementException(lead.id(), "Fails on purpose", "boom", null);
                }
                int n = Integer.parseInt(lead.id().replaceAll("\\D", "")) % 101;
                return new Qualification(lead.id(), asOf, Stage.UNQUALIFIED, n, Grade.F,
                        new DimensionScores(n, 0, 0, 0), List.of(), Set.of(), "wait");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private static List<Lead> leads(int n) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leads.add(Lead.builder((i % 97 == 5 ? "FAIL-" : "L-") + (i % 500 == 499 ? 3 : i)).build());
        }
        return leads;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void qualifyAll_anyThreads_sameOutcomesInInputOrder_asOneThread(int threads) {
        List<Lead> leads = leads(3_000);
        Jittery q = new Jittery();

        List<Outcome> one = q.qualifyAll(leads, AS_OF, 1);
        List<Outcome> many = q.qualifyAll(leads, AS_OF, threads);

        assertThat(many).isEqualTo(one);
        assertThat(many).extracting(Outcome::index).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, 3_000).boxed().toList());
        assertThat(one.stream().filter(o -> o.error().isPresent()).count()).isGreaterThan(30);
        assertThat(one.get(999).error().orElseThrow().message()).contains("duplicate id \"L-3\"");
        assertThat(q.threads.stream().filter(t -> t.startsWith("lead-judge-")).count()).isEqualTo(threads);
    }

    @Test
    void qualifyAll_threadsBelowOne_isRefused() {
        assertThatThrownBy(() -> new Jittery().qualifyAll(leads(3), AS_OF, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be >= 1, got 0");
    }

    @Test
    void parallelJudging_streamsInInputOrder_withBoundedWorkInFlight() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sb.append(i % 301 == 7 ? "{\"id\": 12}\n" : "{\"id\": \"L-" + i + "\"}\n");
        }
        Jittery q = new Jittery();
        List<String> one = new ArrayList<>();
        List<String> four = new ArrayList<>();
        try (LeadReader r = LeadJson.standard().readLeads(new StringReader(sb.toString()))) {
            ParallelJudging.judge(r, q, AS_OF, 1, o -> one.add(o.index() + " " + o));
        }
        long n;
        try (LeadReader r = LeadJson.standard().readLeads(new StringReader(sb.toString()))) {
            n = ParallelJudging.judge(r, q, AS_OF, 4, o -> o.index() + " " + o, four::add);
        }

        assertThat(n).isEqualTo(5_000);
        assertThat(four).isEqualTo(one).hasSize(5_000);
        assertThat(q.maxInFlight.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void parallelJudging_aFailingSink_stopsAndThrows() {
        List<Lead> leads = leads(2_000);
        AtomicInteger taken = new AtomicInteger();

        assertThatThrownBy(() -> ParallelJudging.judge(leads.stream()
                        .map(l -> (org.leadqualification.json.LeadItem) new org.leadqualification.json.LeadItem.Parsed(0, l))
                        .iterator(), new Jittery(), AS_OF, 3, o -> {
                    if (taken.incrementAndGet() == 100) {
                        throw new IOException("disk full");
                    }
                }))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(taken.get()).isEqualTo(100);
    }
}

package org.leadqualification.json;

import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.internal.InOrder;

/**
 * Judges a stream of leads on several threads and hands the outcomes on in input order, in bounded memory: the
 * calling thread reads the leads (one reader, such as a {@link LeadReader}) and takes the outcomes, worker threads
 * judge. At most {@code 4 × threads} chunks of 32 leads are in flight, so memory stays flat for an input of any
 * size, and the outcomes, their order and so any output written from them are the same for any number of threads.
 *
 * <pre>{@code
 * try (LeadReader leads = json.readLeads(Path.of("leads.jsonl"));
 *      OutcomeWriter out = json.outcomeWriter(Files.newOutputStream(Path.of("results.jsonl")),
 *              OutcomeWriter.Format.JSON_LINES)) {
 *     ParallelJudging.judge(leads, qualifier, asOf, Runtime.getRuntime().availableProcessors(), out::write);
 * }
 * }</pre>
 *
 * <p>Stateless; the qualifier must be thread-safe, as every {@link LeadQualifier} is. With one thread everything
 * runs on the calling thread, lead by lead.
 */
public final class ParallelJudging {
    private ParallelJudging() {
    }

    /**
     * Takes outcomes (or what was made of them), in input order, on the calling thread.
     *
     * @param <T> what it takes
     */
    @FunctionalInterface
    public interface Sink<T> {
        /**
         * @param value the next one, in input order
         * @throws IOException if writing it fails; judging stops
         */
        void accept(T value) throws IOException;
    }

    /**
     * Judges every item and hands each outcome to {@code sink}, in input order.
     *
     * @param items     the leads and read errors, e.g. a {@link LeadReader}; read on the calling thread only
     * @param qualifier judges the leads, shared by the threads
     * @param asOf      the instant to judge at
     * @param threads   how many threads judge
     * @param sink      takes the outcomes in input order, on the calling thread
     * @return how many items were judged
     * @throws IOException              if the sink fails
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static long judge(Iterator<LeadItem> items, LeadQualifier qualifier, Instant asOf, int threads,
                             Sink<? super Outcome> sink) throws IOException {
        return judge(items, qualifier, asOf, threads, Function.identity(), sink);
    }

    /**
     * Judges every item, turns each outcome into something to write on the judging thread (e.g. its JSON text, so
     * that the writing thread only copies it), and hands those to {@code sink} in input order.
     *
     * @param items     the leads and read errors, e.g. a {@link LeadReader}; read on the calling thread only
     * @param qualifier judges the leads, shared by the threads
     * @param asOf      the instant to judge at
     * @param threads   how many threads judge
     * @param render    what to make of an outcome, run on the judging threads; must be thread-safe
     * @param sink      takes what was made, in input order, on the calling thread
     * @param <T>       what is made of an outcome
     * @return how many items were judged
     * @throws IOException              if the sink fails
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static <T> long judge(Iterator<LeadItem> items, LeadQualifier qualifier, Instant asOf, int threads,
                                 Function<? super Outcome, ? extends T> render, Sink<? super T> sink)
            throws IOException {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(sink, "sink");
        return InOrder.map(items, threads, item -> render.apply(item.judge(qualifier, asOf)), sink::accept);
    }
}

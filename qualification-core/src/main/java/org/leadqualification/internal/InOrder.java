package org.leadqualification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps the items of one source on several threads and hands the results on in source order, in bounded memory:
 * the calling thread reads the source (one reader: sources need not be thread-safe), cuts it into chunks of
 * {@link #CHUNK} items, hands each chunk to a worker and passes results to the sink in order as their chunks
 * complete, never holding more than {@code 4 × threads} chunks. With one thread everything runs on the calling
 * thread, item by item, as a plain loop would. Internal: no compatibility promise.
 */
public final class InOrder {
    /** Items per task: enough to make the hand-off between threads cheap next to the work, few enough to wait for. */
    public static final int CHUNK = 32;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private InOrder() {
    }

    /**
     * Takes results in source order.
     *
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Sink<R> {
        /**
         * @param result the next result, in source order
         * @throws IOException if writing it fails; mapping stops
         */
        void accept(R result) throws IOException;
    }

    /**
     * @param source  the items, read on the calling thread only
     * @param threads how many threads map (1: the calling thread alone)
     * @param fn      the work per item, run on a worker thread; must be thread-safe
     * @param sink    takes the results in source order, on the calling thread
     * @param <I>     the item type
     * @param <R>     the result type
     * @return how many items were mapped
     * @throws IOException if the sink fails; what the source or {@code fn} throws is rethrown as it was
     */
    public static <I, R> long map(Iterator<? extends I> source, int threads, Function<? super I, ? extends R> fn,
                                  Sink<? super R> sink) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fn, "fn");
        Objects.requireNonNull(sink, "sink");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        long n = 0;
        if (threads == 1) {
            while (source.hasNext()) {
                sink.accept(fn.apply(source.next()));
                n++;
            }
            return n;
        }
        int window = 4 * threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        ArrayDeque<Future<List<R>>> pending = new ArrayDeque<>(window);
        try {
            while (source.hasNext()) {
                List<I> chunk = new ArrayList<>(CHUNK);
                do {
                    chunk.add(source.next());
                } while (chunk.size() < CHUNK && source.hasNext());
                pending.add(pool.submit(() -> {
                    List<R> out = new ArrayList<>(chunk.size());
                    for (I item : chunk) {
                        out.add(fn.apply(item));
                    }
                    return out;
                }));
                // Pass on what is done; wait for the oldest only when the window is full.
                while (!pending.isEmpty() && (pending.size() >= window || pending.peek().isDone())) {
                    n += drain(pending.poll(), sink);
                }
            }
            while (!pending.isEmpty()) {
                n += drain(pending.poll(), sink);
            }
            return n;
        } finally {
            for (Future<List<R>> f : pending) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static <R> int drain(Future<List<R>> future, Sink<? super R> sink) throws IOException {
        List<R> results = await(future);
        for (R r : results) {
            sink.accept(r);
        }
        return results.size();
    }

    private static <R> R await(Future<R> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    if (cause instanceof IOException io) {
                        throw new UncheckedIOException(io);
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lead-judge-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

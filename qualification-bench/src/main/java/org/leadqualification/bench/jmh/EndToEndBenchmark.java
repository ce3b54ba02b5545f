package org.leadqualification.bench.jmh;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.json.OutcomeWriter;
import org.leadqualification.json.ParallelJudging;
import org.leadqualification.model.Lead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JSON Lines in, judged, JSON Lines out ({@code LeadJson} reader and {@code OutcomeWriter}), 1,000 leads held in
 * memory as text per invocation, output counted and discarded: leads per second including parsing and writing.
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar EndToEndBenchmark -wi 2 -w 5s -i 3 -r 5s -f 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndToEndBenchmark {
    static final int LEADS = 1_000;

    /** The qualifier and the input text. */
    @State(Scope.Benchmark)
    public static class Input extends QualifierState {
        String jsonLines;

        @Override
        int leadCount() {
            return LEADS;
        }

        @Override
        void prepare(List<Lead> generated) {
            StringBuilder sb = new StringBuilder();
            for (Lead lead : generated) {
                sb.append(LeadJson.standard().writeLead(lead)).append('\n');
            }
            jsonLines = sb.toString();
        }
    }

    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long jsonLinesInJudgedOut(Input in) throws IOException {
        CountingWriter sink = new CountingWriter();
        try (LeadReader leads = LeadJson.standard().readLeads(new StringReader(in.jsonLines));
             OutcomeWriter out = LeadJson.standard().outcomeWriter(sink, OutcomeWriter.Format.JSON_LINES)) {
            while (leads.hasNext()) {
                out.write(leads.next().judge(in.qualifier, LeadGenerator.AS_OF));
            }
        }
        return sink.chars ^ sink.hash;
    }

    /**
     * The same on two judging threads, as {@code qualify score --threads 2 --format jsonl} does it: one reader (this
     * thread), {@code ParallelJudging} judging and writing each outcome's line on the judging threads, this thread
     * copying the lines out in input order.
     */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long jsonLinesInJudgedOutTwoThreads(Input in) throws IOException {
        CountingWriter sink = new CountingWriter();
        try (LeadReader leads = LeadJson.standard().readLeads(new StringReader(in.jsonLines))) {
            ParallelJudging.judge(leads, in.qualifier, LeadGenerator.AS_OF, 2, o -> LINES.get().line(o),
                    sink::write);
        }
        return sink.chars ^ sink.hash;
    }

    private static final ThreadLocal<LineWriter> LINES = ThreadLocal.withInitial(LineWriter::new);

    /** One outcome's JSON line, written by an {@code OutcomeWriter} into a reused buffer. One per thread. */
    static final class LineWriter {
        private final java.io.StringWriter buffer = new java.io.StringWriter(4096);
        private final OutcomeWriter writer;

        LineWriter() {
            try {
                writer = LeadJson.standard().outcomeWriter(buffer, OutcomeWriter.Format.JSON_LINES);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        String line(org.leadqualification.api.Outcome outcome) {
            try {
                writer.write(outcome);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String text = buffer.toString();
            buffer.getBuffer().setLength(0);
            return text;
        }
    }

    /** Counts and hashes what is written, keeping nothing. */
    static final class CountingWriter extends Writer {
        long chars;
        long hash;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
            for (int i = off; i < off + len; i++) {
                hash = hash * 31 + buf[i];
            }
        }

        @Override
        public void write(String s) {
            chars += s.length();
            hash = hash * 31 + s.hashCode();
        }

        @Override
        public void write(int c) {
            chars++;
            hash = hash * 31 + c;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}

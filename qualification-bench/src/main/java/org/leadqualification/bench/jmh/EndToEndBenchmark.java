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

    /** The same, judged on two threads by {@code ParallelJudging} (one reader, outcomes written in input order). */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long jsonLinesInJudgedOutTwoThreads(Input in) throws IOException {
        CountingWriter sink = new CountingWriter();
        try (LeadReader leads = LeadJson.standard().readLeads(new StringReader(in.jsonLines));
             OutcomeWriter out = LeadJson.standard().outcomeWriter(sink, OutcomeWriter.Format.JSON_LINES)) {
            ParallelJudging.judge(leads, in.qualifier, LeadGenerator.AS_OF, 2, out::write);
        }
        return sink.chars ^ sink.hash;
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

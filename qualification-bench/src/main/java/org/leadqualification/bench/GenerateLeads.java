package org.leadqualification.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.leadqualification.json.LeadJson;

/**
 * Writes generated leads as JSON Lines (one lead per line, the wire format of {@code lead-format.md}), streaming, so
 * any count fits in a small heap. Feeds the memory check of the {@code qualify} CLI:
 *
 * <pre>
 * java -cp qualification-bench/target/benchmarks.jar org.leadqualification.bench.GenerateLeads \
 *     1000000 20 42 /tmp/leads-1m.jsonl
 * </pre>
 *
 * <p>Arguments: count, interactions per lead, seed, output file ({@code -} or absent for standard output). The
 * leads are meant to be judged as of {@link LeadGenerator#AS_OF} ({@code 2026-11-01T00:00:00Z}).
 */
public final class GenerateLeads {
    private GenerateLeads() {
    }

    /**
     * @param args count, interactions, seed, [output file or -]
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: GenerateLeads <count> <interactions-per-lead> <seed> [<output.jsonl> | -]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        int interactions = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        String target = args.length == 4 ? args[3] : "-";
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        LeadGenerator generator = new LeadGenerator(seed, interactions);
        LeadJson json = LeadJson.standard();
        try (Writer out = target.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                json.writeLead(generator.next(), out);
                out.write('\n');
            }
        }
    }
}

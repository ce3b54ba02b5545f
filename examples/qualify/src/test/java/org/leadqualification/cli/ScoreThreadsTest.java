package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.cli.Cli.AS_OF;
import static org.leadqualification.cli.Cli.SAMPLE_LEADS;
import static org.leadqualification.cli.Cli.runWithInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.model.Lead;

/** {@code score --threads N} prints exactly what one thread prints: the same results and errors, in input order. */
class ScoreThreadsTest {
    private static String input;
    private static int leads;
    private static int bad;

    /** The sample leads 25 times over with fresh ids, a broken line every 41 lines and a duplicate id now and then. */
    @BeforeAll
    static void makeInput() throws IOException {
        LeadJson json = LeadJson.standard();
        List<Lead> sample = new ArrayList<>();
        try (LeadReader r = json.readLeads(SAMPLE_LEADS)) {
            r.forEachRemaining(item -> sample.add(item.lead().orElseThrow()));
        }
        StringBuilder sb = new StringBuilder();
        int line = 0;
        for (int copy = 0; copy < 25; copy++) {
            for (Lead lead : sample) {
                String text = json.writeLead(lead).replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-" + copy + "\"");
                sb.append(text).append('\n');
                leads++;
                if (++line % 41 == 0) {
                    sb.append("{\"id\": \"BAD-").append(line).append("\", \"interactions\": [{\"type\": 7}]}\n");
                    sb.append(text).append('\n'); // the same id again
                    leads += 2;
                    bad += 2;
                }
            }
        }
        input = sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "json", "table"})
    void manyThreads_printExactlyWhatOneThreadPrints(String format) {
        Cli.Run one = runWithInput(input, "score", "--format", format, "--threads", "1", "--as-of", AS_OF, "-");
        Cli.Run four = runWithInput(input, "score", "--format", format, "--threads", "4", "--as-of", AS_OF, "-");

        assertThat(one.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(one.errLines()).hasSize(bad);
        if (format.equals("jsonl")) {
            assertThat(one.outLines()).hasSize(leads - bad);
        }
        assertThat(four.exit()).isEqualTo(one.exit());
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());
    }

    @Test
    void threadsBelowOne_isAUsageError() {
        Cli.Run run = runWithInput(input, "score", "--threads", "0", "--as-of", AS_OF, "-");

        assertThat(run.exit()).isEqualTo(Qualify.INVALID);
        assertThat(run.err()).contains("--threads").contains("expected 1 or more, got 0");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void help_describesThreads() {
        Cli.Run run = Cli.run("score", "--help");

        assertThat(run.out().replaceAll("\\s+", " ")).contains("--threads=N").contains("the available processors");
    }
}

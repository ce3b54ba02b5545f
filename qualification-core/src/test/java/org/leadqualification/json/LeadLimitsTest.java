package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;

/**
 * Every reading limit is a clear error for the one lead over it, with the path where reading stopped, and reading
 * goes on with the next lead; a huge lead is never held whole.
 */
class LeadLimitsTest {
    private static final String INTERACTION = "{\"type\":\"PAGE_VIEW\",\"at\":\"2026-10-01T00:00:00Z\"}";
    private static final String GOOD = "{\"id\":\"GOOD-1\",\"source\":\"WEBINAR\"}";

    /** A lead with {@code n} interactions, made as it is read: the test itself never holds it. */
    static Reader hugeLead(String before, int n, String after) {
        return new Reader() {
            private String chunk = before + "{\"id\":\"HUGE\",\"interactions\":[";
            private int pos;
            private int made;
            private boolean done;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos == chunk.length()) {
                    if (done) {
                        return -1;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 1000 && made < n; i++, made++) {
                        sb.append(made == 0 ? "" : ",").append(INTERACTION);
                    }
                    if (made == n) {
                        sb.append("]}").append(after);
                        done = true;
                    }
                    chunk = sb.toString();
                    pos = 0;
                }
                int k = Math.min(len, chunk.length() - pos);
                chunk.getChars(pos, pos + k, buf, off);
                pos += k;
                return k;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<LeadItem> read(LeadJson json, Reader in) throws IOException {
        List<LeadItem> items = new ArrayList<>();
        try (LeadReader r = json.readLeads(in)) {
            r.forEachRemaining(items::add);
        }
        return items;
    }

    @Test
    void millionInteractions_jsonLines_refusedAtTheInteractionLimit_nextLeadRead() throws IOException {
        List<LeadItem> items = read(LeadJson.standard(), hugeLead("", 1_000_000, "\n" + GOOD + "\n"));

        assertThat(items).hasSize(2);
        LeadError e = items.get(0).error().orElseThrow();
        assertThat(e.leadId()).contains("HUGE");
        assertThat(e.path()).contains("interactions[100000]");
        assertThat(e.message()).contains("more than 100000 interactions").contains("withMaxInteractions");
        assertThat(items.get(1).lead().orElseThrow().id()).isEqualTo("GOOD-1");
        assertThat(items.get(1).index()).isEqualTo(1);
    }

    @Test
    void millionInteractions_overTheLengthLimit_refusedByLength_nextLeadRead() throws IOException {
        LeadJson json = LeadJson.standard().withMaxInteractions(2_000_000).withMaxLeadLength(1_000_000);

        List<LeadItem> items = read(json, hugeLead(GOOD.replace("GOOD-1", "GOOD-0") + "\n", 1_000_000,
                "\n" + GOOD + "\n"));

        assertThat(items).hasSize(3);
        assertThat(items.get(0).lead().orElseThrow().id()).isEqualTo("GOOD-0");
        LeadError e = items.get(1).error().orElseThrow();
        assertThat(e.message()).contains("longer than the limit of 1000000 characters").contains("withMaxLeadLength");
        assertThat(e.path()).get().asString().startsWith("interactions[");
        assertThat(items.get(2).lead().orElseThrow().id()).isEqualTo("GOOD-1");
    }

    @Test
    void millionInteractions_withLimitsRaised_isRead() throws IOException {
        LeadJson json = LeadJson.standard().withMaxInteractions(1_000_000).withMaxLeadLength(60_000_000);

        List<LeadItem> items = read(json, hugeLead("", 1_000_000, "\n"));

        assertThat(items).hasSize(1);
        assertThat(items.get(0).lead().orElseThrow().interactions()).hasSize(1_000_000);
    }

    @Test
    void overALimit_inAnArray_thatLeadFails_andOneMoreErrorSaysTheRestWasNotRead() throws IOException {
        List<LeadItem> items = read(LeadJson.standard().withMaxInteractions(10),
                hugeLead("[" + GOOD.replace("GOOD-1", "GOOD-0") + ",", 11, "," + GOOD + "]"));

        assertThat(items).hasSize(3);
        assertThat(items.get(0).lead()).isPresent();
        assertThat(items.get(1).error().orElseThrow().path()).contains("interactions[10]");
        assertThat(items.get(2).error().orElseThrow().message()).contains("the rest of the input could not be read")
                .contains("over a limit").contains("JSON Lines");
    }

    @Test
    void readLead_overTheInteractionLimit_isInvalid() {
        StringBuilder sb = new StringBuilder("{\"id\":\"L-1\",\"interactions\":[");
        for (int i = 0; i < 6; i++) {
            sb.append(i == 0 ? "" : ",").append(INTERACTION);
        }
        String text = sb.append("]}").toString();

        InvalidLeadException e = catchThrowableOfType(InvalidLeadException.class,
                () -> LeadJson.standard().withMaxInteractions(5).readLead(text));

        assertThat(e.error().path()).contains("interactions[5]");
        assertThat(e.error().message()).contains("more than 5 interactions");
        assertThat(LeadJson.standard().withMaxInteractions(6).readLead(text).interactions()).hasSize(6);
    }

    @Test
    void readLead_overTheLengthLimit_isInvalid() {
        String text = "{\"id\":\"L-1\",\"source\":\"" + "x".repeat(20_000) + "\"}";

        InvalidLeadException e = catchThrowableOfType(InvalidLeadException.class,
                () -> LeadJson.standard().withMaxLeadLength(10_000).readLead(text));

        assertThat(e.error().message()).contains("longer than the limit of 10000 characters");
    }

    @Test
    void numberLongerThanTheLimit_isThatLeadsError_nextLeadRead() throws IOException {
        String input = "{\"id\":\"N-1\",\"company\":{\"employees\":" + "9".repeat(1_001) + "}}\n" + GOOD + "\n";

        List<LeadItem> items = read(LeadJson.standard(), new StringReader(input));

        assertThat(items).hasSize(2);
        assertThat(items.get(0).error().orElseThrow().message()).contains("number")
                .contains("longer than the limit of 1000 characters");
        assertThat(items.get(1).lead()).isPresent();
    }

    @Test
    void limits_areReportedAndChecked() {
        LeadJson json = LeadJson.standard();
        assertThat(json.maxInteractions()).isEqualTo(LeadJson.DEFAULT_MAX_INTERACTIONS).isEqualTo(100_000);
        assertThat(json.maxLeadLength()).isEqualTo(LeadJson.DEFAULT_MAX_LEAD_LENGTH);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> json.withMaxInteractions(-1)))
                .hasMessageContaining("max interactions must be >= 0, got -1");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> json.withMaxLeadLength(1)))
                .hasMessageContaining("max lead length must be >= 2, got 1");
    }
}

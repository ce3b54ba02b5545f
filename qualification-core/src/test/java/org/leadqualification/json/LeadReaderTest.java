package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.model.Lead;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/** Batches: one item per lead, in input order, none lost; arrays and JSON Lines are streamed. */
class LeadReaderTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"batch-five-leads-two-bad.jsonl", "batch-five-leads-two-bad.json"})
    void fiveLeadsWithTheSecondAndFourthBad_yieldFiveItemsInOrder(String fixture) {
        List<LeadItem> items = Fixtures.items(Fixtures.text(fixture));

        assertThat(items).hasSize(5);
        assertThat(items).extracting(LeadItem::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(items.get(0).lead().map(Lead::id)).contains("L-1");
        assertThat(items.get(1).error()).contains(new LeadError(Optional.of("L-2"), 1,
                Optional.of("interactions[0].at"), "expected an ISO-8601 instant with offset, "
                + "e.g. 2026-10-01T09:30:00Z, got \"last tuesday\""));
        assertThat(items.get(2).lead().map(Lead::id)).contains("L-3");
        assertThat(items.get(3).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-4");
            assertThat(e.index()).isEqualTo(3);
            assertThat(e.path()).contains("bant.budget");
            assertThat(e.message()).contains("got \"LOTS\"");
        });
        assertThat(items.get(4).lead().map(Lead::id)).contains("L-5");
    }

    @Test
    void duplicateId_isAnErrorForTheSecondLeadOnly() {
        List<LeadItem> items = Fixtures.items(Fixtures.text("batch-with-duplicate-id.jsonl"));

        assertThat(items).hasSize(4);
        assertThat(items.get(0).lead().orElseThrow().source()).contains("EMAIL");
        assertThat(items.get(1).lead()).isPresent();
        assertThat(items.get(2).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-1");
            assertThat(e.index()).isEqualTo(2);
            assertThat(e.path()).contains("id");
            assertThat(e.message()).startsWith("duplicate id \"L-1\": expected ids unique within a batch");
        });
        assertThat(items.get(3).lead()).isPresent();
    }

    @Test
    void idOfALeadThatFailed_stillCountsForDuplicates() {
        List<LeadItem> items = Fixtures.items("{\"id\":\"A\",\"source\":1}\n{\"id\":\"A\"}\n");

        assertThat(items.get(0).error().orElseThrow().path()).contains("source");
        assertThat(items.get(1).error().orElseThrow().message()).startsWith("duplicate id \"A\"");
    }

    @Test
    void syntaxErrorsInJsonLines_areReportedAndReadingResumesAtTheNextLine() {
        List<LeadItem> items = Fixtures.items(Fixtures.text("batch-with-syntax-error.jsonl"));

        assertThat(items).extracting(LeadItem::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(items.get(0).lead().map(Lead::id)).contains("L-1");
        assertThat(items.get(1).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-2");
            assertThat(e.message()).startsWith("malformed JSON at line 2, column ")
                    .contains("was expecting comma to separate Object entries");
        });
        assertThat(items.get(2).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-3");
            assertThat(e.message()).startsWith("malformed JSON at line 5");
        });
        assertThat(items.get(3).lead().map(Lead::id)).contains("L-4");
        assertThat(items.get(4).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).isEmpty();
            assertThat(e.message()).startsWith("malformed JSON at line 5").contains("Unrecognized token 'not'");
        });
        assertThat(items.get(5).lead().map(Lead::id)).contains("L-5");
    }

    @Test
    void syntaxErrorInAnArray_isReportedThenReadingStopsWithAFinalError() {
        List<LeadItem> items = Fixtures.items(Fixtures.text("batch-array-with-syntax-error.json"));

        assertThat(items).hasSize(3);
        assertThat(items.get(0).lead().map(Lead::id)).contains("L-1");
        assertThat(items.get(1).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-2");
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.message()).startsWith("malformed JSON at line 3");
        });
        assertThat(items.get(2).error().orElseThrow()).satisfies(e -> {
            assertThat(e.index()).isEqualTo(2);
            assertThat(e.leadId()).isEmpty();
            assertThat(e.message()).startsWith("the rest of the input could not be read");
        });
    }

    @Test
    void truncatedArray_reportsTheTruncatedLeadOnly() {
        List<LeadItem> items = Fixtures.items(Fixtures.text("batch-array-truncated.json"));

        assertThat(items).hasSize(2);
        assertThat(items.get(0).lead()).isPresent();
        assertThat(items.get(1).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-2");
            assertThat(e.message()).isEqualTo("truncated JSON: the input ends inside this lead, before the closing "
                    + "']' of the array; expected the rest of the lead's JSON");
        });
    }

    @Test
    void blankInput_isOneEmptyInputError() {
        List<LeadItem> items = Fixtures.items(" \n\t\n");

        assertThat(items).singleElement().satisfies(i -> assertThat(i.error().orElseThrow().message())
                .isEqualTo("expected a lead object, an array of leads or JSON Lines, got an empty input"));
    }

    @Test
    void emptyArray_isZeroLeads() {
        assertThat(Fixtures.items(" [ ] ")).isEmpty();
    }

    @Test
    void contentAfterTheArray_isAnError() {
        List<LeadItem> items = Fixtures.items("[{\"id\":\"a\"}] {\"id\":\"b\"}");

        assertThat(items).hasSize(2);
        assertThat(items.get(1).error().orElseThrow().message()).startsWith("unexpected content after the closing ']'");
    }

    @Test
    void singlePrettyPrintedLead_andConcatenatedLeads_areRead() {
        String pretty = Fixtures.text("spec-example-lead.json");

        assertThat(Fixtures.items(pretty)).singleElement()
                .satisfies(i -> assertThat(i.lead().map(Lead::id)).contains("L-1001"));
        assertThat(Fixtures.items("{\"id\":\"a\"}{\"id\":\"b\"} {\"id\":\"c\"}"))
                .extracting(i -> i.lead().orElseThrow().id()).containsExactly("a", "b", "c");
    }

    @Test
    void blankLinesAndCrLf_areSkippedWithoutCountingAsLeads() {
        List<LeadItem> items = Fixtures.items("\r\n{\"id\":\"a\"}\r\n\r\n\r\n{\"id\":\"b\",\"source\":1}\r\n");

        assertThat(items).extracting(LeadItem::index).containsExactly(0L, 1L);
        assertThat(items.get(1).error().orElseThrow().path()).contains("source");
    }

    @Test
    void nonObjectInAnArray_isAnErrorForThatElement() {
        List<LeadItem> items = Fixtures.items("[{\"id\":\"a\"}, 42, [1, 2], {\"id\":\"b\"}]");

        assertThat(items).hasSize(4);
        assertThat(items.get(1).error().orElseThrow().message()).isEqualTo("expected a lead object, got 42");
        assertThat(items.get(2).error().orElseThrow().message()).isEqualTo("expected a lead object, got an array");
        assertThat(items.get(3).lead()).isPresent();
    }

    @Test
    void byteOrderMark_isSkipped() {
        byte[] bytes = "\uFEFF[{\"id\":\"a\"}]".getBytes(StandardCharsets.UTF_8);

        try (LeadReader reader = LeadJson.standard().readLeads(new ByteArrayInputStream(bytes))) {
            assertThat(reader.next().lead()).isPresent();
            assertThat(reader.hasNext()).isFalse();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void invalidUtf8_isAnErrorNotACrash() {
        byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        List<LeadItem> items = LeadJson.standard().readLeads(new ByteArrayInputStream(bytes)).stream().toList();

        assertThat(items).singleElement()
                .satisfies(i -> assertThat(i.error().orElseThrow().message()).contains("not valid UTF-8"));
    }

    @Test
    void invalidUtf8_inOneLine_failsThatLeadOnly_andTheNextLinesAreRead() {
        byte[] good = "{\"id\":\"A\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 'B', (byte) 0xFF, '"', '}', '\n',
                '{', '"', 'i', 'd', '"', ':', (byte) 0xC3, '}', '\n'};
        byte[] valid = "{\"id\":\"C \uFFFD\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.writeBytes(good);
        all.writeBytes(bad);
        all.writeBytes(valid);

        List<LeadItem> items = LeadJson.standard().readLeads(new ByteArrayInputStream(all.toByteArray())).stream()
                .toList();

        assertThat(items).hasSize(4);
        assertThat(items.get(0).lead().orElseThrow().id()).isEqualTo("A");
        assertThat(items.get(1).error().orElseThrow().message()).contains("not valid UTF-8").contains("line 2");
        assertThat(items.get(1).error().orElseThrow().leadId()).contains("B\uFFFD");
        assertThat(items.get(2).error().orElseThrow().message()).contains("not valid UTF-8").contains("line 3");
        assertThat(items.get(3).lead().orElseThrow().id()).as("a valid U+FFFD is text like any other")
                .isEqualTo("C \uFFFD");
    }

    @Test
    void leadWithFiftyThousandInteractions_isRead() {
        StringBuilder sb = new StringBuilder("{\"id\":\"L-big\",\"interactions\":[");
        for (int i = 0; i < 50_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"type\":\"PAGE_VIEW\",\"at\":\"2026-10-01T10:00:00Z\","
                    + "\"channel\":\"WEBSITE\",\"detail\":\"/page/").append(i).append("\"}");
        }
        String input = sb.append("]}\n{\"id\":\"L-next\"}\n").toString();

        List<LeadItem> items = Fixtures.items(input);

        assertThat(items).hasSize(2);
        Lead big = items.get(0).lead().orElseThrow();
        assertThat(big.interactions()).hasSize(50_000);
        assertThat(big.interactions().get(49_999).detail()).contains("/page/49999");
        assertThat(LeadJson.standard().readLead(LeadJson.standard().writeLead(big))).isEqualTo(big);
        assertThat(items.get(1).lead()).isPresent();
    }

    @Test
    void tenMegabyteString_isReadWithTheDefaultLimit() {
        String note = "x".repeat(10 * 1024 * 1024);
        String input = "{\"id\":\"L-note\",\"interactions\":[{\"type\":\"CHAT_CONVERSATION\","
                + "\"at\":\"2026-10-01T10:00:00Z\",\"detail\":\"" + note + "\"}]}\n{\"id\":\"L-next\"}\n";

        List<LeadItem> items = Fixtures.items(input);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).lead().orElseThrow().interactions().get(0).detail().orElseThrow()).hasSize(note.length());
        assertThat(items.get(1).lead()).isPresent();
    }

    @Test
    void stringOverTheLimit_isAnErrorForThatLeadOnly_inJsonLines() {
        LeadJson json = LeadJson.standard().withMaxStringLength(1024 * 1024);
        String input = "{\"id\":\"L-1\"}\n{\"id\":\"L-long\",\"source\":\"" + "y".repeat(2 * 1024 * 1024)
                + "\"}\n{\"id\":\"L-3\"}\n";

        List<LeadItem> items = Fixtures.items(json, input);

        assertThat(items).hasSize(3);
        assertThat(items.get(0).lead()).isPresent();
        assertThat(items.get(1).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-long");
            assertThat(e.path()).contains("source");
            assertThat(e.message()).isEqualTo("a string value at line 2 is longer than the limit of 1048576 "
                    + "characters: expected strings of at most 1048576 characters");
        });
        assertThat(items.get(2).lead().map(Lead::id)).contains("L-3");
    }

    @Test
    void stringOverTheLimit_inAnArray_isAnErrorAndReadingStopsCleanly() {
        LeadJson json = LeadJson.standard().withMaxStringLength(1000);
        String input = "[{\"id\":\"L-1\"},{\"id\":\"L-long\",\"source\":\"" + "y".repeat(5000) + "\"},{\"id\":\"L-3\"}]";

        List<LeadItem> items = Fixtures.items(json, input);

        assertThat(items).hasSize(3);
        assertThat(items.get(1).error().orElseThrow().message()).contains("longer than the limit of 1000");
        assertThat(items.get(2).error().orElseThrow().message()).startsWith("the rest of the input could not be read");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"922337E2036854775807", "1E2147483648", "-1.5e-99999999999"})
    void numberNoTypeCanHold_isAnErrorForThatLeadOnly_inJsonLines(String number) {
        String input = "{\"id\":\"L-1\"}\n{\"id\":\"L-huge\",\"company\":{\"annualRevenue\":" + number
                + "}}\n{\"id\":\"L-3\",\"interactions\":[{\"type\":\"PAGE_VIEW\",\"at\":\"2026-10-01T00:00:00Z\","
                + "\"attributes\":{\"n\":" + number + "}}]}\n{\"id\":\"L-4\"}\n";

        List<LeadItem> items = Fixtures.items(input);

        assertThat(items).hasSize(4);
        assertThat(items.get(0).lead().map(Lead::id)).contains("L-1");
        assertThat(items.get(1).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-huge");
            assertThat(e.path()).contains("company.annualRevenue");
            assertThat(e.message()).isEqualTo("number " + number
                    + " is out of range: expected a number whose exponent fits in 9 digits");
        });
        assertThat(items.get(2).error().orElseThrow()).satisfies(e -> {
            assertThat(e.leadId()).contains("L-3");
            assertThat(e.path()).contains("interactions[0].attributes.n");
            assertThat(e.message()).startsWith("number " + number + " is out of range");
        });
        assertThat(items.get(3).lead().map(Lead::id)).contains("L-4");
    }

    @Test
    void numberNoTypeCanHold_inAnArray_isAnErrorAndTheNextLeadsAreRead() {
        String input = "[{\"id\":\"L-1\",\"company\":{\"fundingRaised\":1E2147483648}},{\"id\":\"L-2\"}]";

        List<LeadItem> items = Fixtures.items(input);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).error().orElseThrow().path()).contains("company.fundingRaised");
        assertThat(items.get(1).lead().map(Lead::id)).contains("L-2");
    }

    @Test
    void numberNoTypeCanHold_inOneLead_isAnInvalidLeadException() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LeadJson.standard().readLead(
                        "{\"id\":\"L-1\",\"company\":{\"annualRevenue\":1E2147483648}}"))
                .isInstanceOf(InvalidLeadException.class)
                .hasMessageContaining("company.annualRevenue")
                .hasMessageContaining("out of range");
    }

    @Test
    void deeplyNestedAttribute_isAnErrorNotAStackOverflow() {
        String input = "{\"id\":\"L-deep\",\"attributes\":{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}}\n"
                + "{\"id\":\"L-2\"}\n";

        List<LeadItem> items = Fixtures.items(input);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).error().orElseThrow().message()).contains("nested deeper than the limit of 100");
        assertThat(items.get(1).lead()).isPresent();
    }

    @Test
    void reading_isLazy_andLargeGeneratedInputIsStreamed() throws IOException {
        GeneratedLeads source = new GeneratedLeads(200_000);

        try (LeadReader reader = LeadJson.standard().readLeads(source)) {
            assertThat(reader.next().lead().map(Lead::id)).contains("G-0");
            // Only a small window of the ~17 MB input has been pulled so far.
            assertThat(source.produced).isLessThan(64 * 1024);
            long leads = 1;
            long errors = 0;
            while (reader.hasNext()) {
                if (reader.next().lead().isEmpty()) {
                    errors++;
                }
                leads++;
            }
            assertThat(leads).isEqualTo(200_000);
            assertThat(errors).isZero();
            assertThat(source.produced).isGreaterThan(10_000_000);
        }
    }

    @Test
    void path_isReadAndClosed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("leads.jsonl");
        Files.writeString(file, Fixtures.text("batch-five-leads-two-bad.jsonl"));

        try (LeadReader reader = LeadJson.standard().readLeads(file)) {
            assertThat(reader.stream().filter(i -> i.lead().isPresent()).count()).isEqualTo(3);
        }
        assertThat(LeadJson.standard().readLead(dir.resolve("one.json").toFile().exists() ? file : write(dir)).id())
                .isEqualTo("L-1001");
    }

    @Test
    void judge_turnsItemsIntoOutcomesWithTheSameIndex() {
        LeadQualifier qualifier = (lead, asOf) -> new Qualification(lead.id(), asOf, Stage.UNQUALIFIED, 0, Grade.F,
                new DimensionScores(0, 0, 0, 0), List.of(), java.util.Set.of(), "Nurture");
        Instant asOf = Instant.parse("2026-11-01T00:00:00Z");

        List<Outcome> outcomes = Fixtures.items(Fixtures.text("batch-five-leads-two-bad.jsonl")).stream()
                .map(i -> i.judge(qualifier, asOf)).toList();

        assertThat(outcomes).extracting(Outcome::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(outcomes).extracting(o -> o.qualification().isPresent())
                .containsExactly(true, false, true, false, true);
    }

    @Test
    void closedReader_hasNoMoreItems() throws IOException {
        LeadReader reader = LeadJson.standard().readLeads(new StringReader("{\"id\":\"a\"}\n{\"id\":\"b\"}"));
        reader.close();

        assertThat(reader.hasNext()).isFalse();
    }

    private static Path write(Path dir) throws IOException {
        Path one = dir.resolve("one.json");
        Files.writeString(one, Fixtures.text("spec-example-lead.json"));
        return one;
    }

    /** JSON Lines of small leads made on demand: never more than one line exists at a time. */
    private static final class GeneratedLeads extends InputStream {
        private final int count;
        private int next;
        private byte[] line = new byte[0];
        private int pos;
        long produced;

        GeneratedLeads(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == line.length) {
                if (next == count) {
                    return -1;
                }
                line = ("{\"id\":\"G-" + next + "\",\"interactions\":[{\"type\":\"PAGE_VIEW\","
                        + "\"at\":\"2026-10-01T10:00:00Z\"}]}\n").getBytes(StandardCharsets.UTF_8);
                next++;
                pos = 0;
            }
            int n = Math.min(len, line.length - pos);
            System.arraycopy(line, pos, b, off, n);
            pos += n;
            produced += n;
            return n;
        }
    }
}

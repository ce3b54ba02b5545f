package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.api.Outcome;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

class OutcomeWriterTest {
    private static final Qualification RESULT = new Qualification("L-1", Instant.parse("2026-11-01T00:00:00Z"),
            Stage.MQL, 60, Grade.B, new DimensionScores(70, 60, 40, 25), List.of(), Set.of(Stage.MQL), "Nurture");
    private static final LeadError ERROR = new LeadError(Optional.empty(), 1, Optional.empty(), "expected a lead");

    @Test
    void jsonLines_oneCompactObjectPerLine() throws IOException {
        StringWriter out = new StringWriter();

        try (OutcomeWriter w = LeadJson.standard().pretty().outcomeWriter(out, OutcomeWriter.Format.JSON_LINES)) {
            w.write(new Outcome.Judged(0, RESULT));
            w.write(new Outcome.Failed(1, ERROR));
            assertThat(w.written()).isEqualTo(2);
        }

        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(LeadJson.standard().readQualification(lines[0])).isEqualTo(RESULT);
        assertThat(lines[1]).isEqualTo("{\"leadId\":null,\"index\":1,\"path\":null,\"message\":\"expected a lead\"}");
    }

    @Test
    void jsonArray_isOneArrayClosedOnClose() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        try (OutcomeWriter w = LeadJson.standard().pretty().outcomeWriter(bytes, OutcomeWriter.Format.JSON_ARRAY)) {
            w.write(RESULT);
            w.write(ERROR);
            w.flush();
        }

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("[ {").contains("\n");
        JsonNode array = Fixtures.tree(text);
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0)).isEqualTo(Fixtures.tree(LeadJson.standard().writeQualification(RESULT)));
        assertThat(array.get(1)).isEqualTo(Fixtures.tree(LeadJson.standard().writeError(ERROR)));
    }

    @Test
    void emptyArray_isStillValidJson() throws IOException {
        StringWriter out = new StringWriter();

        LeadJson.standard().outcomeWriter(out, OutcomeWriter.Format.JSON_ARRAY).close();

        assertThat(out).hasToString("[]");
    }

    @Test
    void jsonLines_handEachLineToTheOutputBeforeWriteReturns() throws IOException {
        StringWriter out = new StringWriter();
        OutcomeWriter w = LeadJson.standard().outcomeWriter(out, OutcomeWriter.Format.JSON_LINES);

        w.write(ERROR);

        assertThat(out).hasToString(LeadJson.standard().writeError(ERROR) + "\n");
    }

    @ParameterizedTest(name = "{0}, pretty {1}")
    @CsvSource({"JSON_LINES, false", "JSON_LINES, true", "JSON_ARRAY, false", "JSON_ARRAY, true"})
    void randomOutcomes_areWrittenExactlyAsTheirTreesSerialize(OutcomeWriter.Format format, boolean pretty)
            throws IOException {
        LeadJson json = pretty ? LeadJson.standard().pretty() : LeadJson.standard();
        SplittableRandom random = new SplittableRandom(format.ordinal() * 2L + (pretty ? 1 : 0));
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            outcomes.add(random.nextInt(4) == 0 ? new Outcome.Failed(i, error(random, i)) : new Outcome.Judged(i,
                    qualification(random)));
        }
        StringWriter out = new StringWriter();

        try (OutcomeWriter w = json.outcomeWriter(out, format)) {
            for (Outcome o : outcomes) {
                switch (random.nextInt(3)) {
                    case 0 -> w.write(o);
                    case 1 -> {
                        if (o instanceof Outcome.Judged j) {
                            w.write(j.result());
                        } else {
                            w.write(((Outcome.Failed) o).cause());
                        }
                    }
                    default -> {
                        w.write(o);
                        w.flush();
                    }
                }
            }
        }

        assertThat(out.toString()).isEqualTo(serializedTrees(json, outcomes, format, pretty));
    }

    /**
     * What the writer wrote before it wrote to a generator: each outcome's tree, with {@code Instant.toString()}
     * for {@code asOf}, serialized by ObjectMapper.
     */
    private static String serializedTrees(LeadJson json, List<Outcome> outcomes, OutcomeWriter.Format format,
                                          boolean pretty) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringWriter expected = new StringWriter();
        if (format == OutcomeWriter.Format.JSON_LINES) {
            for (Outcome o : outcomes) {
                expected.write(mapper.writeValueAsString(tree(json, o)));
                expected.write('\n');
            }
        } else {
            try (JsonGenerator g = mapper.createGenerator(expected)) {
                if (pretty) {
                    g.useDefaultPrettyPrinter();
                }
                g.writeStartArray();
                for (Outcome o : outcomes) {
                    mapper.writeTree(g, tree(json, o));
                }
                g.writeEndArray();
            }
        }
        return expected.toString();
    }

    private static ObjectNode tree(LeadJson json, Outcome outcome) {
        ObjectNode tree = JsonTrees.toTree(outcome);
        outcome.qualification().ifPresent(q -> tree.put("asOf", q.asOf().toString()));
        return tree;
    }

    private static final String[] TEXTS = {"Demo requested", "DEMO_REQUEST 2026-10-20T15:12:00Z", "",
            "quote \" back\\slash", "tab\tnew\nline\u0001", "\u00e9l\u00e8ve \u4e2d\u6587 \ud83d\ude00", "</script>",
            "x".repeat(300)};

    private static Qualification qualification(SplittableRandom random) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            reasons.add(new Reason(text(random) + "r", random.nextBoolean()
                    ? Optional.of(Dimension.values()[random.nextInt(Dimension.values().length)]) : Optional.empty(),
                    random.nextInt(-50, 51), random.nextBoolean() ? Optional.of(text(random)) : Optional.empty()));
        }
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (Stage s : Stage.values()) {
            if (random.nextInt(3) == 0) {
                stages.add(s);
            }
        }
        Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
        stages.add(stage);
        Instant asOf = Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L),
                random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        return new Qualification("L-" + text(random), asOf, stage, random.nextInt(101),
                Grade.values()[random.nextInt(Grade.values().length)], new DimensionScores(random.nextInt(101),
                random.nextInt(101), random.nextInt(101), random.nextInt(101)), reasons,
                random.nextBoolean() ? stages : Set.of(), text(random) + "Act");
    }

    private static LeadError error(SplittableRandom random, long index) {
        return new LeadError(random.nextBoolean() ? Optional.of(text(random) + "id") : Optional.empty(), index,
                random.nextBoolean() ? Optional.of("interactions[" + random.nextInt(9) + "].at") : Optional.empty(),
                text(random) + "message");
    }

    private static String text(SplittableRandom random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    @Test
    void writeAfterClose_fails() throws IOException {
        OutcomeWriter w = LeadJson.standard().outcomeWriter(new StringWriter(), OutcomeWriter.Format.JSON_LINES);
        w.close();
        w.close();

        assertThatThrownBy(() -> w.write(RESULT)).isInstanceOf(IllegalStateException.class);
    }
}

package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.Outcome;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
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
    void writeAfterClose_fails() throws IOException {
        OutcomeWriter w = LeadJson.standard().outcomeWriter(new StringWriter(), OutcomeWriter.Format.JSON_LINES);
        w.close();
        w.close();

        assertThatThrownBy(() -> w.write(RESULT)).isInstanceOf(IllegalStateException.class);
    }
}

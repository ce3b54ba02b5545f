package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.Outcome;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.LikelihoodContribution;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;

/** The likelihood fields of a result: written only when present, read back equal, described by the schema. */
class LikelihoodJsonTest {
    private static final JsonSchema QUALIFICATION;

    static {
        try (InputStream in = LeadJson.qualificationSchema().openStream()) {
            QUALIFICATION = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final LeadJson json = LeadJson.standard();
    private final Qualification plain = new Qualification("L-9", Instant.parse("2026-11-01T00:00:00Z"),
            Stage.UNQUALIFIED, 12, Grade.D, new DimensionScores(10, 20, 0, 0), List.of(), Set.of(), "Nurture");

    @Test
    void withoutAModel_theLikelihoodFieldsAreLeftOut() {
        String written = json.writeQualification(plain);

        assertThat(written).doesNotContain("likelihood");
        assertThat(json.readQualification(written).likelihood()).isEmpty();
    }

    @Test
    void likelihoodAndContributions_roundTripAndMatchTheSchema() {
        Qualification q = plain.withLikelihood(0.7342, List.of(
                new LikelihoodContribution("rule:Demo requested", 30, 1.2051),
                new LikelihoodContribution("source=Google", 1, -0.25)));

        String written = json.writeQualification(q);

        assertThat(written).endsWith("\"recommendedAction\":\"Nurture\",\"likelihood\":0.7342,"
                + "\"likelihoodContributions\":[{\"feature\":\"rule:Demo requested\",\"value\":30.0,"
                + "\"logOdds\":1.2051},{\"feature\":\"source=Google\",\"value\":1.0,\"logOdds\":-0.25}]}");
        assertThat(json.readQualification(written)).isEqualTo(q);
        assertThat(QUALIFICATION.validate(JsonTrees.toTree(q))).isEmpty();
    }

    @Test
    void streamedAndTreeWriting_giveTheSameText() throws IOException {
        Qualification q = plain.withLikelihood(0.5, List.of(new LikelihoodContribution("score", 12, 0.1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutcomeWriter w = json.outcomeWriter(out, OutcomeWriter.Format.JSON_LINES)) {
            w.write(new Outcome.Judged(0, q));
        }

        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(json.writeQualification(q));
    }

    @Test
    void aLikelihoodOutside0To1_isRejectedByTheReaderAndTheSchema() {
        String bad = json.writeQualification(plain).replaceFirst("}$", ",\"likelihood\":1.5}");

        assertThatThrownBy(() -> json.readQualification(bad)).hasMessageContaining("likelihood must be in 0..1");
        assertThat(QUALIFICATION.validate(Fixtures.tree(bad))).isNotEmpty();
    }

    @Test
    void contributionsWithoutALikelihood_areRejected() {
        assertThatThrownBy(() -> new Qualification("L-1", Instant.EPOCH, Stage.UNQUALIFIED, 0, Grade.F,
                new DimensionScores(0, 0, 0, 0), List.of(), Set.of(), "x", java.util.OptionalDouble.empty(),
                List.of(new LikelihoodContribution("score", 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need a likelihood");
    }
}

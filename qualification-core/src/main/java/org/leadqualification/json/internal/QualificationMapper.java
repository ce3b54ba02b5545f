package org.leadqualification.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.LikelihoodContribution;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * {@link Qualification} on the wire, read from a tree and written to a tree or, with the same generator calls (so
 * the same text), straight to a {@link JsonGenerator}. Stateless.
 */
public final class QualificationMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of a qualification, in the order of the spec. */
    public enum Field implements WireField {
        /** The lead judged. */
        LEAD_ID,
        /** The instant it was judged at. */
        AS_OF,
        /** Its stage. */
        STAGE,
        /** Its score. */
        SCORE,
        /** Its fit grade. */
        GRADE,
        /** Its four dimension scores. */
        DIMENSIONS,
        /** Why. */
        REASONS,
        /** Every stage it qualifies for. */
        QUALIFICATIONS,
        /** What to do next. */
        RECOMMENDED_ACTION,
        /** The conversion likelihood of a learned model, when the engine has one. */
        LIKELIHOOD,
        /** What each feature of that model added to it. */
        LIKELIHOOD_CONTRIBUTIONS;
    }

    /** The wire fields of one likelihood contribution. */
    public enum ContributionField implements WireField {
        /** The feature's name. */
        FEATURE,
        /** The lead's value of it. */
        VALUE,
        /** What it added, in log-odds. */
        LOG_ODDS;
    }

    private static final FieldNames<ContributionField> CONTRIBUTION_FIELDS = FieldNames.of(ContributionField.class);

    private QualificationMapper() {
    }

    /**
     * @param node a document, possibly not a qualification at all
     * @return its {@code leadId} if it has a textual one, to name the lead in an error
     */
    public static Optional<String> leadIdOf(JsonNode node) {
        return JsonValues.nameOf(node, Field.LEAD_ID);
    }

    /**
     * @param node the qualification object
     * @param path its path
     * @return the qualification
     * @throws Problem the first thing wrong, in the order of the fields of the wire format
     */
    public static Qualification read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "a qualification object");
        FIELDS.check(node, path);
        String leadId = JsonValues.requiredText(node, Field.LEAD_ID, path);
        Instant asOf = InstantMapper.required(node, Field.AS_OF, path);
        Stage stage = JsonValues.requiredEnumeration(node, Field.STAGE, path, Stage.class);
        int score = JsonValues.percent(node, Field.SCORE, path);
        Grade grade = JsonValues.requiredEnumeration(node, Field.GRADE, path, Grade.class);
        DimensionScores scores = DimensionScoresMapper.read(node.get(Field.DIMENSIONS.wire()),
                Problem.field(path, Field.DIMENSIONS.wire()));
        List<Reason> reasons = JsonValues.array(node.get(Field.REASONS.wire()), Problem.field(path,
                Field.REASONS.wire()), "reasons", ReasonMapper::read);
        Set<Stage> qualifications = stages(node.get(Field.QUALIFICATIONS.wire()),
                Problem.field(path, Field.QUALIFICATIONS.wire()));
        String action = JsonValues.requiredText(node, Field.RECOMMENDED_ACTION, path);
        OptionalDouble likelihood = optionalNumber(node.get(Field.LIKELIHOOD.wire()),
                Problem.field(path, Field.LIKELIHOOD.wire()), "a likelihood from 0 to 1");
        List<LikelihoodContribution> contributions = contributions(
                node.get(Field.LIKELIHOOD_CONTRIBUTIONS.wire()), Problem.field(path, Field.LIKELIHOOD_CONTRIBUTIONS.wire()));
        try {
            return new Qualification(leadId, asOf, stage, score, grade, scores, reasons, qualifications, action,
                    likelihood, contributions);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    private static OptionalDouble optionalNumber(JsonNode node, String path, String expected) throws Problem {
        if (JsonValues.absent(node)) {
            return OptionalDouble.empty();
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new Problem(path, "expected " + expected + ", got " + Problem.describe(node));
        }
        return OptionalDouble.of(node.doubleValue());
    }

    private static List<LikelihoodContribution> contributions(JsonNode node, String path) throws Problem {
        if (JsonValues.absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of likelihood contributions, got " + Problem.describe(node));
        }
        List<LikelihoodContribution> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode c = node.get(i);
            String p = Problem.element(path, i);
            JsonValues.object(c, p, "a likelihood contribution object");
            CONTRIBUTION_FIELDS.check(c, p);
            String feature = JsonValues.requiredText(c, ContributionField.FEATURE, p);
            OptionalDouble value = optionalNumber(c.get(ContributionField.VALUE.wire()),
                    Problem.field(p, ContributionField.VALUE.wire()), "a number");
            OptionalDouble logOdds = optionalNumber(c.get(ContributionField.LOG_ODDS.wire()),
                    Problem.field(p, ContributionField.LOG_ODDS.wire()), "a number");
            if (value.isEmpty()) {
                throw JsonValues.missing(Problem.field(p, ContributionField.VALUE.wire()), "a number");
            }
            if (logOdds.isEmpty()) {
                throw JsonValues.missing(Problem.field(p, ContributionField.LOG_ODDS.wire()), "a number");
            }
            list.add(new LikelihoodContribution(feature, value.getAsDouble(), logOdds.getAsDouble()));
        }
        return list;
    }

    private static Set<Stage> stages(JsonNode node, String path) throws Problem {
        Set<Stage> set = EnumSet.noneOf(Stage.class);
        set.addAll(JsonValues.array(node, path, "stages", (n, p) -> JsonValues.enumValue(n, p, Stage.class)));
        return set;
    }

    /**
     * @param q a result
     * @return its JSON tree, in the field order of the spec
     */
    public static ObjectNode write(Qualification q) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(Field.LEAD_ID.wire(), q.leadId());
        InstantMapper.write(o, Field.AS_OF, q.asOf());
        o.put(Field.STAGE.wire(), q.stage().name());
        o.put(Field.SCORE.wire(), q.score());
        o.put(Field.GRADE.wire(), q.grade().name());
        DimensionScoresMapper.write(o.putObject(Field.DIMENSIONS.wire()), q.dimensions());
        if (!q.reasons().isEmpty()) {
            ArrayNode a = o.putArray(Field.REASONS.wire());
            for (Reason r : q.reasons()) {
                ReasonMapper.write(a.addObject(), r);
            }
        }
        if (!q.qualifications().isEmpty()) {
            ArrayNode a = o.putArray(Field.QUALIFICATIONS.wire());
            for (Stage s : q.qualifications()) {
                a.add(s.name());
            }
        }
        o.put(Field.RECOMMENDED_ACTION.wire(), q.recommendedAction());
        if (q.likelihood().isPresent()) {
            o.put(Field.LIKELIHOOD.wire(), q.likelihood().getAsDouble());
            if (!q.likelihoodContributions().isEmpty()) {
                ArrayNode a = o.putArray(Field.LIKELIHOOD_CONTRIBUTIONS.wire());
                for (LikelihoodContribution c : q.likelihoodContributions()) {
                    ObjectNode co = a.addObject();
                    co.put(ContributionField.FEATURE.wire(), c.feature());
                    co.put(ContributionField.VALUE.wire(), c.value());
                    co.put(ContributionField.LOG_ODDS.wire(), c.logOdds());
                }
            }
        }
        return o;
    }

    /**
     * Writes a result as {@link #write(Qualification)}'s tree would be written.
     *
     * @param g where to write
     * @param q the result
     * @throws IOException if writing fails
     */
    public static void write(JsonGenerator g, Qualification q) throws IOException {
        g.writeStartObject();
        g.writeStringField(Field.LEAD_ID.wire(), q.leadId());
        g.writeStringField(Field.AS_OF.wire(), Instants.format(q.asOf()));
        g.writeStringField(Field.STAGE.wire(), q.stage().name());
        g.writeNumberField(Field.SCORE.wire(), q.score());
        g.writeStringField(Field.GRADE.wire(), q.grade().name());
        g.writeObjectFieldStart(Field.DIMENSIONS.wire());
        DimensionScoresMapper.write(g, q.dimensions());
        g.writeEndObject();
        if (!q.reasons().isEmpty()) {
            g.writeArrayFieldStart(Field.REASONS.wire());
            for (Reason r : q.reasons()) {
                ReasonMapper.write(g, r);
            }
            g.writeEndArray();
        }
        if (!q.qualifications().isEmpty()) {
            g.writeArrayFieldStart(Field.QUALIFICATIONS.wire());
            for (Stage s : q.qualifications()) {
                g.writeString(s.name());
            }
            g.writeEndArray();
        }
        g.writeStringField(Field.RECOMMENDED_ACTION.wire(), q.recommendedAction());
        if (q.likelihood().isPresent()) {
            g.writeNumberField(Field.LIKELIHOOD.wire(), q.likelihood().getAsDouble());
            if (!q.likelihoodContributions().isEmpty()) {
                g.writeArrayFieldStart(Field.LIKELIHOOD_CONTRIBUTIONS.wire());
                for (LikelihoodContribution c : q.likelihoodContributions()) {
                    g.writeStartObject();
                    g.writeStringField(ContributionField.FEATURE.wire(), c.feature());
                    g.writeNumberField(ContributionField.VALUE.wire(), c.value());
                    g.writeNumberField(ContributionField.LOG_ODDS.wire(), c.logOdds());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }
}

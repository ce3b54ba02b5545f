package org.leadqualification.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.Outcome;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.Qualification;

/**
 * The model to and from Jackson trees, for the library's own modules: the scenario loader of
 * {@code qualification-rules} reads a lead embedded in a YAML scenario with its path, and
 * {@link org.leadqualification.json.LeadJson} and {@link org.leadqualification.json.OutcomeWriter} write with it.
 * Internal: no compatibility promise; applications read and write text with {@link org.leadqualification.json.LeadJson}.
 * Stateless.
 */
public final class JsonTrees {
    private JsonTrees() {
    }

    /**
     * Reads a lead embedded in a larger document, such as a test scenario; error paths start with {@code basePath}.
     *
     * @param node     the lead object
     * @param basePath the path of {@code node} in its document, e.g. {@code scenarios[2].lead}; empty for the root
     * @return the lead
     * @throws InvalidLeadException if the node is not a valid lead; its error (index 0) has a path below
     *                              {@code basePath}
     */
    public static Lead readLead(JsonNode node, String basePath) {
        return read(node, basePath, LeadMapper::read, LeadMapper::idOf);
    }

    /**
     * Reads a qualification embedded in a larger document; error paths start with {@code basePath}.
     *
     * @param node     the qualification object
     * @param basePath the path of {@code node} in its document; empty for the root
     * @return the qualification
     * @throws InvalidLeadException if the node is not a valid qualification (the error names its {@code leadId})
     */
    public static Qualification readQualification(JsonNode node, String basePath) {
        return read(node, basePath, QualificationMapper::read, QualificationMapper::leadIdOf);
    }

    /**
     * Reads one account result object; error paths start with {@code basePath}.
     *
     * @param node     the account result object
     * @param basePath the path of {@code node} in its document; empty for the root
     * @return the account result
     * @throws InvalidLeadException if the node is not a valid account result (the error's id is the account's)
     */
    public static AccountQualification readAccountQualification(JsonNode node, String basePath) {
        return read(node, basePath, AccountQualificationMapper::read, AccountQualificationMapper::accountIdOf);
    }

    /**
     * Reads one interaction object, e.g. an interaction event of a stream; error paths start with {@code basePath}.
     *
     * @param node     the interaction object
     * @param basePath the path of {@code node} in its document; empty for the root
     * @return the interaction
     * @throws InvalidLeadException if the node is not a valid interaction (no lead id: an interaction has none)
     */
    public static Interaction readInteraction(JsonNode node, String basePath) {
        return read(node, basePath, InteractionMapper::read, n -> Optional.empty());
    }

    /**
     * @param interaction an interaction
     * @return its JSON tree, absent parts left out
     */
    public static ObjectNode toTree(Interaction interaction) {
        return InteractionMapper.write(Objects.requireNonNull(interaction, "interaction"));
    }

    /** Reads {@code node} with {@code reader}; a problem becomes the error of the thing {@code idOf} names. */
    private static <T> T read(JsonNode node, String basePath, JsonValues.ElementReader<T> reader,
                              Function<JsonNode, Optional<String>> idOf) {
        Objects.requireNonNull(basePath, "basePath");
        try {
            return reader.read(node, basePath);
        } catch (Problem p) {
            throw invalid(idOf.apply(node), p);
        }
    }

    private static InvalidLeadException invalid(Optional<String> id, Problem p) {
        return new InvalidLeadException(new LeadError(id, 0, Optional.of(p.path()), p.getMessage()), null);
    }

    /**
     * @param lead a lead
     * @return its JSON tree, absent parts left out
     */
    public static ObjectNode toTree(Lead lead) {
        return LeadMapper.write(Objects.requireNonNull(lead, "lead"));
    }

    /**
     * @param qualification a result
     * @return its JSON tree
     */
    public static ObjectNode toTree(Qualification qualification) {
        return QualificationMapper.write(Objects.requireNonNull(qualification, "qualification"));
    }

    /**
     * @param error an error
     * @return its JSON tree {@code {"leadId", "index", "path", "message"}}, unknown id and path as {@code null}
     */
    public static ObjectNode toTree(LeadError error) {
        return LeadErrorMapper.write(Objects.requireNonNull(error, "error"));
    }

    /**
     * @param outcome a result or an error
     * @return the qualification's or the error's JSON tree
     */
    public static ObjectNode toTree(Outcome outcome) {
        if (Objects.requireNonNull(outcome, "outcome") instanceof Outcome.Judged judged) {
            return QualificationMapper.write(judged.result());
        }
        return LeadErrorMapper.write(((Outcome.Failed) outcome).cause());
    }

    /**
     * Writes a result or an error as {@link #toTree(Outcome)}'s tree would be written.
     *
     * @param g       where to write
     * @param outcome a result or an error
     * @throws IOException if writing fails
     */
    public static void write(JsonGenerator g, Outcome outcome) throws IOException {
        if (outcome instanceof Outcome.Judged judged) {
            QualificationMapper.write(g, judged.result());
        } else {
            LeadErrorMapper.write(g, ((Outcome.Failed) outcome).cause());
        }
    }
}

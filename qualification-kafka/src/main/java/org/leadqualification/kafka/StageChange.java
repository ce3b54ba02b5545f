package org.leadqualification.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * A lead's stage changed: the hand-off event a CRM or an alerting system consumes from the {@code stage-changes}
 * topic. In JSON:
 *
 * <pre>{@code
 * {"leadId": "L-1001", "at": "2026-10-20T15:12:00Z", "from": "MQL", "to": "SQL", "score": 60, "trigger": "EVENT",
 *  "added": [{"rule": "Demo requested", "dimension": "intent", "points": 30, "detail": "DEMO_REQUEST 2026-10-20T15:12:00Z"}],
 *  "removed": []}
 * }</pre>
 *
 * <p>Not the model's {@code org.leadqualification.model.StageChange} (a stage a lead's CRM history records, an input
 * of funnel analysis): this is the stream's output event, which a consumer may append to that history.
 *
 * <p>A lead nobody has judged yet counts as {@code UNQUALIFIED}: its first judgement is a change only when it lands in
 * another stage.
 *
 * @param leadId  the lead
 * @param at      the instant the lead was judged at (the new result's {@code asOf})
 * @param from    the stage before
 * @param to      the stage now, never equal to {@code from}
 * @param score   the score now
 * @param trigger what made the change: a new record of the lead, or time alone (decay, windows)
 * @param added   the reasons of the new result that the previous one did not have (a reason whose points changed is
 *                in both lists)
 * @param removed the reasons of the previous result that the new one does not have
 */
public record StageChange(String leadId, Instant at, Stage from, Stage to, int score, Trigger trigger,
                          List<Reason> added, List<Reason> removed) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What made a stage change. */
    public enum Trigger {
        /** A lead update or an interaction event of the lead. */
        EVENT,
        /** Time alone: the punctuator re-judged the lead when its result could change by decay or a window. */
        TIME
    }

    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code from} equals {@code to} or the score is outside 0..100
     */
    public StageChange {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(trigger, "trigger");
        if (from == to) {
            throw new IllegalArgumentException("a stage change needs two different stages, got " + from + " twice");
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be in 0..100, got " + score);
        }
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * The change from one result to the next, if the stage differs.
     *
     * @param before  the previous result, empty if the lead was never judged (then its stage counts as UNQUALIFIED)
     * @param after   the new result
     * @param trigger what made the new result
     * @return the change, or empty when the stage is the same
     */
    public static Optional<StageChange> between(Optional<Qualification> before, Qualification after, Trigger trigger) {
        Stage from = before.map(Qualification::stage).orElse(Stage.UNQUALIFIED);
        if (from == after.stage()) {
            return Optional.empty();
        }
        List<Reason> old = before.map(Qualification::reasons).orElse(List.of());
        Set<Reason> oldSet = new LinkedHashSet<>(old);
        Set<Reason> newSet = new LinkedHashSet<>(after.reasons());
        List<Reason> added = new ArrayList<>();
        for (Reason r : after.reasons()) {
            if (!oldSet.contains(r)) {
                added.add(r);
            }
        }
        List<Reason> removed = new ArrayList<>();
        for (Reason r : old) {
            if (!newSet.contains(r)) {
                removed.add(r);
            }
        }
        return Optional.of(new StageChange(after.leadId(), after.asOf(), from, after.stage(), after.score(), trigger,
                added, removed));
    }

    /** @return this change as one line of JSON, as written to the {@code stage-changes} topic */
    public String toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("leadId", leadId);
        o.put("at", at.toString());
        o.put("from", from.name());
        o.put("to", to.name());
        o.put("score", score);
        o.put("trigger", trigger.name());
        writeReasons(o.putArray("added"), added);
        writeReasons(o.putArray("removed"), removed);
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings and numbers always writes
        }
    }

    /**
     * Reads a stage change as {@link #toJson()} writes it.
     *
     * @param json the JSON text
     * @return the stage change
     * @throws IllegalArgumentException if the text is not a stage change, naming the field
     */
    public static StageChange fromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode o;
        try {
            o = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("expected a stage change object");
        }
        try {
            return new StageChange(text(o, "leadId"), Instant.parse(text(o, "at")), Stage.valueOf(text(o, "from")),
                    Stage.valueOf(text(o, "to")), o.path("score").asInt(-1), Trigger.valueOf(text(o, "trigger")),
                    readReasons(o.path("added"), "added"), readReasons(o.path("removed"), "removed"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at: expected an ISO-8601 instant, got " + o.get("at"), e);
        }
    }

    private static void writeReasons(ArrayNode array, List<Reason> reasons) {
        for (Reason r : reasons) {
            ObjectNode n = array.addObject();
            n.put("rule", r.rule());
            r.dimension().ifPresent(d -> n.put("dimension", d.name().toLowerCase(Locale.ROOT)));
            n.put("points", r.points());
            r.detail().ifPresent(d -> n.put("detail", d));
        }
    }

    private static List<Reason> readReasons(JsonNode array, String field) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(field + ": expected an array of reasons");
        }
        List<Reason> reasons = new ArrayList<>();
        for (JsonNode n : array) {
            Optional<Dimension> dimension = n.hasNonNull("dimension")
                    ? Optional.of(Dimension.valueOf(n.get("dimension").asText().toUpperCase(Locale.ROOT)))
                    : Optional.empty();
            Optional<String> detail = n.hasNonNull("detail") ? Optional.of(n.get("detail").asText()) : Optional.empty();
            reasons.add(new Reason(text(n, "rule"), dimension, n.path("points").asInt(), detail));
        }
        return reasons;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(field + ": expected a string, got " + (v == null ? "nothing" : v));
        }
        return v.asText();
    }
}

package org.leadqualification.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.Outcome;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Company;
import org.leadqualification.model.CustomerAccount;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * Maps the model to JSON trees in the field order of the wire format. What is absent stays absent: empty optionals,
 * empty lists and maps, {@link Person#EMPTY}, {@link Company#EMPTY}, {@code UNKNOWN} BANT parts and a
 * {@code false} {@code usageLimitReached} are left out. Results and errors can also be written straight to a
 * {@link JsonGenerator} ({@link #write(JsonGenerator, Outcome)}), with the same generator calls, so the same text,
 * as serializing their tree. Stateless.
 */
final class ModelWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelWriter() {
    }

    static ObjectNode lead(Lead lead) {
        ObjectNode o = NODES.objectNode();
        o.put("id", lead.id());
        text(o, "source", lead.source());
        lead.createdAt().ifPresent(t -> o.put("createdAt", Instants.format(t)));
        if (!lead.person().isEmpty()) {
            o.set("person", person(lead.person()));
        }
        if (!lead.company().isEmpty()) {
            o.set("company", company(lead.company()));
        }
        if (!lead.bant().isUnknown()) {
            o.set("bant", bant(lead.bant()));
        }
        if (!lead.interactions().isEmpty()) {
            ArrayNode a = o.putArray("interactions");
            for (Interaction i : lead.interactions()) {
                a.add(interaction(i));
            }
        }
        lead.product().ifPresent(p -> o.set("product", product(p)));
        lead.customer().ifPresent(c -> o.set("customer", customer(c)));
        attributes(o, lead.attributes());
        return o;
    }

    private static ObjectNode person(Person p) {
        ObjectNode o = NODES.objectNode();
        text(o, "firstName", p.firstName());
        text(o, "lastName", p.lastName());
        text(o, "email", p.email());
        text(o, "phone", p.phone());
        text(o, "jobTitle", p.jobTitle());
        p.seniority().ifPresent(s -> o.put("seniority", s.name()));
        text(o, "department", p.department());
        text(o, "country", p.country());
        return o;
    }

    private static ObjectNode company(Company c) {
        ObjectNode o = NODES.objectNode();
        text(o, "name", c.name());
        text(o, "domain", c.domain());
        text(o, "industry", c.industry());
        count(o, "employees", c.employees());
        amount(o, "annualRevenue", c.annualRevenue());
        text(o, "country", c.country());
        amount(o, "fundingRaised", c.fundingRaised());
        return o;
    }

    private static ObjectNode bant(Bant b) {
        ObjectNode o = NODES.objectNode();
        if (b.budget() != Budget.UNKNOWN) {
            o.put("budget", b.budget().name());
        }
        if (b.authority() != Authority.UNKNOWN) {
            o.put("authority", b.authority().name());
        }
        if (b.need() != Need.UNKNOWN) {
            o.put("need", b.need().name());
        }
        if (b.timeline() != Timeline.UNKNOWN) {
            o.put("timeline", b.timeline().name());
        }
        return o;
    }

    private static ObjectNode interaction(Interaction i) {
        ObjectNode o = NODES.objectNode();
        o.put("type", i.type());
        o.put("at", Instants.format(i.at()));
        i.channel().ifPresent(c -> o.put("channel", c.name()));
        text(o, "detail", i.detail());
        attributes(o, i.attributes());
        return o;
    }

    private static ObjectNode product(ProductUsage p) {
        ObjectNode o = NODES.objectNode();
        o.put("plan", p.plan().name());
        p.signedUpAt().ifPresent(t -> o.put("signedUpAt", Instants.format(t)));
        count(o, "activeDays", p.activeDays());
        count(o, "seats", p.seats());
        strings(o, "keyFeaturesUsed", p.keyFeaturesUsed());
        if (p.usageLimitReached()) {
            o.put("usageLimitReached", true);
        }
        return o;
    }

    private static ObjectNode customer(CustomerAccount c) {
        ObjectNode o = NODES.objectNode();
        text(o, "plan", c.plan());
        c.since().ifPresent(t -> o.put("since", Instants.format(t)));
        amount(o, "monthlyRevenue", c.monthlyRevenue());
        return o;
    }

    static ObjectNode qualification(Qualification q) {
        ObjectNode o = NODES.objectNode();
        o.put("leadId", q.leadId());
        o.put("asOf", Instants.format(q.asOf()));
        o.put("stage", q.stage().name());
        o.put("score", q.score());
        o.put("grade", q.grade().name());
        DimensionScores d = q.dimensions();
        ObjectNode dims = o.putObject("dimensions");
        dims.put("fit", d.fit());
        dims.put("engagement", d.engagement());
        dims.put("intent", d.intent());
        dims.put("bant", d.bant());
        if (!q.reasons().isEmpty()) {
            ArrayNode a = o.putArray("reasons");
            for (Reason r : q.reasons()) {
                ObjectNode ro = a.addObject();
                ro.put("rule", r.rule());
                r.dimension().ifPresent(dim -> ro.put("dimension", dim.jsonName()));
                ro.put("points", r.points());
                text(ro, "detail", r.detail());
            }
        }
        if (!q.qualifications().isEmpty()) {
            ArrayNode a = o.putArray("qualifications");
            for (Stage s : q.qualifications()) {
                a.add(s.name());
            }
        }
        o.put("recommendedAction", q.recommendedAction());
        return o;
    }

    static ObjectNode error(LeadError e) {
        ObjectNode o = NODES.objectNode();
        o.put("leadId", e.leadId().orElse(null));
        o.put("index", e.index());
        o.put("path", e.path().orElse(null));
        o.put("message", e.message());
        return o;
    }

    static ObjectNode outcome(Outcome outcome) {
        if (outcome instanceof Outcome.Judged judged) {
            return qualification(judged.result());
        }
        return error(((Outcome.Failed) outcome).cause());
    }

    // ---------------------------------------------------------------- streaming

    /**
     * Writes a result or an error as {@link #outcome(Outcome)}'s tree would be written.
     *
     * @param g       where to write
     * @param outcome a result or an error
     * @throws IOException if writing fails
     */
    static void write(JsonGenerator g, Outcome outcome) throws IOException {
        if (outcome instanceof Outcome.Judged judged) {
            write(g, judged.result());
        } else {
            write(g, ((Outcome.Failed) outcome).cause());
        }
    }

    /**
     * Writes a result as {@link #qualification(Qualification)}'s tree would be written.
     *
     * @param g where to write
     * @param q the result
     * @throws IOException if writing fails
     */
    static void write(JsonGenerator g, Qualification q) throws IOException {
        g.writeStartObject();
        g.writeStringField("leadId", q.leadId());
        g.writeStringField("asOf", Instants.format(q.asOf()));
        g.writeStringField("stage", q.stage().name());
        g.writeNumberField("score", q.score());
        g.writeStringField("grade", q.grade().name());
        DimensionScores d = q.dimensions();
        g.writeObjectFieldStart("dimensions");
        g.writeNumberField("fit", d.fit());
        g.writeNumberField("engagement", d.engagement());
        g.writeNumberField("intent", d.intent());
        g.writeNumberField("bant", d.bant());
        g.writeEndObject();
        if (!q.reasons().isEmpty()) {
            g.writeArrayFieldStart("reasons");
            for (Reason r : q.reasons()) {
                g.writeStartObject();
                g.writeStringField("rule", r.rule());
                if (r.dimension().isPresent()) {
                    g.writeStringField("dimension", r.dimension().get().jsonName());
                }
                g.writeNumberField("points", r.points());
                if (r.detail().isPresent()) {
                    g.writeStringField("detail", r.detail().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!q.qualifications().isEmpty()) {
            g.writeArrayFieldStart("qualifications");
            for (Stage s : q.qualifications()) {
                g.writeString(s.name());
            }
            g.writeEndArray();
        }
        g.writeStringField("recommendedAction", q.recommendedAction());
        g.writeEndObject();
    }

    /**
     * Writes an error as {@link #error(LeadError)}'s tree would be written.
     *
     * @param g where to write
     * @param e the error
     * @throws IOException if writing fails
     */
    static void write(JsonGenerator g, LeadError e) throws IOException {
        g.writeStartObject();
        g.writeStringField("leadId", e.leadId().orElse(null));
        g.writeNumberField("index", e.index());
        g.writeStringField("path", e.path().orElse(null));
        g.writeStringField("message", e.message());
        g.writeEndObject();
    }

    private static void text(ObjectNode o, String field, Optional<String> value) {
        value.ifPresent(v -> o.put(field, v));
    }

    private static void count(ObjectNode o, String field, OptionalLong value) {
        value.ifPresent(v -> o.put(field, v));
    }

    private static void count(ObjectNode o, String field, OptionalInt value) {
        value.ifPresent(v -> o.put(field, v));
    }

    private static void amount(ObjectNode o, String field, Optional<BigDecimal> value) {
        value.ifPresent(v -> o.set(field, DecimalNode.valueOf(v)));
    }

    private static void strings(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }

    private static void attributes(ObjectNode o, Map<String, Object> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        ObjectNode a = o.putObject("attributes");
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            if (v instanceof String s) {
                a.put(k, s);
            } else if (v instanceof Boolean b) {
                a.put(k, b);
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                a.put(k, ((Number) v).longValue());
            } else if (v instanceof Double || v instanceof Float) {
                a.put(k, ((Number) v).doubleValue());
            } else if (v instanceof BigInteger bi) {
                a.put(k, bi);
            } else if (v instanceof BigDecimal bd) {
                a.set(k, DecimalNode.valueOf(bd));
            } else {
                // Another Number type (AtomicLong, a custom one): its decimal text is exact.
                a.set(k, DecimalNode.valueOf(new BigDecimal(v.toString())));
            }
        }
    }
}

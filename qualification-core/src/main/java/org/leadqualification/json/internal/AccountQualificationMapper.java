package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leadqualification.api.LeadError;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.Qualification;

/**
 * {@link AccountQualification} on the wire (schema {@code account-qualification.schema.json}): written only; an
 * account result is an output. Stateless.
 */
public final class AccountQualificationMapper {

    /** The wire fields of an account result, in the order they are written. */
    public enum Field implements WireField {
        /** The account. */
        ACCOUNT_ID,
        /** The instant it was judged at. */
        AS_OF,
        /** Its stage. */
        STAGE,
        /** Its score. */
        SCORE,
        /** Its four dimension scores. */
        DIMENSIONS,
        /** Why, each reason naming its contacts. */
        REASONS,
        /** Every account stage it qualifies for. */
        QUALIFICATIONS,
        /** What to do next. */
        RECOMMENDED_ACTION,
        /** The contacts' own results. */
        CONTACTS,
        /** The contacts that could not be judged. */
        CONTACT_ERRORS;
    }

    private AccountQualificationMapper() {
    }

    /**
     * @param a an account result
     * @return its JSON tree; empty reasons, qualifications, contacts and errors are left out
     */
    public static ObjectNode write(AccountQualification a) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(Field.ACCOUNT_ID.wire(), a.accountId());
        InstantMapper.write(o, Field.AS_OF, a.asOf());
        o.put(Field.STAGE.wire(), a.stage().name());
        o.put(Field.SCORE.wire(), a.score());
        ObjectNode d = o.putObject(Field.DIMENSIONS.wire());
        d.put("fit", a.dimensions().fit());
        d.put("engagement", a.dimensions().engagement());
        d.put("committee", a.dimensions().committee());
        d.put("intent", a.dimensions().intent());
        if (!a.reasons().isEmpty()) {
            ArrayNode reasons = o.putArray(Field.REASONS.wire());
            for (AccountReason r : a.reasons()) {
                ObjectNode ro = reasons.addObject();
                ro.put("rule", r.rule());
                r.dimension().ifPresent(dim -> ro.put("dimension", dim.jsonName()));
                ro.put("points", r.points());
                r.detail().ifPresent(text -> ro.put("detail", text));
                if (!r.contacts().isEmpty()) {
                    ArrayNode c = ro.putArray("contacts");
                    r.contacts().forEach(c::add);
                }
            }
        }
        if (!a.qualifications().isEmpty()) {
            ArrayNode q = o.putArray(Field.QUALIFICATIONS.wire());
            for (AccountStage s : a.qualifications()) {
                q.add(s.name());
            }
        }
        o.put(Field.RECOMMENDED_ACTION.wire(), a.recommendedAction());
        if (!a.contacts().isEmpty()) {
            ArrayNode c = o.putArray(Field.CONTACTS.wire());
            for (Qualification q : a.contacts()) {
                c.add(QualificationMapper.write(q));
            }
        }
        if (!a.contactErrors().isEmpty()) {
            ArrayNode e = o.putArray(Field.CONTACT_ERRORS.wire());
            for (LeadError error : a.contactErrors()) {
                e.add(LeadErrorMapper.write(error));
            }
        }
        return o;
    }
}

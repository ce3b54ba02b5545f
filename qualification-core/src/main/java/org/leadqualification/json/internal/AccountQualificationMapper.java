package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.api.LeadError;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountDimensionScores;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.Qualification;

/**
 * {@link AccountQualification} on the wire (schema {@code account-qualification.schema.json}): written, and read back
 * (e.g. by a consumer of a topic of account results) as strictly as a lead. Stateless.
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

    /** The wire fields of the account dimension scores. */
    enum DimensionField implements WireField {
        FIT, ENGAGEMENT, COMMITTEE, INTENT;
    }

    /** The wire fields of an account reason. */
    enum ReasonField implements WireField {
        RULE, DIMENSION, POINTS, DETAIL, CONTACTS;
    }

    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);
    private static final FieldNames<DimensionField> DIMENSION_FIELDS = FieldNames.of(DimensionField.class);
    private static final FieldNames<ReasonField> REASON_FIELDS = FieldNames.of(ReasonField.class);

    private AccountQualificationMapper() {
    }

    /**
     * @param node a document, possibly not an account result at all
     * @return its {@code accountId} if it has a textual one, to name the account in an error
     */
    public static Optional<String> accountIdOf(JsonNode node) {
        return JsonValues.nameOf(node, Field.ACCOUNT_ID);
    }

    /**
     * @param node the account result object
     * @param path its path
     * @return the account result
     * @throws Problem the first thing wrong, in the order of the fields of the wire format
     */
    public static AccountQualification read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "an account result object");
        FIELDS.check(node, path);
        String accountId = JsonValues.requiredText(node, Field.ACCOUNT_ID, path);
        Instant asOf = InstantMapper.required(node, Field.AS_OF, path);
        AccountStage stage = JsonValues.requiredEnumeration(node, Field.STAGE, path, AccountStage.class);
        int score = JsonValues.percent(node, Field.SCORE, path);
        AccountDimensionScores dimensions = dimensions(node.get(Field.DIMENSIONS.wire()),
                Problem.field(path, Field.DIMENSIONS.wire()));
        List<AccountReason> reasons = JsonValues.array(node.get(Field.REASONS.wire()),
                Problem.field(path, Field.REASONS.wire()), "reasons", AccountQualificationMapper::reason);
        Set<AccountStage> qualifications = EnumSet.noneOf(AccountStage.class);
        qualifications.addAll(JsonValues.array(node.get(Field.QUALIFICATIONS.wire()),
                Problem.field(path, Field.QUALIFICATIONS.wire()), "account stages",
                (n, p) -> JsonValues.enumValue(n, p, AccountStage.class)));
        String action = JsonValues.requiredText(node, Field.RECOMMENDED_ACTION, path);
        List<Qualification> contacts = JsonValues.array(node.get(Field.CONTACTS.wire()),
                Problem.field(path, Field.CONTACTS.wire()), "contact results", QualificationMapper::read);
        List<LeadError> errors = JsonValues.array(node.get(Field.CONTACT_ERRORS.wire()),
                Problem.field(path, Field.CONTACT_ERRORS.wire()), "contact errors", LeadErrorMapper::read);
        try {
            return new AccountQualification(accountId, asOf, stage, score, dimensions, reasons, qualifications,
                    action, contacts, errors);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    private static AccountDimensionScores dimensions(JsonNode node, String path) throws Problem {
        String expected = "an object with fit, engagement, committee and intent scores";
        if (JsonValues.absent(node)) {
            throw JsonValues.missing(path, expected);
        }
        JsonValues.object(node, path, expected);
        DIMENSION_FIELDS.check(node, path);
        return new AccountDimensionScores(JsonValues.percent(node, DimensionField.FIT, path),
                JsonValues.percent(node, DimensionField.ENGAGEMENT, path),
                JsonValues.percent(node, DimensionField.COMMITTEE, path),
                JsonValues.percent(node, DimensionField.INTENT, path));
    }

    private static AccountReason reason(JsonNode r, String p) throws Problem {
        JsonValues.object(r, p, "a reason object with rule and points");
        REASON_FIELDS.check(r, p);
        String rule = JsonValues.requiredText(r, ReasonField.RULE, p);
        Optional<AccountDimension> dimension = JsonValues.named(r, ReasonField.DIMENSION, p, AccountDimension::parse,
                "fit, engagement, committee, intent");
        int points = JsonValues.points(r, ReasonField.POINTS, p);
        Optional<String> detail = JsonValues.text(r, ReasonField.DETAIL, p);
        List<String> contacts = JsonValues.strings(r.get(ReasonField.CONTACTS.wire()),
                Problem.field(p, ReasonField.CONTACTS.wire()));
        return new AccountReason(rule, dimension, points, detail, contacts);
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
        d.put(DimensionField.FIT.wire(), a.dimensions().fit());
        d.put(DimensionField.ENGAGEMENT.wire(), a.dimensions().engagement());
        d.put(DimensionField.COMMITTEE.wire(), a.dimensions().committee());
        d.put(DimensionField.INTENT.wire(), a.dimensions().intent());
        if (!a.reasons().isEmpty()) {
            ArrayNode reasons = o.putArray(Field.REASONS.wire());
            for (AccountReason r : a.reasons()) {
                ObjectNode ro = reasons.addObject();
                ro.put(ReasonField.RULE.wire(), r.rule());
                r.dimension().ifPresent(dim -> ro.put(ReasonField.DIMENSION.wire(), dim.jsonName()));
                ro.put(ReasonField.POINTS.wire(), r.points());
                JsonValues.text(ro, ReasonField.DETAIL, r.detail());
                if (!r.contacts().isEmpty()) {
                    ArrayNode c = ro.putArray(ReasonField.CONTACTS.wire());
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

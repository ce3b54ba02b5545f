package org.leadqualification.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Channel;
import org.leadqualification.model.Company;
import org.leadqualification.model.CustomerAccount;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.ProductPlan;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * Maps a JSON tree to the model, checking every field against the wire format (spec {@code lead-format.md}) so
 * that each mistake is reported at its JSON path with what was expected. Stateless.
 *
 * <p>Rules shared by every field: unknown fields are errors; an optional field that is {@code null} counts as
 * absent; enumerations are read case-insensitively; instants need an offset or {@code Z}; counts are whole
 * numbers {@code >= 0}; amounts are numbers {@code >= 0}, kept exact as {@link BigDecimal}.
 */
final class ModelReader {

    /** ISO-8601 / RFC 3339 date-time with seconds and an offset; also in the JSON Schemas. */
    static final Pattern INSTANT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})"
            + "(?:\\.(\\d{1,9}))?(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final String INSTANT_EXPECTED = "expected an ISO-8601 instant with offset, e.g. 2026-10-01T09:30:00Z";

    private static final List<String> LEAD_FIELDS = List.of("id", "source", "createdAt", "person", "company", "bant",
            "interactions", "product", "customer", "attributes");
    private static final List<String> PERSON_FIELDS = List.of("firstName", "lastName", "email", "phone", "jobTitle",
            "seniority", "department", "country");
    private static final List<String> COMPANY_FIELDS = List.of("name", "domain", "industry", "employees",
            "annualRevenue", "country", "fundingRaised");
    private static final List<String> BANT_FIELDS = List.of("budget", "authority", "need", "timeline");
    private static final List<String> INTERACTION_FIELDS = List.of("type", "at", "channel", "detail", "attributes");
    private static final List<String> PRODUCT_FIELDS = List.of("plan", "signedUpAt", "activeDays", "seats",
            "keyFeaturesUsed", "usageLimitReached");
    private static final List<String> CUSTOMER_FIELDS = List.of("plan", "since", "monthlyRevenue");
    private static final List<String> QUALIFICATION_FIELDS = List.of("leadId", "asOf", "stage", "score", "grade",
            "dimensions", "reasons", "qualifications", "recommendedAction");
    private static final List<String> DIMENSION_FIELDS = List.of("fit", "engagement", "intent", "bant");
    private static final List<String> REASON_FIELDS = List.of("rule", "dimension", "points", "detail");

    /** Each enum's constants, without the copy that {@code getEnumConstants()} makes on every call. */
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    private ModelReader() {
    }

    /** @return the lead's id if the tree has a readable one, to name the lead in an error */
    static Optional<String> idOf(JsonNode tree) {
        if (tree != null && tree.isObject()) {
            JsonNode id = tree.get("id");
            if (id != null && id.isTextual() && !id.textValue().isBlank()) {
                return Optional.of(id.textValue());
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- lead

    static Lead lead(JsonNode node, String path) throws Problem {
        return lead(node, path, null);
    }

    /**
     * @param node         the lead object
     * @param path         its path
     * @param interactions the lead's interactions if they were read already, each checked by
     *                     {@link #interaction(JsonNode, JsonNode, JsonNode, JsonNode, JsonNode, String)} from an
     *                     array of objects with known fields only, each at most once; {@code null} to read them from
     *                     {@code node}
     * @return the lead
     * @throws Problem the first thing wrong, in the order of the fields of the wire format
     */
    static Lead lead(JsonNode node, String path, List<Interaction> interactions) throws Problem {
        object(node, path, "a lead object");
        fields(node, path, LEAD_FIELDS);
        String id = requiredText(node, "id", path);
        Optional<String> source = text(node, "source", path);
        Optional<Instant> createdAt = instant(node, "createdAt", path);
        Person person = person(node.get("person"), Problem.field(path, "person"));
        Company company = company(node.get("company"), Problem.field(path, "company"));
        Bant bant = bant(node.get("bant"), Problem.field(path, "bant"));
        if (interactions == null) {
            interactions = interactions(node.get("interactions"), Problem.field(path, "interactions"));
        }
        Optional<ProductUsage> product = product(node.get("product"), Problem.field(path, "product"));
        Optional<CustomerAccount> customer = customer(node.get("customer"), Problem.field(path, "customer"));
        Map<String, Object> attributes = attributes(node.get("attributes"), path, "attributes");
        try {
            return new Lead(id, source, createdAt, person, company, bant, interactions, product, customer, attributes);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    private static Person person(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return Person.EMPTY;
        }
        object(node, path, "an object with the person's details");
        fields(node, path, PERSON_FIELDS);
        return new Person(text(node, "firstName", path), text(node, "lastName", path), text(node, "email", path),
                text(node, "phone", path), text(node, "jobTitle", path),
                enumeration(node, "seniority", path, Seniority.class), text(node, "department", path),
                text(node, "country", path));
    }

    private static Company company(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return Company.EMPTY;
        }
        object(node, path, "an object with the company's details");
        fields(node, path, COMPANY_FIELDS);
        try {
            return new Company(text(node, "name", path), text(node, "domain", path), text(node, "industry", path),
                    count(node, "employees", path), amount(node, "annualRevenue", path), text(node, "country", path),
                    amount(node, "fundingRaised", path));
        } catch (IllegalArgumentException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    private static Bant bant(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return Bant.UNKNOWN;
        }
        object(node, path, "an object with budget, authority, need and timeline");
        fields(node, path, BANT_FIELDS);
        return new Bant(enumeration(node, "budget", path, Budget.class).orElse(null),
                enumeration(node, "authority", path, Authority.class).orElse(null),
                enumeration(node, "need", path, Need.class).orElse(null),
                enumeration(node, "timeline", path, Timeline.class).orElse(null));
    }

    private static List<Interaction> interactions(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of interactions, got " + Problem.describe(node));
        }
        List<Interaction> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(interaction(node.get(i), Problem.element(path, i)));
        }
        return list;
    }

    private static Interaction interaction(JsonNode node, String path) throws Problem {
        object(node, path, "an interaction object with type and at");
        fields(node, path, INTERACTION_FIELDS);
        return interaction(node.get("type"), node.get("at"), node.get("channel"), node.get("detail"),
                node.get("attributes"), path);
    }

    /**
     * An interaction from the values of its fields ({@code null} when absent), for an object already checked for
     * unknown fields.
     *
     * @param path the interaction's path, for problems
     * @return the interaction
     * @throws Problem the first thing wrong, field by field
     */
    static Interaction interaction(JsonNode typeNode, JsonNode atNode, JsonNode channel, JsonNode detail,
                                   JsonNode attributes, String path) throws Problem {
        if (absent(typeNode)) {
            throw missing(Problem.field(path, "type"), "an interaction type, an upper-case word such as DEMO_REQUEST");
        }
        String type = Interaction.normalType(typeNode.isTextual() ? typeNode.textValue() : "");
        if (type == null) {
            throw new Problem(Problem.field(path, "type"), "expected an interaction type, a word of letters, digits "
                    + "and underscores such as DEMO_REQUEST, got " + Problem.describe(typeNode));
        }
        if (absent(atNode)) {
            throw missing(Problem.field(path, "at"), "an ISO-8601 instant with offset, e.g. 2026-10-01T09:30:00Z");
        }
        Instant at = instantOf(atNode, path, "at").orElseThrow();
        try {
            return new Interaction(type, at, enumerationOf(channel, path, "channel", Channel.class),
                    textOf(detail, path, "detail"), attributes(attributes, path, "attributes"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    private static Optional<ProductUsage> product(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return Optional.empty();
        }
        object(node, path, "an object with the product usage");
        fields(node, path, PRODUCT_FIELDS);
        Optional<ProductPlan> plan = enumeration(node, "plan", path, ProductPlan.class);
        if (plan.isEmpty()) {
            throw missing(Problem.field(path, "plan"), expectedOneOf(ProductPlan.class));
        }
        List<String> features = strings(node.get("keyFeaturesUsed"), Problem.field(path, "keyFeaturesUsed"));
        boolean limitReached = bool(node, "usageLimitReached", path);
        try {
            return Optional.of(new ProductUsage(plan.get(), instant(node, "signedUpAt", path),
                    intCount(node, "activeDays", path), intCount(node, "seats", path), features, limitReached));
        } catch (IllegalArgumentException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    private static Optional<CustomerAccount> customer(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return Optional.empty();
        }
        object(node, path, "an object with the customer account");
        fields(node, path, CUSTOMER_FIELDS);
        try {
            return Optional.of(new CustomerAccount(text(node, "plan", path), instant(node, "since", path),
                    amount(node, "monthlyRevenue", path)));
        } catch (IllegalArgumentException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    /**
     * Custom data: strings, numbers and booleans only. Whole numbers that fit become {@link Long}, other numbers
     * {@link BigDecimal} (exact).
     */
    private static Map<String, Object> attributes(JsonNode node, String base, String field) throws Problem {
        if (absent(node)) {
            return Map.of();
        }
        String path = Problem.field(base, field);
        object(node, path, "an object of custom attributes (strings, numbers or booleans)");
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (key.isBlank()) {
                throw new Problem(Problem.field(path, key), "expected a non-blank attribute name");
            }
            JsonNode v = e.getValue();
            Object value;
            if (v.isTextual()) {
                value = v.textValue();
            } else if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isNumber()) {
                value = number(v, path, key);
            } else {
                throw new Problem(Problem.field(path, key), "expected a string, number or boolean, got "
                        + Problem.describe(v));
            }
            map.put(key, value);
        }
        return map;
    }

    private static Object number(JsonNode v, String base, String key) throws Problem {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isDouble() || v.isFloat()) {
            if (!Double.isFinite(v.doubleValue())) {
                throw new Problem(Problem.field(base, key), "expected a finite number, got " + v.asText());
            }
        }
        return v.decimalValue();
    }

    // ---------------------------------------------------------------- qualification

    static Qualification qualification(JsonNode node, String path) throws Problem {
        object(node, path, "a qualification object");
        fields(node, path, QUALIFICATION_FIELDS);
        String leadId = requiredText(node, "leadId", path);
        Instant asOf = requiredInstant(node, "asOf", path);
        Stage stage = required(enumeration(node, "stage", path, Stage.class), path, "stage", Stage.class);
        int score = percent(node, "score", path);
        Grade grade = required(enumeration(node, "grade", path, Grade.class), path, "grade", Grade.class);
        String dimPath = Problem.field(path, "dimensions");
        JsonNode dims = node.get("dimensions");
        if (absent(dims)) {
            throw missing(dimPath, "an object with fit, engagement, intent and bant scores");
        }
        object(dims, dimPath, "an object with fit, engagement, intent and bant scores");
        fields(dims, dimPath, DIMENSION_FIELDS);
        DimensionScores scores = new DimensionScores(percent(dims, "fit", dimPath),
                percent(dims, "engagement", dimPath), percent(dims, "intent", dimPath), percent(dims, "bant", dimPath));
        List<Reason> reasons = reasons(node.get("reasons"), Problem.field(path, "reasons"));
        Set<Stage> qualifications = stages(node.get("qualifications"), Problem.field(path, "qualifications"));
        String action = requiredText(node, "recommendedAction", path);
        try {
            return new Qualification(leadId, asOf, stage, score, grade, scores, reasons, qualifications, action);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    private static List<Reason> reasons(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of reasons, got " + Problem.describe(node));
        }
        List<Reason> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String p = Problem.element(path, i);
            JsonNode r = node.get(i);
            object(r, p, "a reason object with rule and points");
            fields(r, p, REASON_FIELDS);
            String rule = requiredText(r, "rule", p);
            Optional<Dimension> dimension = Optional.empty();
            JsonNode d = r.get("dimension");
            if (!absent(d)) {
                try {
                    dimension = Optional.of(Dimension.parse(d.isTextual() ? d.textValue().strip() : ""));
                } catch (IllegalArgumentException e) {
                    throw new Problem(Problem.field(p, "dimension"),
                            "expected one of fit, engagement, intent, bant, got " + Problem.describe(d));
                }
            }
            JsonNode pts = r.get("points");
            String ptsPath = Problem.field(p, "points");
            if (absent(pts)) {
                throw missing(ptsPath, "a whole number of points");
            }
            if (!pts.isIntegralNumber() || !pts.canConvertToInt()) {
                throw new Problem(ptsPath, "expected a whole number of points, got " + Problem.describe(pts));
            }
            list.add(new Reason(rule, dimension, pts.intValue(), text(r, "detail", p)));
        }
        return list;
    }

    private static Set<Stage> stages(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of stages, got " + Problem.describe(node));
        }
        Set<Stage> set = EnumSet.noneOf(Stage.class);
        for (int i = 0; i < node.size(); i++) {
            set.add(enumValue(node.get(i), Problem.element(path, i), Stage.class));
        }
        return set;
    }

    private static int percent(JsonNode obj, String field, String base) throws Problem {
        String path = Problem.field(base, field);
        JsonNode n = obj.get(field);
        if (absent(n)) {
            throw missing(path, "a whole number from 0 to 100");
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > 100) {
            throw new Problem(path, "expected a whole number from 0 to 100, got " + Problem.describe(n));
        }
        return n.intValue();
    }

    // ---------------------------------------------------------------- shared field readers

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static void object(JsonNode node, String path, String expected) throws Problem {
        if (node == null || !node.isObject()) {
            throw new Problem(path, "expected " + expected + ", got " + Problem.describe(node));
        }
    }

    /** Rejects the first unknown field, in document order, suggesting the closest known one. */
    private static void fields(JsonNode node, String path, List<String> known) throws Problem {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                String closest = closest(name, known);
                throw new Problem(Problem.field(path, name), "unknown field \"" + name + "\""
                        + (closest == null ? "" : " (did you mean \"" + closest + "\"?)")
                        + ": expected one of " + String.join(", ", known)
                        + (known == LEAD_FIELDS || known == INTERACTION_FIELDS
                        ? "; put custom data in attributes" : ""));
            }
        }
    }

    private static Problem missing(String path, String expected) {
        return new Problem(path, "missing required field: expected " + expected);
    }

    private static String requiredText(JsonNode obj, String field, String base) throws Problem {
        String path = Problem.field(base, field);
        JsonNode n = obj.get(field);
        if (absent(n)) {
            throw missing(path, "a non-blank string");
        }
        if (!n.isTextual() || n.textValue().isBlank()) {
            throw new Problem(path, "expected a non-blank string, got " + Problem.describe(n));
        }
        return n.textValue();
    }

    private static Optional<String> text(JsonNode obj, String field, String base) throws Problem {
        return textOf(obj.get(field), base, field);
    }

    private static Optional<String> textOf(JsonNode n, String base, String field) throws Problem {
        if (absent(n)) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new Problem(Problem.field(base, field), "expected a string, got " + Problem.describe(n));
        }
        return Optional.of(n.textValue());
    }

    private static List<String> strings(JsonNode node, String path) throws Problem {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Problem(path, "expected an array of strings, got " + Problem.describe(node));
        }
        List<String> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            if (!n.isTextual() || n.textValue().isBlank()) {
                throw new Problem(Problem.element(path, i), "expected a non-blank string, got " + Problem.describe(n));
            }
            list.add(n.textValue());
        }
        return list;
    }

    private static boolean bool(JsonNode obj, String field, String base) throws Problem {
        JsonNode n = obj.get(field);
        if (absent(n)) {
            return false;
        }
        if (!n.isBoolean()) {
            throw new Problem(Problem.field(base, field), "expected true or false, got " + Problem.describe(n));
        }
        return n.booleanValue();
    }

    private static Instant requiredInstant(JsonNode obj, String field, String base) throws Problem {
        if (absent(obj.get(field))) {
            throw missing(Problem.field(base, field), "an ISO-8601 instant with offset, e.g. 2026-10-01T09:30:00Z");
        }
        return instant(obj, field, base).orElseThrow();
    }

    static Optional<Instant> instant(JsonNode obj, String field, String base) throws Problem {
        return instantOf(obj.get(field), base, field);
    }

    private static Optional<Instant> instantOf(JsonNode n, String base, String field) throws Problem {
        if (absent(n)) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new Problem(Problem.field(base, field), INSTANT_EXPECTED + ", got " + Problem.describe(n));
        }
        String s = n.textValue();
        Instant fast = Instants.parse(s);
        return Optional.of(fast != null ? fast : instant(s, Problem.field(base, field)));
    }

    /**
     * The general instant reader: any text, every error message. {@link Instants#parse(String)} answers first for
     * the common shapes and must agree with this.
     */
    static Instant instant(String s, String path) throws Problem {
        Matcher m = INSTANT.matcher(s);
        if (m.matches()) {
            try {
                return toInstant(m);
            } catch (DateTimeException e) {
                throw new Problem(path, INSTANT_EXPECTED + ", got " + Problem.quote(s) + " (not a valid date, time "
                        + "or offset)");
            }
        }
        if (LOCAL_DATE_TIME.matcher(s).matches()) {
            throw new Problem(path, INSTANT_EXPECTED + ", got " + Problem.quote(s)
                    + " (no offset: add Z for UTC or an offset such as +02:00)");
        }
        throw new Problem(path, INSTANT_EXPECTED + ", got " + Problem.quote(s));
    }

    /** From the groups of {@link #INSTANT}; field by field because a formatter is slow for 50,000 of them. */
    private static Instant toInstant(Matcher m) {
        String fraction = m.group(7);
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        ZoneOffset offset = ZoneOffset.UTC;
        if (m.group(8) != null) {
            int sign = m.group(8).equals("-") ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(9)),
                    sign * Integer.parseInt(m.group(10)));
        }
        return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)), nanos).toInstant(offset);
    }

    private static OptionalLong count(JsonNode obj, String field, String base) throws Problem {
        JsonNode n = obj.get(field);
        if (absent(n)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(wholeNumber(n, Problem.field(base, field), Long.MAX_VALUE));
    }

    private static OptionalInt intCount(JsonNode obj, String field, String base) throws Problem {
        JsonNode n = obj.get(field);
        if (absent(n)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) wholeNumber(n, Problem.field(base, field), Integer.MAX_VALUE));
    }

    /** A count: a whole number (12 or 12.0, as JSON Schema's "integer") from 0 to {@code max}. */
    private static long wholeNumber(JsonNode n, String path, long max) throws Problem {
        String expected = "expected a whole number >= 0";
        if (!n.isNumber()) {
            throw new Problem(path, expected + ", got " + Problem.describe(n));
        }
        BigDecimal value = exact(n, path, expected);
        if (value.signum() < 0) {
            throw new Problem(path, expected + ", got " + n.asText());
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new Problem(path, expected + " (no fraction), got " + n.asText());
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Problem(path, expected + " and <= " + max + ", got " + n.asText());
        }
        return value.longValueExact();
    }

    private static Optional<BigDecimal> amount(JsonNode obj, String field, String base) throws Problem {
        JsonNode n = obj.get(field);
        if (absent(n)) {
            return Optional.empty();
        }
        String path = Problem.field(base, field);
        String expected = "expected a number >= 0";
        if (!n.isNumber()) {
            throw new Problem(path, expected + ", got " + Problem.describe(n));
        }
        BigDecimal value = exact(n, path, expected);
        if (value.signum() < 0) {
            throw new Problem(path, expected + ", got " + n.asText());
        }
        return Optional.of(value);
    }

    private static BigDecimal exact(JsonNode n, String path, String expected) throws Problem {
        if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
            throw new Problem(path, expected + ", got " + n.asText());
        }
        return n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue();
    }

    private static <E extends Enum<E>> Optional<E> enumeration(JsonNode obj, String field, String base, Class<E> type)
            throws Problem {
        return enumerationOf(obj.get(field), base, field, type);
    }

    private static <E extends Enum<E>> Optional<E> enumerationOf(JsonNode n, String base, String field, Class<E> type)
            throws Problem {
        if (absent(n)) {
            return Optional.empty();
        }
        E e = constant(n, type);
        if (e == null) {
            throw new Problem(Problem.field(base, field), "expected " + expectedOneOf(type) + ", got "
                    + Problem.describe(n));
        }
        return Optional.of(e);
    }

    private static <E extends Enum<E>> E enumValue(JsonNode n, String path, Class<E> type) throws Problem {
        E e = constant(n, type);
        if (e == null) {
            throw new Problem(path, "expected " + expectedOneOf(type) + ", got " + Problem.describe(n));
        }
        return e;
    }

    /** @return the constant named by a text node ignoring case and surrounding blanks, or null */
    private static <E extends Enum<E>> E constant(JsonNode n, Class<E> type) {
        if (n != null && n.isTextual()) {
            String s = n.textValue().strip();
            for (Enum<?> e : CONSTANTS.get(type)) {
                if (e.name().equalsIgnoreCase(s)) {
                    return type.cast(e);
                }
            }
        }
        return null;
    }

    private static <E extends Enum<E>> E required(Optional<E> value, String base, String field, Class<E> type)
            throws Problem {
        if (value.isEmpty()) {
            throw missing(Problem.field(base, field), expectedOneOf(type));
        }
        return value.get();
    }

    private static String expectedOneOf(Class<? extends Enum<?>> type) {
        return "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** @return the known name within edit distance 2 of {@code name}, ignoring case, if exactly one is closest */
    private static String closest(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

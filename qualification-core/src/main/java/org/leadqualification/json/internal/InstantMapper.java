package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instants on the wire: ISO-8601 with seconds and an offset or {@code Z}, read exactly and written as
 * {@link Instant#toString()}. {@link Instants} answers first for the common shapes; this class keeps the last word
 * on what is valid and words every error. Stateless.
 */
final class InstantMapper {

    /** ISO-8601 / RFC 3339 date-time with seconds and an offset; also in the JSON Schemas. */
    static final Pattern INSTANT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})"
            + "(?:\\.(\\d{1,9}))?(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final String EXAMPLE = "an ISO-8601 instant with offset, e.g. 2026-10-01T09:30:00Z";
    private static final String EXPECTED = "expected " + EXAMPLE;

    private InstantMapper() {
    }

    static Instant required(JsonNode obj, WireField field, String base) throws Problem {
        if (JsonValues.absent(obj.get(field.wire()))) {
            throw missing(base, field);
        }
        return read(obj, field, base).orElseThrow();
    }

    static Problem missing(String base, WireField field) {
        return JsonValues.missing(Problem.field(base, field.wire()), EXAMPLE);
    }

    static Optional<Instant> read(JsonNode obj, WireField field, String base) throws Problem {
        return readValue(obj.get(field.wire()), base, field);
    }

    static Optional<Instant> readValue(JsonNode n, String base, WireField field) throws Problem {
        if (JsonValues.absent(n)) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new Problem(Problem.field(base, field.wire()), EXPECTED + ", got " + Problem.describe(n));
        }
        String s = n.textValue();
        Instant fast = Instants.parse(s);
        return Optional.of(fast != null ? fast : read(s, Problem.field(base, field.wire())));
    }

    /**
     * The general instant reader: any text, every error message. {@link Instants#parse(String)} answers first for
     * the common shapes and must agree with this.
     */
    static Instant read(String s, String path) throws Problem {
        Matcher m = INSTANT.matcher(s);
        if (m.matches()) {
            try {
                return toInstant(m);
            } catch (DateTimeException e) {
                throw new Problem(path, EXPECTED + ", got " + Problem.quote(s) + " (not a valid date, time "
                        + "or offset)");
            }
        }
        if (LOCAL_DATE_TIME.matcher(s).matches()) {
            throw new Problem(path, EXPECTED + ", got " + Problem.quote(s)
                    + " (no offset: add Z for UTC or an offset such as +02:00)");
        }
        throw new Problem(path, EXPECTED + ", got " + Problem.quote(s));
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

    static void write(ObjectNode o, WireField field, Instant value) {
        o.put(field.wire(), Instants.format(value));
    }

    static void write(ObjectNode o, WireField field, Optional<Instant> value) {
        value.ifPresent(t -> write(o, field, t));
    }
}

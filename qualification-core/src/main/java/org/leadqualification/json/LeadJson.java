package org.leadqualification.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.internal.AccountQualificationMapper;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.json.internal.LeadMapper;
import org.leadqualification.json.internal.Problem;
import org.leadqualification.json.internal.QualificationMapper;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.Qualification;

/**
 * The JSON wire format of leads and results (spec {@code lead-format.md}): reads leads, one or a stream of them, and
 * writes leads, results and errors. Start with {@link #standard()}.
 *
 * <pre>{@code
 * LeadJson json = LeadJson.standard();
 * try (LeadReader leads = json.readLeads(Path.of("leads.jsonl"));
 *      OutcomeWriter out = json.outcomeWriter(Files.newOutputStream(Path.of("results.jsonl")),
 *              OutcomeWriter.Format.JSON_LINES)) {
 *     while (leads.hasNext()) {
 *         out.write(leads.next().judge(qualifier, asOf));
 *     }
 * }
 * }</pre>
 *
 * <p>Reading is strict, because a typo must never lose data: unknown fields are errors; enumerations are read in
 * any case; instants must be ISO-8601 with an offset or {@code Z}; counts are whole numbers {@code >= 0}; amounts
 * numbers {@code >= 0}, kept exact; attribute values strings, numbers or booleans. An optional field that is
 * {@code null} counts as absent. Every mistake becomes a {@link LeadError} naming the lead, the JSON path and what
 * was expected; nothing is thrown from reading a stream but I/O failures. Text input must be UTF-8.
 *
 * <p>Writing leaves out what is absent (empty optionals, lists and maps, an empty person or company, unknown BANT
 * parts, a {@code false} {@code usageLimitReached}), so a document in the canonical form reads and writes back
 * identically. Fields are written in the order of the spec.
 *
 * <p>Limits, so that no input can exhaust memory or escape the reader as anything but a lead's error: a string is
 * at most {@link #DEFAULT_MAX_STRING_LENGTH} characters ({@link #withMaxStringLength(int)}); a lead at most
 * {@link #DEFAULT_MAX_LEAD_LENGTH} characters of JSON ({@link #withMaxLeadLength(int)}) and
 * {@link #DEFAULT_MAX_INTERACTIONS} interactions ({@link #withMaxInteractions(int)}); a number at most
 * {@link #MAX_NUMBER_LENGTH} characters; objects and arrays nest at most {@link #MAX_NESTING_DEPTH} levels. A lead
 * over a limit is an error for that lead naming the limit and the path where reading stopped, and is never held in
 * memory whole: reading stops at the limit. In JSON Lines the next line is read next; in a JSON array the rest of
 * the array cannot be found without reading the lead, so one more error says the rest was not read.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class LeadJson {

    /** Class-path resource of the JSON Schema (draft 2020-12) of a lead. */
    public static final String LEAD_SCHEMA = "org/leadqualification/schema/lead.schema.json";
    /** Class-path resource of the JSON Schema (draft 2020-12) of a qualification. */
    public static final String QUALIFICATION_SCHEMA = "org/leadqualification/schema/qualification.schema.json";
    /** Class-path resource of the JSON Schema (draft 2020-12) of an account result. */
    public static final String ACCOUNT_QUALIFICATION_SCHEMA =
            "org/leadqualification/schema/account-qualification.schema.json";
    /** Class-path resource of the JSON Schema (draft 2020-12) of an error. */
    public static final String LEAD_ERROR_SCHEMA = "org/leadqualification/schema/lead-error.schema.json";

    /** Longest string value read by default, in characters: 16 Mi, room for a 10 MB note with margin. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;
    /** Deepest nesting of objects and arrays read; a lead needs 4 levels, an array of leads 5. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** Longest number read, in characters (Jackson's own default, made explicit). */
    public static final int MAX_NUMBER_LENGTH = 1000;
    /** Longest lead read by default, in characters of JSON: 24 Mi, room for one string at its default limit. */
    public static final int DEFAULT_MAX_LEAD_LENGTH = 24 * 1024 * 1024;
    /** Most interactions one lead may have by default. */
    public static final int DEFAULT_MAX_INTERACTIONS = 100_000;

    private static final LeadJson STANDARD = new LeadJson(
            new Limits(DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_LEAD_LENGTH, DEFAULT_MAX_INTERACTIONS), false);

    /** The reader's limits, all in one place. */
    record Limits(int maxStringLength, int maxLeadLength, int maxInteractions) {
    }

    private final Limits limits;
    private final boolean pretty;
    private final JsonFactory factory;
    private final ObjectMapper mapper;

    private LeadJson(Limits limits, boolean pretty) {
        this.limits = limits;
        this.pretty = pretty;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                // The lead reader re-positions its input after a syntax error; it closes the input itself.
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** @return the standard instance: compact output, default limits */
    public static LeadJson standard() {
        return STANDARD;
    }

    /** @return an instance like this one that pretty-prints single documents and JSON arrays */
    public LeadJson pretty() {
        return pretty ? this : new LeadJson(limits, true);
    }

    /**
     * @param chars the longest string value to read, in characters
     * @return an instance like this one with that limit
     * @throws IllegalArgumentException if {@code chars} is less than 1
     */
    public LeadJson withMaxStringLength(int chars) {
        if (chars < 1) {
            throw new IllegalArgumentException("max string length must be >= 1, got " + chars);
        }
        return new LeadJson(new Limits(chars, limits.maxLeadLength(), limits.maxInteractions()), pretty);
    }

    /**
     * @param chars the longest lead to read, in characters of JSON
     * @return an instance like this one with that limit
     * @throws IllegalArgumentException if {@code chars} is less than 2
     */
    public LeadJson withMaxLeadLength(int chars) {
        if (chars < 2) {
            throw new IllegalArgumentException("max lead length must be >= 2, got " + chars);
        }
        return new LeadJson(new Limits(limits.maxStringLength(), chars, limits.maxInteractions()), pretty);
    }

    /**
     * @param count the most interactions one lead may have
     * @return an instance like this one with that limit
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public LeadJson withMaxInteractions(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("max interactions must be >= 0, got " + count);
        }
        return new LeadJson(new Limits(limits.maxStringLength(), limits.maxLeadLength(), count), pretty);
    }

    /** @return the longest lead read, in characters of JSON */
    public int maxLeadLength() {
        return limits.maxLeadLength();
    }

    /** @return the most interactions one lead may have */
    public int maxInteractions() {
        return limits.maxInteractions();
    }

    /** @return the longest string value read, in characters */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    // ---------------------------------------------------------------- reading one lead

    /**
     * Reads one lead.
     *
     * @param json a lead object
     * @return the lead
     * @throws InvalidLeadException if the text is not a valid lead; its {@link LeadError} has index 0
     */
    public Lead readLead(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return readLead(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a string
        }
    }

    /**
     * Reads one lead; does not close the reader.
     *
     * @param reader a lead object
     * @return the lead
     * @throws InvalidLeadException if the text is not a valid lead; its {@link LeadError} has index 0
     * @throws IOException          if the reader fails
     */
    public Lead readLead(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        JsonNode tree = readOne(reader, "a lead object");
        try {
            return LeadMapper.read(tree, "");
        } catch (Problem p) {
            throw invalid(LeadMapper.idOf(tree), p.path(), p.getMessage(), null);
        }
    }

    /**
     * Reads one lead from UTF-8 bytes; does not close the stream.
     *
     * @param in a lead object, UTF-8
     * @return the lead
     * @throws InvalidLeadException if the input is not a valid lead
     * @throws IOException          if the stream fails
     */
    public Lead readLead(InputStream in) throws IOException {
        return readLead(utf8(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads one lead from a UTF-8 file.
     *
     * @param file a file holding a lead object
     * @return the lead
     * @throws InvalidLeadException if the file is not a valid lead
     * @throws IOException          if the file cannot be read
     */
    public Lead readLead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            return readLead(in);
        }
    }

    // ---------------------------------------------------------------- reading many leads

    /**
     * Reads the leads of a JSON array, JSON Lines or a single lead object, lazily; see {@link LeadReader}.
     *
     * @param reader the input; closed when the lead reader is closed
     * @return the lead reader
     */
    public LeadReader readLeads(Reader reader) {
        return new LeadReader(factory, limits, Objects.requireNonNull(reader, "reader"), true);
    }

    /**
     * @param reader the input
     * @return a lead reader that reads every lead as a whole tree first, without the shortcut for interactions: the
     *         reference the tests compare {@link #readLeads(Reader)} with
     */
    LeadReader readLeadsAsTrees(Reader reader) {
        return new LeadReader(factory, limits, reader, false);
    }

    /**
     * Reads the leads of UTF-8 input lazily; see {@link LeadReader}.
     *
     * @param in the input, UTF-8; closed when the lead reader is closed
     * @return the lead reader
     */
    public LeadReader readLeads(InputStream in) {
        return readLeads(utf8(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads the leads of a UTF-8 file lazily; see {@link LeadReader}.
     *
     * @param file the file
     * @return the lead reader, to close
     * @throws IOException if the file cannot be opened
     */
    public LeadReader readLeads(Path file) throws IOException {
        return readLeads(Files.newInputStream(Objects.requireNonNull(file, "file")));
    }

    // ---------------------------------------------------------------- reading a result

    /**
     * Reads a qualification, e.g. an expected result in a test.
     *
     * @param json a qualification object
     * @return the qualification
     * @throws InvalidLeadException if the text is not a valid qualification (the error names its {@code leadId})
     */
    public Qualification readQualification(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return JsonTrees.readQualification(readOne(new StringReader(json), "a qualification object"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an account result, as {@link #writeAccountQualification(AccountQualification)} writes it: e.g. a
     * consumer of a topic of account results, or an expected result in a test.
     *
     * @param json an account result object
     * @return the account result
     * @throws InvalidLeadException if the text is not a valid account result (the error names its {@code accountId}
     *                              in place of a lead id, and the JSON path)
     */
    public AccountQualification readAccountQualification(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return JsonTrees.readAccountQualification(readOne(new StringReader(json), "an account result object"),
                    "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- reading one interaction

    /**
     * Reads one interaction, e.g. an interaction event of a stream: an object with {@code type}, {@code at} and the
     * optional {@code channel}, {@code detail} and {@code attributes}, read as strictly as inside a lead.
     *
     * @param json an interaction object
     * @return the interaction
     * @throws InvalidLeadException if the text is not a valid interaction; its {@link LeadError} has index 0, no lead
     *                              id, and a path relative to the interaction ({@code at}, {@code attributes.x})
     */
    public Interaction readInteraction(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return JsonTrees.readInteraction(readOne(new StringReader(json), "an interaction object"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a string
        }
    }

    /**
     * Reads one interaction from UTF-8 bytes; does not close the stream. See {@link #readInteraction(String)}.
     *
     * @param in an interaction object, UTF-8
     * @return the interaction
     * @throws InvalidLeadException if the input is not a valid interaction
     * @throws IOException          if the stream fails
     */
    public Interaction readInteraction(InputStream in) throws IOException {
        return JsonTrees.readInteraction(readOne(utf8(Objects.requireNonNull(in, "in")), "an interaction object"), "");
    }

    // ---------------------------------------------------------------- writing

    /**
     * @param interaction an interaction
     * @return its JSON text, as it appears in a lead's {@code interactions}
     */
    public String writeInteraction(Interaction interaction) {
        return write(JsonTrees.toTree(interaction));
    }

    /**
     * @param lead a lead
     * @return its JSON text
     */
    public String writeLead(Lead lead) {
        return write(JsonTrees.toTree(lead));
    }

    /**
     * @param qualification a result
     * @return its JSON text
     */
    public String writeQualification(Qualification qualification) {
        Objects.requireNonNull(qualification, "qualification");
        StringWriter out = new StringWriter(512);
        try {
            writeQualification(qualification, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a string
        }
        return out.toString();
    }

    /**
     * @param account an account result
     * @return its JSON text, with the contacts' own results in the wire format of a qualification
     */
    public String writeAccountQualification(AccountQualification account) {
        return write(AccountQualificationMapper.write(Objects.requireNonNull(account, "account")));
    }

    /**
     * Writes one account result; does not close the writer.
     *
     * @param account an account result
     * @param out     where to write
     * @throws IOException if writing fails
     */
    public void writeAccountQualification(AccountQualification account, Writer out) throws IOException {
        write(AccountQualificationMapper.write(Objects.requireNonNull(account, "account")), out);
    }

    /**
     * @param error an error
     * @return its JSON text {@code {"leadId": ..., "index": ..., "path": ..., "message": ...}}
     */
    public String writeError(LeadError error) {
        return write(JsonTrees.toTree(error));
    }

    /**
     * Writes one lead; does not close the writer.
     *
     * @param lead a lead
     * @param out  where to write
     * @throws IOException if writing fails
     */
    public void writeLead(Lead lead, Writer out) throws IOException {
        write(JsonTrees.toTree(lead), out);
    }

    /**
     * Writes one result; does not close the writer.
     *
     * @param qualification a result
     * @param out           where to write
     * @throws IOException if writing fails
     */
    public void writeQualification(Qualification qualification, Writer out) throws IOException {
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(out, "out");
        // Straight to a generator, as OutcomeWriter does (the same text as the tree): a result is written per lead
        // judged, and per event in a stream, where building a tree first is work for nothing.
        try (JsonGenerator g = mapper.createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) { // neither closes nor flushes the writer
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            QualificationMapper.write(g, qualification);
        }
    }

    /**
     * @param out    where to write; closed with the outcome writer
     * @param format JSON Lines or a JSON array
     * @return a writer to append results and errors to one by one
     * @throws IOException if starting the document fails
     */
    public OutcomeWriter outcomeWriter(Writer out, OutcomeWriter.Format format) throws IOException {
        return new OutcomeWriter(mapper, out, format, pretty);
    }

    /**
     * @param out    where to write, as UTF-8; closed with the outcome writer
     * @param format JSON Lines or a JSON array
     * @return a writer to append results and errors to one by one
     * @throws IOException if starting the document fails
     */
    public OutcomeWriter outcomeWriter(OutputStream out, OutcomeWriter.Format format) throws IOException {
        Objects.requireNonNull(out, "out");
        return outcomeWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format);
    }

    // ---------------------------------------------------------------- schemas

    /** @return the JSON Schema of a lead, a class-path resource of this library */
    public static URL leadSchema() {
        return schema(LEAD_SCHEMA);
    }

    /** @return the JSON Schema of a qualification, a class-path resource of this library */
    public static URL qualificationSchema() {
        return schema(QUALIFICATION_SCHEMA);
    }

    /** @return the JSON Schema of an account result, a class-path resource of this library */
    public static URL accountQualificationSchema() {
        return schema(ACCOUNT_QUALIFICATION_SCHEMA);
    }

    /** @return the JSON Schema of an error object, a class-path resource of this library */
    public static URL leadErrorSchema() {
        return schema(LEAD_ERROR_SCHEMA);
    }

    private static URL schema(String resource) {
        URL url = LeadJson.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing resource " + resource + ": the qualification-core jar is broken");
        }
        return url;
    }

    // ---------------------------------------------------------------- internals

    private String write(ObjectNode tree) {
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                    : mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // trees of strings, numbers and booleans always write
        }
    }

    private void write(ObjectNode tree, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(tree));
    }

    /** Reads exactly one JSON value, turning any JSON failure into an {@link InvalidLeadException}. */
    private JsonNode readOne(Reader reader, String expected) throws IOException {
        TreeBuilder builder = null;
        JsonParser parser = factory.createParser(new Bounded(reader, limits.maxLeadLength()));
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                throw invalid(Optional.empty(), "", "expected " + expected + ", got an empty input", null);
            }
            builder = new TreeBuilder(parser);
            JsonNode tree = builder.read(t);
            if (builder.problem().isPresent()) {
                Problem p = builder.problem().get();
                throw invalid(LeadMapper.idOf(tree), p.path(), p.getMessage(), null);
            }
            if (parser.nextToken() != null) {
                throw invalid(LeadMapper.idOf(tree), "", "unexpected content after the end of the JSON value at line "
                        + parser.currentTokenLocation().getLineNr() + ": expected " + expected + " alone", null);
            }
            if (reader instanceof Utf8Reader u && u.errorIn(0, Long.MAX_VALUE) >= 0) {
                throw invalid(LeadMapper.idOf(tree), "", "the input is not valid UTF-8 text: expected UTF-8 JSON",
                        null);
            }
            JsonNode interactions = tree.path(LeadMapper.Field.INTERACTIONS.wire());
            if (interactions.isArray() && interactions.size() > limits.maxInteractions()) {
                throw invalid(LeadMapper.idOf(tree), "interactions[" + limits.maxInteractions() + "]", "the lead has "
                        + "more than " + limits.maxInteractions() + " interactions, the limit: expected at most "
                        + limits.maxInteractions() + " (LeadJson.withMaxInteractions)", null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            Optional<String> id = builder == null ? Optional.empty() : builder.partial().flatMap(LeadMapper::idOf);
            if (reader instanceof Utf8Reader u && u.errorIn(0, Long.MAX_VALUE) >= 0) {
                throw invalid(id, "", "the input is not valid UTF-8 text: expected UTF-8 JSON", e);
            }
            String path = builder == null ? "" : builder.at();
            // A limit exception carries no location; the parser's own position is where it stopped.
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw invalid(id, path,
                    LeadReader.syntaxMessage(e, false, where.getLineNr(), 1, limits.maxStringLength()), e);
        } catch (CharacterCodingException e) {
            throw invalid(Optional.empty(), "", "the input is not valid UTF-8 text: expected UTF-8 JSON", e);
        } finally {
            parser.close();
        }
    }

    /** A reader that refuses to read more than a lead may hold. */
    private static final class Bounded extends java.io.FilterReader {
        private final long max;
        private long read;

        Bounded(Reader in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (read > max) {
                throw new LimitException("the lead is longer than the limit of " + max + " characters: expected a "
                        + "lead of at most " + max + " characters (LeadJson.withMaxLeadLength)");
            }
            int n = super.read(buf, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }

    private static InvalidLeadException invalid(Optional<String> id, String path, String message, Throwable cause) {
        return new InvalidLeadException(new LeadError(id, 0, Optional.of(path), message), cause);
    }

    /** UTF-8 that reports malformed bytes instead of silently replacing them. */
    private static Reader utf8(InputStream in) {
        return new Utf8Reader(in);
    }
}

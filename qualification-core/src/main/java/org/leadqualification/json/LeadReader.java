package org.leadqualification.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.internal.LeadMapper;
import org.leadqualification.json.internal.Problem;
import org.leadqualification.model.Lead;

/**
 * Reads the leads of one input lazily, one {@link LeadItem} per lead, in input order. Made by
 * {@link LeadJson#readLeads(Reader)}.
 *
 * <p>The input is a JSON array of leads if its first non-blank character is {@code [}; otherwise it is JSON Lines
 * (one lead per line; blank lines are skipped) or, equally, leads written one after the other, such as a single
 * lead object. Either way it is streamed: only the lead being read is held in memory, so a file of any size can
 * be read. An empty or blank input yields one {@link LeadItem.Failed} (index 0) saying so.
 *
 * <p>No lead is lost: every lead yields exactly one item. A lead that is valid JSON but breaks the wire format
 * (unknown field, wrong type, bad instant, ...) is reported and reading goes on. A duplicate {@code id} is an error
 * for the second lead with it, whether or not the first could be read. Malformed JSON is reported for the lead it
 * is in; then:
 * <ul>
 *   <li>in JSON Lines, reading resumes at the line after the one the broken lead starts on, so the following lines
 *       are read normally (a lead written over several lines that is broken may give one error per further line
 *       of it);</li>
 *   <li>in an array, the token stream cannot be trusted any more: one last {@link LeadItem.Failed} says that the
 *       rest of the input could not be read, and iteration ends (unless the input simply ended, i.e. was
 *       truncated, in which case the lead's own error says so).</li>
 * </ul>
 *
 * <p>Memory: besides the lead being read, the ids seen so far are kept to detect duplicates, in a
 * {@link HashSet} of strings: about 80 bytes plus the id's length per lead (roughly 100 MB per million leads
 * with ten-character ids).
 *
 * <p>Not thread-safe: one thread iterates. Close it (or the {@link #stream()}) to close the input; a failure to read
 * the input itself (not its content) is thrown as {@link UncheckedIOException}.
 */
public final class LeadReader implements Iterator<LeadItem>, Closeable {
    private static final String EMPTY_INPUT =
            "expected a lead object, an array of leads or JSON Lines, got an empty input";
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    private enum Mode { START, ARRAY, SEQUENCE, DONE }

    private final JsonFactory factory;
    private final int maxStringLength;
    private final long maxLeadLength;
    private final int maxInteractions;
    private final ReplayReader in;
    /** The decoder, when this reader decodes bytes itself: it knows where the invalid UTF-8 is. */
    private final Utf8Reader utf8;
    private final boolean shortcut;
    private final Set<String> ids = new HashSet<>();
    private JsonParser parser;
    /** Absolute offset where the current parser started reading. */
    private long base;
    /** Line number (1-based) at {@link #base}. */
    private long baseLine = 1;
    /** Absolute offset just after the last lead read completely. */
    private long valueEnd;
    private long index;
    /** Absolute offset where the lead being read starts. */
    private long leadStart;
    private Mode mode = Mode.START;
    private LeadItem pending;
    private LeadItem last;
    private boolean closed;

    /**
     * @param shortcut whether to read interactions straight into records ({@link TreeBuilder#forLeads}); false only
     *                 to test that it changes nothing
     */
    LeadReader(JsonFactory factory, LeadJson.Limits limits, Reader source, boolean shortcut) {
        this.factory = factory;
        this.maxStringLength = limits.maxStringLength();
        this.maxLeadLength = limits.maxLeadLength();
        this.maxInteractions = limits.maxInteractions();
        this.in = new ReplayReader(source);
        this.utf8 = source instanceof Utf8Reader u ? u : null;
        this.shortcut = shortcut;
    }

    /**
     * @return true if there is another item
     * @throws UncheckedIOException if the input cannot be read
     */
    @Override
    public boolean hasNext() {
        if (pending == null && !closed && (mode != Mode.DONE || last != null)) {
            try {
                pending = advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pending != null;
    }

    /**
     * @return the next lead or error
     * @throws NoSuchElementException if there is none
     * @throws UncheckedIOException   if the input cannot be read
     */
    @Override
    public LeadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more leads");
        }
        LeadItem item = pending;
        pending = null;
        return item;
    }

    /**
     * @return the remaining items as a sequential, ordered stream; closing the stream closes this reader
     */
    public Stream<LeadItem> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                        Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Closes the input. Idempotent.
     *
     * @throws IOException if closing the input fails
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        pending = null;
        try {
            if (parser != null) {
                parser.close();
            }
        } finally {
            in.close();
        }
    }

    private LeadItem advance() throws IOException {
        if (last != null) {
            LeadItem item = last;
            last = null;
            mode = Mode.DONE;
            return item;
        }
        try {
            return switch (mode) {
                case START -> start();
                case ARRAY -> nextInArray();
                case SEQUENCE -> nextInSequence();
                case DONE -> null;
            };
        } catch (CharacterCodingException e) {
            mode = Mode.DONE;
            return failed(index++, Optional.empty(), "",
                    "the input is not valid UTF-8 text after line " + in.lineOf(valueEnd) + ": expected UTF-8 JSON");
        }
    }

    private LeadItem start() throws IOException {
        long offset = 0;
        if (in.charAt(0) == '\uFEFF') {
            offset = 1; // byte order mark
        }
        int c;
        for (long i = offset; ; i++) {
            c = in.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
        }
        if (c < 0) {
            mode = Mode.DONE;
            return failed(index++, Optional.empty(), "", EMPTY_INPUT);
        }
        openParser(offset);
        valueEnd = offset;
        if (c == '[') {
            mode = Mode.ARRAY;
            parser.nextToken(); // the '[' seen above
            return nextInArray();
        }
        mode = Mode.SEQUENCE;
        return nextInSequence();
    }

    private LeadItem nextInArray() throws IOException {
        long idx = -1;
        TreeBuilder builder = null;
        try {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                mode = Mode.DONE;
                if (parser.nextToken() != null) {
                    return failed(index++, Optional.empty(), "", "unexpected content after the closing ']' of the "
                            + "array of leads at line " + line(parser.currentTokenLocation())
                            + ": expected the end of the input");
                }
                return null;
            }
            idx = index++;
            builder = startLead();
            JsonNode tree = builder.read(t);
            long end = offset();
            LeadItem item = item(idx, tree, builder, leadStart, end);
            in.release(end);
            return item;
        } catch (JsonProcessingException e) {
            if (idx < 0) {
                idx = index++;
            }
            mode = Mode.DONE;
            LeadItem item = syntaxError(idx, builder, e, true);
            if (e instanceof LimitException) {
                last = failed(index++, Optional.empty(), "", "the rest of the input could not be read: reading "
                        + "stopped at the lead at index " + idx + ", which is over a limit, and in a JSON array the "
                        + "leads after it cannot be found without reading it; expected JSON Lines to read on past it");
            } else if (!(e instanceof JsonEOFException)) {
                last = failed(index++, Optional.empty(), "", "the rest of the input could not be read: reading "
                        + "stopped at the malformed JSON of the lead at index " + idx
                        + "; expected a valid JSON array of leads");
            }
            return item;
        }
    }

    private LeadItem nextInSequence() throws IOException {
        long idx = -1;
        TreeBuilder builder = null;
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                mode = Mode.DONE;
                return null;
            }
            idx = index++;
            builder = startLead();
            JsonNode tree = builder.read(t);
            valueEnd = offset();
            LeadItem item = item(idx, tree, builder, leadStart, valueEnd);
            in.release(valueEnd);
            return item;
        } catch (JsonProcessingException e) {
            if (idx < 0) {
                idx = index++;
            }
            LeadItem item = syntaxError(idx, builder, e, false);
            resync();
            return item;
        }
    }

    /**
     * Starts the lead at the current token: notes where it starts, bounds its length from there.
     *
     * @return the builder to read it with
     */
    private TreeBuilder startLead() {
        leadStart = tokenOffset();
        in.limit(leadStart, maxLeadLength);
        return shortcut ? TreeBuilder.forLeads(parser, maxInteractions) : new TreeBuilder(parser);
    }

    /** Skips to the line after the one the broken lead starts on and reads on from there with a fresh parser. */
    private void resync() throws IOException {
        long start = valueEnd;
        int c = in.charAt(start);
        while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            c = in.charAt(++start);
        }
        if (c >= 0 && c != '\n') {
            start = in.skipLine(start);
            c = start < 0 ? -1 : '\n';
        }
        if (c < 0) {
            mode = Mode.DONE;
            return;
        }
        parser.close();
        openParser(start + 1);
        valueEnd = start + 1;
        in.release(valueEnd);
    }

    private void openParser(long offset) throws IOException {
        in.rewind(offset);
        base = offset;
        baseLine = in.lineOf(offset);
        parser = factory.createParser(in);
    }

    private long offset() {
        return base + parser.currentLocation().getCharOffset();
    }

    /** @return the absolute offset of the current token's first character */
    private long tokenOffset() {
        return base + parser.currentTokenLocation().getCharOffset();
    }

    private long line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? baseLine : baseLine + location.getLineNr() - 1;
    }

    /**
     * @param start the absolute offset where the lead's text starts
     * @param end   the absolute offset just after it; the text in between must not be released yet
     */
    private LeadItem item(long idx, JsonNode tree, TreeBuilder builder, long start, long end) {
        Optional<LeadItem> notUtf8 = notUtf8(idx, LeadMapper.idOf(tree), start, end);
        if (notUtf8.isPresent()) {
            return notUtf8.get();
        }
        if (builder.unusual()) {
            return reread(idx, start, end);
        }
        return item(idx, tree, builder);
    }

    /**
     * Reads a lead again from its text, as a whole tree, for the general code to find and word its first problem.
     * The text was read once already without a syntax error and with the same limits (at a nesting depth no lower),
     * so it reads the same again.
     */
    private LeadItem reread(long idx, long start, long end) {
        try (JsonParser again = factory.createParser(in.slice(start, end))) {
            TreeBuilder builder = new TreeBuilder(again);
            JsonNode tree = builder.read(again.nextToken());
            return item(idx, tree, builder);
        } catch (IOException e) {
            throw new IllegalStateException("reading lead #" + idx + " again from its text failed", e);
        }
    }

    private LeadItem item(long idx, JsonNode tree, TreeBuilder builder) {
        Optional<String> id = LeadMapper.idOf(tree);
        Optional<Problem> problem = builder.problem();
        if (problem.isPresent()) {
            id.ifPresent(ids::add);
            return failed(idx, id, problem.get().path(), problem.get().getMessage());
        }
        try {
            Lead lead = LeadMapper.read(tree, "", builder.interactions());
            if (!ids.add(lead.id())) {
                return failed(idx, id, "id", "duplicate id " + Problem.quote(lead.id())
                        + ": expected ids unique within a batch (the first lead with this id is kept)");
            }
            return new LeadItem.Parsed(idx, lead);
        } catch (Problem p) {
            id.ifPresent(ids::add);
            return failed(idx, id, p.path(), p.getMessage());
        }
    }

    /**
     * @return an error for the lead if its text, between these absolute offsets, holds invalid UTF-8 (decoded as
     *         U+FFFD, so it read as JSON): that is an error for this lead alone, and reading goes on
     */
    private Optional<LeadItem> notUtf8(long idx, Optional<String> id, long start, long end) {
        long bad = utf8 == null ? -1 : utf8.errorIn(start, end);
        if (bad < 0) {
            return Optional.empty();
        }
        id.ifPresent(ids::add);
        return Optional.of(failed(idx, id, "", "the lead is not valid UTF-8 text (an invalid byte sequence at line "
                + in.lineOf(bad) + "): expected UTF-8 JSON"));
    }

    private LeadItem syntaxError(long idx, TreeBuilder builder, JsonProcessingException e, boolean inArray) {
        Optional<String> id = builder == null ? Optional.empty() : builder.partial().flatMap(LeadMapper::idOf);
        if (builder != null && !(e instanceof LimitException) && !(e instanceof JsonEOFException)) {
            // Invalid UTF-8 decodes to U+FFFD, which may be what broke the JSON: say so rather than quote it. Not
            // for truncated input, whose own message explains why no lead follows.
            Optional<LeadItem> notUtf8 = notUtf8(idx, id, leadStart, Math.max(leadStart + 1, parser.currentLocation()
                    .getCharOffset() + base + 1));
            if (notUtf8.isPresent()) {
                return notUtf8.get();
            }
        }
        String path = builder == null ? "" : builder.at();
        id.ifPresent(ids::add);
        // A limit exception carries no location; the parser's own position is where it stopped.
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return failed(idx, id, path, syntaxMessage(e, inArray, line(where), baseLine, maxStringLength));
    }

    /**
     * @param e               what the parser threw
     * @param inArray         whether the lead is an element of a JSON array
     * @param line            the absolute line the error was found on
     * @param baseLine        the absolute line the parser started on, to correct lines in Jackson's own text
     * @param maxStringLength the configured limit, to explain a too-long string
     * @return what was wrong and what was expected, in words for a person
     */
    static String syntaxMessage(JsonProcessingException e, boolean inArray, long line, long baseLine,
                                int maxStringLength) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof LimitException) {
            return original;
        }
        if (e instanceof StreamConstraintsException) {
            if (original.startsWith("String value length")) {
                return "a string value at line " + line + " is longer than the limit of " + maxStringLength
                        + " characters: expected strings of at most " + maxStringLength + " characters";
            }
            if (original.contains("nesting depth")) {
                return "objects and arrays nested deeper than the limit of " + LeadJson.MAX_NESTING_DEPTH
                        + " levels at line " + line + ": expected a lead with a few levels of nesting";
            }
            if (original.startsWith("Number value length")) {
                return "a number at line " + line + " is longer than the limit of " + LeadJson.MAX_NUMBER_LENGTH
                        + " characters: expected a number of at most " + LeadJson.MAX_NUMBER_LENGTH + " characters";
            }
            return "the input exceeds a reading limit at line " + line + ": " + original;
        }
        if (e instanceof JsonEOFException) {
            return "truncated JSON: the input ends inside this lead"
                    + (inArray ? ", before the closing ']' of the array" : "")
                    + "; expected the rest of the lead's JSON";
        }
        Matcher m = SOURCE_LOCATION.matcher(original);
        StringBuilder cleaned = new StringBuilder();
        while (m.find()) {
            long l = baseLine + Long.parseLong(m.group(1)) - 1;
            m.appendReplacement(cleaned, "[line " + l + ", column " + m.group(2) + "]");
        }
        m.appendTail(cleaned);
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return "malformed JSON at line " + line + (column > 0 ? ", column " + column : "") + ": " + cleaned;
    }

    private static LeadItem failed(long idx, Optional<String> id, String path, String message) {
        return new LeadItem.Failed(idx, new LeadError(id, idx, Optional.of(path), message));
    }
}

package org.leadqualification.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.Outcome;
import org.leadqualification.result.Qualification;

/**
 * Writes results and errors one by one as they are produced, as JSON Lines or as one JSON array, without holding
 * them in memory. A result is written in the qualification form of the wire format, an error in its error form
 * {@code {"leadId", "index", "path", "message"}}. Made by {@link LeadJson#outcomeWriter(Writer, Format)}.
 *
 * <p>Not thread-safe. {@link #close()} finishes the document (the closing {@code ]} of an array) and closes the
 * underlying output.
 */
public final class OutcomeWriter implements Closeable, Flushable {

    /** How the outcomes are laid out. */
    public enum Format {
        /** One compact JSON object per line, each line ending with {@code \n}. */
        JSON_LINES,
        /** One JSON array of objects, pretty-printed if the {@link LeadJson} is. */
        JSON_ARRAY
    }

    private final ObjectMapper mapper;
    private final Writer out;
    private final Format format;
    private final JsonGenerator array;
    private long written;
    private boolean closed;

    OutcomeWriter(ObjectMapper mapper, Writer out, Format format, boolean pretty) throws IOException {
        this.mapper = mapper;
        this.out = Objects.requireNonNull(out, "out");
        this.format = Objects.requireNonNull(format, "format");
        if (format == Format.JSON_ARRAY) {
            array = mapper.createGenerator(out);
            if (pretty) {
                array.useDefaultPrettyPrinter();
            }
            array.writeStartArray();
        } else {
            array = null;
        }
    }

    /**
     * @param outcome a result or an error
     * @throws IOException           if writing fails
     * @throws IllegalStateException if this writer is closed
     */
    public void write(Outcome outcome) throws IOException {
        write(ModelWriter.outcome(Objects.requireNonNull(outcome, "outcome")));
    }

    /**
     * @param qualification a result
     * @throws IOException           if writing fails
     * @throws IllegalStateException if this writer is closed
     */
    public void write(Qualification qualification) throws IOException {
        write(ModelWriter.qualification(Objects.requireNonNull(qualification, "qualification")));
    }

    /**
     * @param error an error
     * @throws IOException           if writing fails
     * @throws IllegalStateException if this writer is closed
     */
    public void write(LeadError error) throws IOException {
        write(ModelWriter.error(Objects.requireNonNull(error, "error")));
    }

    /** @return how many outcomes were written so far */
    public long written() {
        return written;
    }

    private void write(ObjectNode tree) throws IOException {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        if (format == Format.JSON_ARRAY) {
            mapper.writeTree(array, tree);
        } else {
            out.write(mapper.writeValueAsString(tree));
            out.write('\n');
        }
        written++;
    }

    /**
     * Pushes what was written so far to the underlying output.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        if (array != null) {
            array.flush();
        } else {
            out.flush();
        }
    }

    /**
     * Finishes the document and closes the underlying output. Idempotent.
     *
     * @throws IOException if writing or closing fails
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (array != null) {
            try {
                array.writeEndArray();
            } finally {
                array.close();
            }
        } else {
            out.close();
        }
    }
}

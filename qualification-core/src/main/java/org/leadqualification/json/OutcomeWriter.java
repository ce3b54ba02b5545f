package org.leadqualification.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.Outcome;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.json.internal.LeadErrorMapper;
import org.leadqualification.json.internal.QualificationMapper;
import org.leadqualification.result.Qualification;

/**
 * Writes results and errors one by one as they are produced, as JSON Lines or as one JSON array, without holding
 * them in memory. A result is written in the qualification form of the wire format, an error in its error form
 * {@code {"leadId", "index", "path", "message"}}, straight to a Jackson generator (the same text as
 * {@link LeadJson#writeQualification(Qualification)} and {@link LeadJson#writeError(LeadError)}). Made by {@link LeadJson#outcomeWriter(Writer, Format)}.
 *
 * <p>Each {@code write} hands its outcome's text to the underlying output before it returns; in a JSON array it
 * also flushes the underlying output, in JSON Lines only {@link #flush()} does.
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

    private final Writer out;
    private final Format format;
    /** Writes the array, or one object per line (compact, no separator of its own, flushed after each line). */
    private final JsonGenerator generator;
    private long written;
    private boolean closed;

    OutcomeWriter(ObjectMapper mapper, Writer out, Format format, boolean pretty) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        this.format = Objects.requireNonNull(format, "format");
        generator = mapper.createGenerator(out);
        if (format == Format.JSON_ARRAY) {
            if (pretty) {
                generator.useDefaultPrettyPrinter();
            }
            generator.writeStartArray();
        } else {
            // Lines are always compact; the generator's own separator between root values would be a space.
            generator.setRootValueSeparator(null);
            // Hand each line to the output, as a write, without flushing the output itself.
            generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        }
    }

    /**
     * @param outcome a result or an error
     * @throws IOException           if writing fails
     * @throws IllegalStateException if this writer is closed
     */
    public void write(Outcome outcome) throws IOException {
        Objects.requireNonNull(outcome, "outcome");
        checkOpen();
        JsonTrees.write(generator, outcome);
        finish();
    }

    /**
     * @param qualification a result
     * @throws IOException           if writing fails
     * @throws IllegalStateException if this writer is closed
     */
    public void write(Qualification qualification) throws IOException {
        Objects.requireNonNull(qualification, "qualification");
        checkOpen();
        QualificationMapper.write(generator, qualification);
        finish();
    }

    /**
     * @param error an error
     * @throws IOException           if writing fails
     * @throws IllegalStateException if this writer is closed
     */
    public void write(LeadError error) throws IOException {
        Objects.requireNonNull(error, "error");
        checkOpen();
        LeadErrorMapper.write(generator, error);
        finish();
    }

    /** @return how many outcomes were written so far */
    public long written() {
        return written;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
    }

    /** Ends the outcome just written and hands it to the output. */
    private void finish() throws IOException {
        if (format == Format.JSON_LINES) {
            generator.writeRaw('\n');
        }
        // In an array this flushes the output too, as ObjectMapper.writeTree did (FLUSH_AFTER_WRITE_VALUE).
        generator.flush();
        written++;
    }

    /**
     * Pushes what was written so far to the underlying output.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        generator.flush();
        if (format == Format.JSON_LINES) {
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
        try {
            if (format == Format.JSON_ARRAY) {
                generator.writeEndArray();
            }
        } finally {
            generator.close(); // closes the output
        }
    }
}

package org.leadqualification.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.OutcomeWriter;
import org.leadqualification.result.Qualification;

/** Where {@code score} puts results, one at a time. Closing finishes the output but leaves the writer open. */
interface ResultSink extends AutoCloseable {

    /**
     * @param result one more result
     * @throws IOException if writing fails
     */
    void accept(Qualification result) throws IOException;

    /**
     * @param text one more result, already written as this sink's text would write it
     * @throws IOException                   if writing fails
     * @throws UnsupportedOperationException if this sink does not take text
     */
    default void acceptText(String text) throws IOException {
        throw new UnsupportedOperationException("this sink formats results itself");
    }

    /**
     * Called once after the last result.
     *
     * @param errors how many leads had errors
     * @throws IOException if writing fails
     */
    default void finish(long errors) throws IOException {
    }

    @Override
    void close() throws IOException;

    /**
     * @param json   the mapping
     * @param out    standard output
     * @param format array or lines
     * @return a sink writing results as JSON
     * @throws IOException if starting the document fails
     */
    static ResultSink json(LeadJson json, PrintWriter out, OutcomeWriter.Format format) throws IOException {
        OutcomeWriter writer = json.outcomeWriter(unclosable(out), format);
        return new ResultSink() {
            @Override
            public void accept(Qualification result) throws IOException {
                writer.write(result);
            }

            @Override
            public void close() throws IOException {
                writer.close();
                if (format == OutcomeWriter.Format.JSON_ARRAY) {
                    out.println();
                }
                out.flush();
            }
        };
    }

    /**
     * @param out standard output
     * @return a sink of JSON Lines whose results come as text made by an {@link OutcomeWriter} of
     *         {@link OutcomeWriter.Format#JSON_LINES}
     */
    static ResultSink lines(PrintWriter out) {
        return new ResultSink() {
            @Override
            public void accept(Qualification result) {
                throw new UnsupportedOperationException("JSON Lines results come as text");
            }

            @Override
            public void acceptText(String text) {
                out.write(text);
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /**
     * @param out a writer
     * @return a view of it whose {@code close} only flushes: standard output stays usable
     */
    static Writer unclosable(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}

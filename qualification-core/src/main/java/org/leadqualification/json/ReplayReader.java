package org.leadqualification.json;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers what it handed out since the last {@link #release(long) release}, so that after a
 * syntax error the lead reader can find where the broken lead started, skip to the next line and hand the rest to
 * a fresh parser, without losing what the old parser had buffered, and so that it can read a lead with a problem
 * again from its text ({@link #slice(long, long)}). Positions are absolute character offsets.
 *
 * <p>Memory: the characters from the start of the lead being read up to the parser's read-ahead, plus at most
 * {@link #TRIM_THRESHOLD} already-released characters (trimmed lazily, so trimming costs O(1) amortised per char).
 */
final class ReplayReader extends Reader {
    static final int TRIM_THRESHOLD = 1 << 16;

    private final Reader source;
    private final StringBuilder record = new StringBuilder();
    /** Absolute offset of {@code record.charAt(0)}. */
    private long recordStart;
    /** Line number (1-based) at {@link #recordStart}. */
    private long recordStartLine = 1;
    /** Absolute offset of the next character {@link #read(char[], int, int)} returns. */
    private long position;
    private long released;
    /** Absolute offset where the lead being read started, and how many characters from there it may read. */
    private long limitFrom;
    private long maxChars = Long.MAX_VALUE;

    ReplayReader(Reader source) {
        this.source = source;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        long recordedEnd = recordStart + record.length();
        if (position < recordedEnd) {
            int n = (int) Math.min(len, recordedEnd - position);
            int from = (int) (position - recordStart);
            record.getChars(from, from + n, buf, off);
            position += n;
            return n;
        }
        if (position - limitFrom > maxChars) {
            throw new LimitException("the lead is longer than the limit of " + maxChars + " characters (at line "
                    + lineOf(limitFrom) + "): expected a lead of at most " + maxChars
                    + " characters (LeadJson.withMaxLeadLength)");
        }
        int n = source.read(buf, off, len);
        if (n > 0) {
            record.append(buf, off, n);
            position += n;
        }
        return n;
    }

    /**
     * Starts counting the characters of one lead: reading more than {@code max} characters past {@code from} (give
     * or take the parser's read-ahead buffer) throws a {@link LimitException}, before they are held.
     *
     * @param from the absolute offset where the lead starts
     * @param max  how many characters it may have
     */
    void limit(long from, long max) {
        this.limitFrom = from;
        this.maxChars = max;
    }

    /**
     * Skips to the end of a line without holding it: a line of any length is read through in bounded memory.
     *
     * @param from an absolute offset that has not been released
     * @return the absolute offset of the first {@code \n} at or after {@code from}, or -1 if the input ends first;
     *         everything before it is released
     * @throws IOException if the source fails
     */
    long skipLine(long from) throws IOException {
        long i = from;
        while (true) {
            int c = charAt(i);
            if (c < 0) {
                return -1;
            }
            if (c == '\n') {
                return i;
            }
            i++;
            if ((i & 0xFFFF) == 0) {
                position = Math.max(position, i);
                release(i);
            }
        }
    }

    /**
     * @param offset an absolute offset
     * @return the character there, reading ahead from the source if needed (without moving the read position), or
     *         -1 past the end of the input
     */
    int charAt(long offset) throws IOException {
        char[] chunk = null;
        while (offset >= recordStart + record.length()) {
            if (chunk == null) {
                chunk = new char[4096];
            }
            int n = source.read(chunk, 0, chunk.length);
            if (n < 0) {
                return -1;
            }
            record.append(chunk, 0, n);
        }
        if (offset < recordStart) {
            throw new IllegalStateException("offset " + offset + " already released");
        }
        return record.charAt((int) (offset - recordStart));
    }

    /**
     * @param from an absolute offset that has not been released
     * @param to   an absolute offset not beyond what was read from the source
     * @return the characters in between, read from memory without copying them; this reader's own position does
     *         not move
     */
    Reader slice(long from, long to) {
        if (from < recordStart || to > recordStart + record.length() || from > to) {
            throw new IllegalStateException("characters " + from + ".." + to + " are not held");
        }
        return new Reader() {
            private int next = (int) (from - recordStart);
            private final int end = (int) (to - recordStart);

            @Override
            public int read(char[] buf, int off, int len) {
                if (next == end) {
                    return -1;
                }
                int n = Math.min(len, end - next);
                record.getChars(next, next + n, buf, off);
                next += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Makes the next read start at this absolute offset, which must not have been released. */
    void rewind(long offset) {
        if (offset < recordStart) {
            throw new IllegalStateException("offset " + offset + " already released");
        }
        position = offset;
    }

    /** Says the characters before this absolute offset will not be needed again. */
    void release(long offset) {
        released = Math.max(released, Math.min(offset, position));
        int drop = (int) Math.min(released - recordStart, record.length());
        if (drop > TRIM_THRESHOLD) {
            recordStartLine += newlines(0, drop);
            record.delete(0, drop);
            recordStart += drop;
        }
    }

    /** @return the 1-based line number of an absolute offset that has not been released */
    long lineOf(long offset) {
        int end = (int) Math.min(Math.max(offset - recordStart, 0), record.length());
        return recordStartLine + newlines(0, end);
    }

    private int newlines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (record.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}

package org.leadqualification.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Decodes UTF-8 without giving up at the first invalid byte: each malformed sequence becomes U+FFFD and its
 * character offset is remembered, so the lead reader can fail the one lead that holds it and read on (a strict
 * decoder throws, and nothing after the bad byte could be read). A valid U+FFFD in the input is not an error. Only
 * the offsets not yet passed are kept ({@link #errorIn}).
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ArrayDeque<Long> errors = new ArrayDeque<>();
    /** Characters handed out so far, up to the start of {@link #chars}. */
    private long produced;
    private boolean eof;

    Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    /** @return false at the end of the input */
    private boolean fill() throws IOException {
        produced += chars.limit();
        chars.clear();
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                if (!chars.hasRemaining()) {
                    break;
                }
                bytes.position(bytes.position() + r.length());
                errors.add(produced + chars.position());
                chars.put('\uFFFD');
                continue;
            }
            if (r.isOverflow() || chars.position() > 0) {
                break; // hand out what there is before blocking on more input
            }
            if (eof) {
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /**
     * @param from an absolute character offset; errors before it are forgotten
     * @param to   an absolute character offset after {@code from}
     * @return the offset of the first invalid byte sequence in between, or -1
     */
    long errorIn(long from, long to) {
        while (!errors.isEmpty() && errors.peekFirst() < from) {
            errors.pollFirst();
        }
        Long first = errors.peekFirst();
        return first != null && first < to ? first : -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package org.leadqualification.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the due-time index store: the due instant in epoch milliseconds (rounded up, so a lead is never judged
 * before it is due), big-endian, then the lead id in UTF-8. Byte order is time order, so "every lead due by t" is one
 * range scan.
 */
final class DueIndex {
    private DueIndex() {
    }

    static long millisUp(Instant due) {
        long ms = due.toEpochMilli();
        return due.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }

    static Bytes key(Instant due, String leadId) {
        byte[] id = leadId.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(8 + id.length).putLong(Math.max(0, millisUp(due))).put(id).array());
    }

    /** @return the smallest key of any lead due at {@code millis} */
    static Bytes lowest(long millis) {
        return Bytes.wrap(ByteBuffer.allocate(8).putLong(Math.max(0, millis)).array());
    }

    static long dueMillis(Bytes key) {
        return ByteBuffer.wrap(key.get()).getLong();
    }

    static String leadId(Bytes key) {
        byte[] k = key.get();
        return new String(k, 8, k.length - 8, StandardCharsets.UTF_8);
    }
}

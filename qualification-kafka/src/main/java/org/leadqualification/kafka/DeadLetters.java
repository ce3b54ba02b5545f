package org.leadqualification.kafka;

/**
 * The headers of a dead letter. A dead letter is the input record that could not be read or judged, its key and
 * value byte for byte as they came (so it can be fixed and replayed), with these headers added (values UTF-8).
 */
public final class DeadLetters {
    /**
     * The error in the wire format's error form, {@code {"leadId": ..., "index": <offset>, "path": ..., "message": ...}}:
     * {@code leadId} is the record key, {@code index} the record's offset in its topic, {@code path} the JSON path in
     * the record's value when one field is to blame.
     */
    public static final String ERROR = "lq.error";
    /** The topic the record came from. */
    public static final String TOPIC = "lq.topic";
    /** The partition the record came from, in decimal. */
    public static final String PARTITION = "lq.partition";
    /** The record's offset in its partition, in decimal. */
    public static final String OFFSET = "lq.offset";

    private DeadLetters() {
    }
}

package org.leadqualification.kafka;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.json.LeadJson;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;

/**
 * The one processor of the topology: reads lead updates and interaction events (raw bytes, so that a record that
 * cannot be read reaches the dead-letter topic unchanged), merges them into the lead's state, re-judges the lead,
 * writes its result and stage change, and keeps the due-time index that its punctuator scans. One instance per task,
 * used by one stream thread at a time.
 */
final class LeadProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    private final Settings settings;
    private ProcessorContext<byte[], byte[]> context;
    private KeyValueStore<String, LeadState> states;
    private KeyValueStore<Bytes, byte[]> due;
    private Cancellable punctuator;

    /** What every processor of one topology shares: immutable. */
    record Settings(LeadQualifier qualifier, LeadJson json, Topics topics, Duration retention, Duration interval,
                    PunctuationType punctuation) {
        Duration horizon() {
            return retention.plusDays(1);
        }
    }

    LeadProcessor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
        this.states = context.getStateStore(QualificationTopology.STATE_STORE);
        this.due = context.getStateStore(QualificationTopology.DUE_STORE);
        this.punctuator = context.schedule(settings.interval(), settings.punctuation(), this::punctuate);
    }

    @Override
    public void close() {
        if (punctuator != null) {
            punctuator.cancel();
        }
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(0L);
        if (record.key() == null || record.key().length == 0) {
            deadLetter(record, new LeadError(Optional.empty(), offset, Optional.empty(),
                    "the record has no key: expected the lead id as the key"));
            return;
        }
        String leadId = new String(record.key(), StandardCharsets.UTF_8);
        Instant eventTime = Instant.ofEpochMilli(record.timestamp());
        LeadState before = states.get(leadId);
        LeadState current = before != null ? before : LeadState.unknown(leadId);
        LeadState merged;
        try {
            if (topic.equals(settings.topics().leadUpdates())) {
                if (record.value() == null) {
                    forget(leadId, before);
                    return;
                }
                merged = mergeUpdate(current, readLead(leadId, record.value(), offset), eventTime);
            } else {
                merged = mergeInteraction(current, readInteraction(leadId, record.value(), offset), eventTime);
            }
        } catch (InvalidLeadException e) {
            deadLetter(record, e.error());
            return;
        }
        if (merged == null) {
            return; // a duplicate: already counted, nothing new to say
        }
        Qualification q;
        try {
            q = settings.qualifier().qualify(merged.lead(), merged.clock());
        } catch (RuntimeException e) { // JudgementException, or any failure of a custom rule's code
            deadLetter(record, new LeadError(Optional.of(leadId), offset, Optional.empty(),
                    "cannot be judged: " + e.getMessage()));
            return;
        }
        emit(merged, q, StageChange.Trigger.EVENT, record.timestamp());
    }

    /** @return the merged state, or null if the update changes nothing */
    private LeadState mergeUpdate(LeadState s, Lead update, Instant eventTime) {
        List<Interaction> interactions = new ArrayList<>(s.lead().interactions());
        // A set beside the list: a lead's interactions run to thousands, and each one of the update is looked up.
        Set<Interaction> held = new HashSet<>(interactions);
        boolean added = false;
        for (Interaction i : update.interactions()) {
            if (held.add(i)) {
                interactions.add(i);
                added = true;
            }
        }
        Lead profile = LeadState.withInteractions(update, List.of());
        if (!added && s.profileKnown() && profile.equals(LeadState.withInteractions(s.lead(), List.of()))) {
            return null;
        }
        Instant clock = max(s.clock(), eventTime);
        return new LeadState(LeadState.withInteractions(update,
                LeadState.prune(interactions, clock, settings.retention())), true, clock, s.due(), s.last());
    }

    private LeadState mergeInteraction(LeadState s, Interaction i, Instant eventTime) {
        if (s.holds(i)) {
            return null;
        }
        // An interaction is never judged before it happened, whatever the record's timestamp says.
        Instant clock = max(s.clock(), max(eventTime, i.at()));
        List<Interaction> interactions = new ArrayList<>(s.lead().interactions());
        interactions.add(i);
        return new LeadState(LeadState.withInteractions(s.lead(),
                LeadState.prune(interactions, clock, settings.retention())), s.profileKnown(), clock, s.due(), s.last());
    }

    private Lead readLead(String leadId, byte[] value, long offset) {
        Lead lead;
        try {
            lead = settings.json().readLead(new ByteArrayInputStream(value));
        } catch (InvalidLeadException e) {
            throw relocated(e, leadId, offset);
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory
        }
        if (!lead.id().equals(leadId)) {
            throw new InvalidLeadException(new LeadError(Optional.of(leadId), offset, Optional.of("id"),
                    "expected the record key \"" + leadId + "\" as the lead id, got \"" + lead.id() + "\""), null);
        }
        return lead;
    }

    private Interaction readInteraction(String leadId, byte[] value, long offset) {
        if (value == null) {
            throw new InvalidLeadException(new LeadError(Optional.of(leadId), offset, Optional.empty(),
                    "the record has no value: expected an interaction object"), null);
        }
        try {
            return settings.json().readInteraction(new ByteArrayInputStream(value));
        } catch (InvalidLeadException e) {
            throw relocated(e, leadId, offset);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reader's error with the record's key as the lead and its offset as the index. */
    private static InvalidLeadException relocated(InvalidLeadException e, String leadId, long offset) {
        LeadError r = e.error();
        return new InvalidLeadException(new LeadError(Optional.of(leadId), offset, r.path(), r.message()), e);
    }

    private void forget(String leadId, LeadState before) {
        if (before != null) {
            before.due().ifPresent(t -> due.delete(DueIndex.key(t, leadId)));
            states.delete(leadId);
        }
    }

    /** Writes the result (and the stage change, if any), then stores the state and re-indexes its due instant. */
    private void emit(LeadState s, Qualification q, StageChange.Trigger trigger, long timestamp) {
        String leadId = s.lead().id();
        byte[] key = leadId.getBytes(StandardCharsets.UTF_8);
        Headers trig = new RecordHeaders().add(QualificationTopology.TRIGGER_HEADER, utf8(trigger.name()));
        context.forward(new Record<>(key, utf8(settings.json().writeQualification(q)), timestamp, trig),
                QualificationTopology.QUALIFICATIONS_SINK);
        StageChange.between(s.last(), q, trigger).ifPresent(change -> context.forward(
                new Record<>(key, utf8(change.toJson()), timestamp), QualificationTopology.STAGE_CHANGES_SINK));
        Optional<Instant> next = NextChange.after(s.lead(), q.asOf(), settings.horizon());
        if (!next.equals(s.due())) {
            s.due().ifPresent(t -> due.delete(DueIndex.key(t, leadId)));
            next.ifPresent(t -> due.put(DueIndex.key(t, leadId), new byte[0]));
        }
        states.put(leadId, new LeadState(s.lead(), s.profileKnown(), s.clock(), next, Optional.of(q)));
    }

    /**
     * Re-judges the leads due by {@code timestamp} (stream time or wall-clock time, as configured): only those, found
     * by one range scan of the due index. A new result is written only when it differs from the last one in more than
     * its instant; a stage change only when the stage differs.
     */
    void punctuate(long timestamp) {
        List<KeyValue<Bytes, byte[]>> dueNow = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = due.range(DueIndex.lowest(0), DueIndex.lowest(timestamp + 1))) {
            while (it.hasNext()) {
                dueNow.add(it.next());
            }
        }
        Instant now = Instant.ofEpochMilli(timestamp);
        for (KeyValue<Bytes, byte[]> entry : dueNow) {
            due.delete(entry.key);
            String leadId = DueIndex.leadId(entry.key);
            LeadState s = states.get(leadId);
            if (s == null || s.due().isEmpty() || !DueIndex.key(s.due().get(), leadId).equals(entry.key)) {
                continue; // a stale entry: the lead was re-indexed or forgotten since
            }
            Instant asOf = max(s.clock(), now);
            LeadState timed = new LeadState(LeadState.withInteractions(s.lead(),
                    LeadState.prune(s.lead().interactions(), asOf, settings.retention())),
                    s.profileKnown(), asOf, Optional.empty(), s.last());
            Qualification q;
            try {
                q = settings.qualifier().qualify(timed.lead(), asOf);
            } catch (RuntimeException e) {
                // Nothing to dead-letter (no record): keep the last result, and look again at the next change.
                keepLast(timed);
                continue;
            }
            if (s.last().isPresent() && sameResult(s.last().get(), q)) {
                keepLast(timed);
            } else {
                emit(timed, q, StageChange.Trigger.TIME, timestamp);
            }
        }
    }

    /** Stores a re-judged state without a new result, indexed at its next change (its old entry is gone). */
    private void keepLast(LeadState timed) {
        String leadId = timed.lead().id();
        Optional<Instant> next = NextChange.after(timed.lead(), timed.clock(), settings.horizon());
        next.ifPresent(t -> due.put(DueIndex.key(t, leadId), new byte[0]));
        states.put(leadId, new LeadState(timed.lead(), timed.profileKnown(), timed.clock(), next, timed.last()));
    }

    /** Equal in everything but the instant judged at. */
    static boolean sameResult(Qualification a, Qualification b) {
        return a.stage() == b.stage() && a.score() == b.score() && a.grade() == b.grade()
                && a.dimensions().equals(b.dimensions()) && a.reasons().equals(b.reasons())
                && a.qualifications().equals(b.qualifications())
                && Objects.equals(a.recommendedAction(), b.recommendedAction());
    }

    private void deadLetter(Record<byte[], byte[]> record, LeadError error) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(DeadLetters.ERROR, utf8(settings.json().writeError(error)));
        context.recordMetadata().ifPresent(m -> {
            headers.add(DeadLetters.TOPIC, utf8(m.topic()));
            headers.add(DeadLetters.PARTITION, utf8(Integer.toString(m.partition())));
            headers.add(DeadLetters.OFFSET, utf8(Long.toString(m.offset())));
        });
        context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers),
                QualificationTopology.DEAD_LETTERS_SINK);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

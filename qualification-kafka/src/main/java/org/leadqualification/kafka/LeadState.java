package org.leadqualification.kafka;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.leadqualification.json.LeadJson;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;

/**
 * What the state store holds per lead: the lead as known (profile and interactions, deduplicated and pruned), whether
 * a profile has arrived, the lead's clock (the latest event time seen for it), the instant at which time alone can
 * next change its result, and its last result.
 *
 * @param lead         the lead with every interaction kept
 * @param profileKnown whether a lead update has arrived (before that the lead is its id and interactions only)
 * @param clock        the latest instant the lead was judged at; a late event is judged at this instant, not before
 * @param due          when its result can next change by time alone, if ever
 * @param last         its last result, empty before the first judgement
 */
record LeadState(Lead lead, boolean profileKnown, Instant clock, Optional<Instant> due, Optional<Qualification> last) {
    private static final byte VERSION = 1;

    LeadState {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(last, "last");
    }

    static LeadState unknown(String leadId) {
        return new LeadState(Lead.builder(leadId).build(), false, Instant.EPOCH, Optional.empty(), Optional.empty());
    }

    /**
     * Interaction identity: two interactions are the same when type, instant, channel, detail and attributes are all
     * equal (the lead id is the key); a second delivery of the same interaction is not counted again.
     *
     * @return whether the lead already holds this interaction
     */
    boolean holds(Interaction interaction) {
        return lead.interactions().contains(interaction);
    }

    /** @return this state with the lead's interactions replaced */
    static Lead withInteractions(Lead l, List<Interaction> interactions) {
        return new Lead(l.id(), l.source(), l.createdAt(), l.person(), l.company(),
                l.bant(), interactions, l.product(), l.customer(), l.attributes(),
                l.stageHistory(), l.outcome(), l.sales(), l.accountId());
    }

    /**
     * Drops the interactions older than {@code retention} before {@code now}, except the latest of each type: state
     * stays bounded (the recent interactions plus one per type), and the rules that look at the latest interaction
     * of a type however old it is (a spam complaint, "not interested" with no hand-raise after it, recency) judge as
     * before. Only counts of interactions older than the retention shrink.
     *
     * @return the kept interactions, in their order
     */
    static List<Interaction> prune(List<Interaction> interactions, Instant now, Duration retention) {
        Instant cutoff = now.minus(retention);
        Map<String, Interaction> latestOld = new HashMap<>();
        boolean anyOld = false;
        for (Interaction i : interactions) {
            if (i.at().isBefore(cutoff)) {
                anyOld = true;
                latestOld.merge(i.type(), i, (a, b) -> b.at().isAfter(a.at()) ? b : a);
            }
        }
        if (!anyOld) {
            return interactions;
        }
        List<Interaction> kept = new ArrayList<>(interactions.size());
        for (Interaction i : interactions) {
            if (!i.at().isBefore(cutoff) || latestOld.get(i.type()) == i) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** The store's serde: a version byte, the lead and last result in the JSON wire format, the rest binary. */
    static final class StateSerde {
        private final LeadJson json;

        StateSerde(LeadJson json) {
            this.json = json;
        }

        Serde<LeadState> serde() {
            Serializer<LeadState> ser = (topic, s) -> s == null ? null : write(s);
            Deserializer<LeadState> de = (topic, b) -> b == null ? null : read(b);
            return Serdes.serdeFrom(ser, de);
        }

        byte[] write(LeadState s) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(VERSION);
                writeText(out, json.writeLead(s.lead()));
                out.writeBoolean(s.profileKnown());
                writeInstant(out, s.clock());
                out.writeBoolean(s.due().isPresent());
                if (s.due().isPresent()) {
                    writeInstant(out, s.due().get());
                }
                out.writeBoolean(s.last().isPresent());
                if (s.last().isPresent()) {
                    writeText(out, json.writeQualification(s.last().get()));
                }
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory
            }
        }

        LeadState read(byte[] b) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
                byte version = in.readByte();
                if (version != VERSION) {
                    throw new IllegalStateException("lead state of version " + version + ", this library reads "
                            + VERSION + ": was the store written by a newer version?");
                }
                Lead lead = json.readLead(readText(in));
                boolean profileKnown = in.readBoolean();
                Instant clock = readInstant(in);
                Optional<Instant> due = in.readBoolean() ? Optional.of(readInstant(in)) : Optional.empty();
                Optional<Qualification> last = in.readBoolean()
                        ? Optional.of(json.readQualification(readText(in))) : Optional.empty();
                return new LeadState(lead, profileKnown, clock, due, last);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void writeText(DataOutputStream out, String text) throws IOException {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        private static String readText(DataInputStream in) throws IOException {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        private static void writeInstant(DataOutputStream out, Instant t) throws IOException {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }

        private static Instant readInstant(DataInputStream in) throws IOException {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        }
    }
}

package org.leadqualification.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;

/**
 * The bundled sample leads ({@code examples/data/sample-leads.json}) as the events a CRM and a tracking system would
 * send: one lead update per lead (its profile, at its creation) and one interaction event per interaction (at its
 * instant), in time order.
 */
public final class SampleEvents {
    /** Which input topic an event goes to. */
    public enum Kind { LEAD, INTERACTION }

    /**
     * One input record.
     *
     * @param kind      lead update or interaction event
     * @param key       the lead id
     * @param value     the JSON value
     * @param timestamp the record timestamp
     */
    public record Event(Kind kind, String key, String value, Instant timestamp) {
    }

    private SampleEvents() {
    }

    /** @return the sample leads file, found from the working directory up */
    public static Path sampleFile() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path f = dir.resolve("examples/data/sample-leads.json");
            if (Files.exists(f)) {
                return f;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/data/sample-leads.json not found above " + Path.of("").toAbsolutePath());
    }

    /** @return the sample leads, in file order */
    public static List<Lead> leads() {
        List<Lead> leads = new ArrayList<>();
        try (LeadReader reader = LeadJson.standard().readLeads(sampleFile())) {
            while (reader.hasNext()) {
                LeadItem item = reader.next();
                leads.add(item.lead().orElseThrow(() -> new IllegalStateException("bad sample lead: " + item)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return leads;
    }

    /**
     * @param leads  leads
     * @param copies how many copies of each, at least 1
     * @return the leads, each {@code copies} times with ids {@code <id>} (the first copy) and {@code <id>-c<n>}
     */
    public static List<Lead> copies(List<Lead> leads, int copies) {
        List<Lead> out = new ArrayList<>(leads.size() * copies);
        for (int c = 0; c < copies; c++) {
            for (Lead lead : leads) {
                out.add(c == 0 ? lead : lead.toBuilder().id(lead.id() + "-c" + c).build());
            }
        }
        return out;
    }

    /**
     * @param leads leads
     * @return their events, in time order (a lead update before the interactions of the same instant)
     */
    public static List<Event> eventsOf(List<Lead> leads) {
        LeadJson json = LeadJson.standard();
        List<Event> events = new ArrayList<>();
        for (Lead lead : leads) {
            Instant created = lead.createdAt().orElse(lead.interactions().stream().map(Interaction::at)
                    .min(Comparator.naturalOrder()).orElse(Instant.parse("2026-01-01T00:00:00Z")));
            events.add(new Event(Kind.LEAD, lead.id(), json.writeLead(LeadState.withInteractions(lead, List.of())),
                    created));
            for (Interaction i : lead.interactions()) {
                events.add(new Event(Kind.INTERACTION, lead.id(), json.writeInteraction(i), i.at()));
            }
        }
        events.sort(Comparator.comparing(Event::timestamp).thenComparing(e -> e.kind() == Kind.LEAD ? 0 : 1));
        return events;
    }

    /**
     * @param events events
     * @return the leads they make, by id, with every interaction
     */
    public static Map<String, Lead> leadsOf(List<Event> events) {
        LeadJson json = LeadJson.standard();
        Map<String, Lead> profiles = new LinkedHashMap<>();
        Map<String, List<Interaction>> interactions = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.kind() == Kind.LEAD) {
                profiles.put(e.key(), json.readLead(e.value()));
            } else {
                List<Interaction> list = interactions.computeIfAbsent(e.key(), k -> new ArrayList<>());
                Interaction i = json.readInteraction(e.value());
                if (!list.contains(i)) {
                    list.add(i);
                }
            }
        }
        Map<String, Lead> leads = new LinkedHashMap<>();
        interactions.keySet().forEach(id -> profiles.putIfAbsent(id, Lead.builder(id).build()));
        profiles.forEach((id, p) -> leads.put(id,
                LeadState.withInteractions(p, interactions.getOrDefault(id, List.of()))));
        return leads;
    }
}

package org.leadqualification.examples.xeducation;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.leadqualification.model.Channel;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.InteractionTypes;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Person;
import org.leadqualification.model.Seniority;

/** One CSV row to one lead: the mapping {@link XEducation} documents. Immutable and thread-safe. */
final class RowMapper {

    /** The "saw the ad in" flags: each Yes is one {@link XEducation#AD_SEEN} at creation. */
    static final List<String> AD_COLUMNS = List.of("Search", "Magazine", "Newspaper Article", "X Education Forums",
            "Newspaper", "Digital Advertisement");

    /** City groups of the form that are all in India (Maharashtra, Thane, India's metro and tier-II classes). */
    static final Set<String> INDIAN_CITY_GROUPS = Set.of("Mumbai", "Thane & Outskirts",
            "Other Cities of Maharashtra", "Other Metro Cities", "Tier II Cities");

    /** An interaction type and its channel. */
    record Activity(String type, Channel channel) {
    }

    /**
     * {@code Last Activity} values to interaction types: the built-in type where one means the same thing, else a
     * type of our own that the built-in rules do not score (SMS sent and calls are sales' actions, not the lead's).
     */
    static final Map<String, Activity> LAST_ACTIVITY = Map.ofEntries(
            Map.entry("Email Opened", new Activity(InteractionTypes.EMAIL_OPEN, Channel.EMAIL)),
            Map.entry("Email Link Clicked", new Activity(InteractionTypes.EMAIL_CLICK, Channel.EMAIL)),
            Map.entry("View in browser link Clicked", new Activity(InteractionTypes.EMAIL_CLICK, Channel.EMAIL)),
            Map.entry("Email Bounced", new Activity(InteractionTypes.EMAIL_BOUNCE, Channel.EMAIL)),
            Map.entry("Unsubscribed", new Activity(InteractionTypes.UNSUBSCRIBE, Channel.EMAIL)),
            Map.entry("Email Marked Spam", new Activity(InteractionTypes.SPAM_COMPLAINT, Channel.EMAIL)),
            Map.entry("Email Received", new Activity("EMAIL_RECEIVED", Channel.EMAIL)),
            Map.entry("Resubscribed to emails", new Activity("EMAIL_RESUBSCRIBED", Channel.EMAIL)),
            Map.entry("Olark Chat Conversation", new Activity(InteractionTypes.CHAT_CONVERSATION, Channel.CHAT)),
            Map.entry("Page Visited on Website", new Activity(InteractionTypes.PAGE_VIEW, Channel.WEBSITE)),
            Map.entry("Converted to Lead", new Activity(InteractionTypes.FORM_SUBMIT, Channel.WEBSITE)),
            Map.entry("Form Submitted on Website", new Activity(InteractionTypes.FORM_SUBMIT, Channel.WEBSITE)),
            Map.entry("Visited Booth in Tradeshow", new Activity(InteractionTypes.EVENT_ATTENDED, Channel.EVENT)),
            Map.entry("SMS Sent", new Activity("SMS_SENT", Channel.PHONE)),
            Map.entry("Had a Phone Conversation", new Activity("PHONE_CONVERSATION", Channel.PHONE)),
            Map.entry("Unreachable", new Activity("UNREACHABLE", Channel.PHONE)),
            Map.entry("Approached upfront", new Activity("APPROACHED_UPFRONT", Channel.SALES)));

    private static final Map<String, String> COUNTRY_CODES = countryCodes();

    private final XEducation.Options options;

    RowMapper(XEducation.Options options) {
        this.options = options;
    }

    Lead lead(Map<String, String> row, long line) {
        String id = answer(row, "Prospect ID").orElseThrow(() ->
                new XEducationFormatException(line, "Prospect ID", "blank: every lead needs its Prospect ID"));
        long leadNumber = leadNumber(row, line);
        Instant created = options.createdAt(leadNumber);
        Instant decided = created.plus(options.decisionAfter());
        Lead.Builder lead = Lead.builder(id).createdAt(created);
        lead.attribute(XEducation.LEAD_NUMBER, leadNumber);

        answer(row, "Lead Source").ifPresent(s -> {
            lead.source(word(s));
            lead.attribute(XEducation.LEAD_SOURCE, s);
        });
        answer(row, "Lead Origin").ifPresent(s -> lead.attribute(XEducation.LEAD_ORIGIN, s));

        Person.Builder person = Person.builder();
        Optional<String> country = answer(row, "Country");
        Optional<String> city = answer(row, "City");
        country.ifPresent(c -> lead.attribute(XEducation.COUNTRY, c));
        city.ifPresent(c -> lead.attribute(XEducation.CITY, c));
        // The country's ISO code; without a known country ("unknown", "Asia/Pacific Region", blank), India when the
        // city is one of the form's Indian city groups. A known country wins over the city.
        country.map(c -> COUNTRY_CODES.get(c.toLowerCase(Locale.ROOT)))
                .or(() -> city.filter(INDIAN_CITY_GROUPS::contains).map(c -> "IN"))
                .ifPresent(person::country);
        Optional<String> occupation = answer(row, "What is your current occupation");
        occupation.ifPresent(o -> lead.attribute(XEducation.OCCUPATION, o));
        if (options.studentAsSeniority() && occupation.filter("Student"::equalsIgnoreCase).isPresent()) {
            person.seniority(Seniority.STUDENT);
        }
        lead.person(person.build());
        answer(row, "Specialization").ifPresent(s -> lead.attribute(XEducation.SPECIALIZATION, s));
        answer(row, "How did you hear about X Education").ifPresent(s -> lead.attribute(XEducation.HEARD_FROM, s));
        answer(row, "What matters most to you in choosing a course")
                .ifPresent(s -> lead.attribute(XEducation.WHAT_MATTERS, s));

        // What the form said, at the instant the lead was created.
        for (String column : AD_COLUMNS) {
            if (yes(row, column, line)) {
                lead.interaction(Interaction.of(XEducation.AD_SEEN, created, Channel.OTHER).withDetail(column));
            }
        }
        if (yes(row, "Through Recommendations", line)) {
            lead.interaction(Interaction.of(InteractionTypes.REFERRAL, created, Channel.OTHER)
                    .withDetail("Through Recommendations"));
        }
        boolean freeCopy = yes(row, "A free copy of Mastering The Interview", line);
        lead.attribute(XEducation.FREE_COPY, freeCopy);
        if (freeCopy) {
            lead.interaction(Interaction.of(InteractionTypes.CONTENT_DOWNLOAD, created, Channel.WEBSITE)
                    .withDetail("Mastering The Interview"));
        }
        boolean doNotEmail = yes(row, "Do Not Email", line);
        lead.attribute(XEducation.DO_NOT_EMAIL, doNotEmail);
        if (doNotEmail) {
            lead.interaction(Interaction.of(InteractionTypes.UNSUBSCRIBE, created, Channel.EMAIL)
                    .withDetail("Do Not Email"));
        }
        boolean doNotCall = yes(row, "Do Not Call", line);
        lead.attribute(XEducation.DO_NOT_CALL, doNotCall);
        if (doNotCall) {
            lead.interaction(Interaction.of(XEducation.DO_NOT_CALL_REQUEST, created, Channel.PHONE)
                    .withDetail("Do Not Call"));
        }

        // Website visits, then the last activity: instants drawn from a Random seeded with the lead number.
        long window = options.decisionAfter().toMillis();
        Random random = new Random(leadNumber);
        OptionalDouble visits = number(row, "TotalVisits", line);
        OptionalDouble pagesPerVisit = number(row, "Page Views Per Visit", line);
        OptionalDouble seconds = number(row, "Total Time Spent on Website", line);
        visits.ifPresent(v -> lead.attribute(XEducation.TOTAL_VISITS, numberValue(v)));
        pagesPerVisit.ifPresent(v -> lead.attribute(XEducation.PAGE_VIEWS_PER_VISIT, numberValue(v)));
        seconds.ifPresent(v -> lead.attribute(XEducation.TIME_ON_WEBSITE, numberValue(v)));
        int visitCount = (int) Math.round(visits.orElse(0));
        long pageViews = Math.min(Math.round(visits.orElse(0) * pagesPerVisit.orElse(0)), options.maxPageViews());
        if (visitCount > 0 && pageViews > 0) {
            long[] starts = new long[visitCount];
            for (int k = 0; k < visitCount; k++) {
                starts[k] = (long) (random.nextDouble() * (window * 8 / 10));
            }
            Arrays.sort(starts);
            long visitLength = Math.min((long) (seconds.orElse(0) * 1000 / visitCount), window / 20);
            for (long i = 0; i < pageViews; i++) {
                int k = (int) (i % visitCount);
                long j = i / visitCount;
                long pagesInVisit = (pageViews - k + visitCount - 1) / visitCount;
                lead.interaction(Interaction.of(InteractionTypes.PAGE_VIEW,
                        created.plusMillis(starts[k] + visitLength * j / pagesInVisit), Channel.WEBSITE));
            }
        }
        Optional<String> last = answer(row, "Last Activity");
        last.ifPresent(a -> {
            lead.attribute(XEducation.LAST_ACTIVITY, a);
            Activity activity = LAST_ACTIVITY.getOrDefault(a, new Activity(word(a), Channel.OTHER));
            long from = window * 9 / 10;
            long at = from + (long) (random.nextDouble() * (window - from));
            lead.interaction(Interaction.of(activity.type(), created.plusMillis(at), activity.channel())
                    .withDetail(a));
        });

        lead.outcome(converted(row, line) ? DealOutcome.won(decided, null) : DealOutcome.lost(decided, null));
        return lead.build();
    }

    private static long leadNumber(Map<String, String> row, long line) {
        String value = answer(row, "Lead Number").orElseThrow(() ->
                new XEducationFormatException(line, "Lead Number", "blank: every lead needs its Lead Number"));
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new XEducationFormatException(line, "Lead Number", "expected a whole number, got \"" + value
                    + "\"");
        }
    }

    private static boolean converted(Map<String, String> row, long line) {
        String value = row.getOrDefault("Converted", "").strip();
        return switch (value) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new XEducationFormatException(line, "Converted", "expected 1 or 0, got \"" + value
                    + "\"");
        };
    }

    /** The cell, unless blank or {@code Select} (the form field left on its default: not answered). */
    static Optional<String> answer(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("Select")) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private static boolean yes(Map<String, String> row, String column, long line) {
        Optional<String> value = answer(row, column);
        if (value.isEmpty() || value.get().equalsIgnoreCase("No")) {
            return false;
        }
        if (value.get().equalsIgnoreCase("Yes")) {
            return true;
        }
        throw new XEducationFormatException(line, column, "expected Yes or No, got \"" + value.get() + "\"");
    }

    private static OptionalDouble number(Map<String, String> row, String column, long line) {
        Optional<String> value = answer(row, column);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        double d;
        try {
            d = Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!Double.isFinite(d) || d < 0) {
            throw new XEducationFormatException(line, column, "expected a number >= 0, got \"" + value.get()
                    + "\"");
        }
        return OptionalDouble.of(d);
    }

    private static Number numberValue(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : (Number) d;
    }

    /** {@code Direct Traffic} to {@code DIRECT_TRAFFIC}: an interaction type or source word. */
    static String word(String text) {
        String w = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (w.isEmpty()) {
            return "OTHER";
        }
        return Character.isLetter(w.charAt(0)) ? w : "X_" + w;
    }

    private static Map<String, String> countryCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // Names the data writes otherwise than the JDK.
        codes.put("hong kong", "HK");
        codes.put("russia", "RU");
        codes.put("vietnam", "VN");
        codes.put("tanzania", "TZ");
        codes.put("united states", "US");
        codes.put("united kingdom", "GB");
        return Map.copyOf(codes);
    }
}

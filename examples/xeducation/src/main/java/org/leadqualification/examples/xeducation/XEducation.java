package org.leadqualification.examples.xeducation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.leadqualification.json.LeadJson;
import org.leadqualification.model.Lead;

/**
 * Reads the public X Education lead data ({@code Leads.csv}, 9,240 leads of an Indian online-course company,
 * label {@code Converted}) as {@link Lead}s with a won or lost outcome, and writes them as JSON Lines for
 * {@code qualify funnel}.
 *
 * <pre>{@code
 * List<Lead> leads = XEducation.read(Path.of("Leads.csv"));                       // default options
 * List<Lead> leads = XEducation.read(Path.of("Leads.csv"),
 *         XEducation.Options.builder().studentAsSeniority(true).build());
 * XEducation.write(leads, Path.of("x-education.jsonl"));
 * }</pre>
 *
 * <p>The data has no timestamps; the converter gives each lead a synthetic, deterministic timeline: {@code createdAt}
 * from the {@code Lead Number} (assigned in the order leads were procured), the outcome a fixed delay later, and the
 * interactions in between, at instants drawn from a {@link java.util.Random} seeded with the lead number. The same
 * file and options always give the same leads. Columns filled in during or after the sales contact ({@code Tags},
 * {@code Lead Quality}, {@code Lead Profile}, {@code Last Notable Activity}, the four {@code Asymmetrique} columns,
 * {@code I agree to pay the amount through cheque}) are never read. {@code Select} (a form field left on its default)
 * and blank mean "not answered". The full mapping is in the README section "X Education: a funnel report on real
 * data" and in {@link Options}.
 *
 * <p>Stateless and thread-safe.
 */
public final class XEducation {

    /** Lead attribute: the {@code Lead Number} column (a number). */
    public static final String LEAD_NUMBER = "leadNumber";
    /** Lead attribute: the {@code Lead Origin} column (API, Landing Page Submission, ...). */
    public static final String LEAD_ORIGIN = "leadOrigin";
    /** Lead attribute: the {@code Lead Source} column as written (the lead's {@code source} is its upper-case word). */
    public static final String LEAD_SOURCE = "leadSource";
    /** Lead attribute: {@code TotalVisits} (a number; absent when blank). */
    public static final String TOTAL_VISITS = "totalVisits";
    /** Lead attribute: {@code Total Time Spent on Website}, probably seconds (a number). */
    public static final String TIME_ON_WEBSITE = "timeOnWebsite";
    /** Lead attribute: {@code Page Views Per Visit} (a number; absent when blank). */
    public static final String PAGE_VIEWS_PER_VISIT = "pageViewsPerVisit";
    /** Lead attribute: {@code Last Activity} as written. */
    public static final String LAST_ACTIVITY = "lastActivity";
    /** Lead attribute: {@code What is your current occupation} as written. */
    public static final String OCCUPATION = "occupation";
    /** Lead attribute: {@code Specialization} as written. */
    public static final String SPECIALIZATION = "specialization";
    /** Lead attribute: {@code How did you hear about X Education} as written. */
    public static final String HEARD_FROM = "heardFrom";
    /** Lead attribute: {@code What matters most to you in choosing a course} as written. */
    public static final String WHAT_MATTERS = "whatMatters";
    /** Lead attribute: {@code Country} as written (the person's country is its ISO code, when known). */
    public static final String COUNTRY = "country";
    /** Lead attribute: {@code City} as written. */
    public static final String CITY = "city";
    /** Lead attribute: {@code Do Not Email} (a boolean). */
    public static final String DO_NOT_EMAIL = "doNotEmail";
    /** Lead attribute: {@code Do Not Call} (a boolean). */
    public static final String DO_NOT_CALL = "doNotCall";
    /** Lead attribute: {@code A free copy of Mastering The Interview} (a boolean). */
    public static final String FREE_COPY = "freeCopyOfMasteringTheInterview";

    /** Interaction type (not in the built-in vocabulary): saw an ad in the channel named by the detail. */
    public static final String AD_SEEN = "AD_SEEN";
    /** Interaction type (not in the built-in vocabulary): the lead asked not to be called. */
    public static final String DO_NOT_CALL_REQUEST = "DO_NOT_CALL";

    /** The CSV columns the converter reads; a file without one of them is refused. */
    public static final List<String> COLUMNS_READ = List.of("Prospect ID", "Lead Number", "Lead Origin",
            "Lead Source", "Do Not Email", "Do Not Call", "Converted", "TotalVisits", "Total Time Spent on Website",
            "Page Views Per Visit", "Last Activity", "Country", "Specialization",
            "How did you hear about X Education", "What is your current occupation",
            "What matters most to you in choosing a course", "Search", "Magazine", "Newspaper Article",
            "X Education Forums", "Newspaper", "Digital Advertisement", "Through Recommendations", "City",
            "A free copy of Mastering The Interview");

    /**
     * The columns recorded during or after the sales contact, which the converter never reads: they would leak the
     * outcome into the leads (e.g. {@code Tags} "Closed by Horizzon" converts 99%).
     */
    public static final List<String> COLUMNS_EXCLUDED = List.of("Tags", "Lead Quality", "Lead Profile",
            "Last Notable Activity", "Asymmetrique Activity Index", "Asymmetrique Profile Index",
            "Asymmetrique Activity Score", "Asymmetrique Profile Score",
            "I agree to pay the amount through cheque");

    private XEducation() {
    }

    /**
     * Reads a {@code Leads.csv} file with the default options.
     *
     * @param csv the file (UTF-8, header row)
     * @return one lead per row, in file order
     * @throws IOException                if the file cannot be read
     * @throws XEducationFormatException  if a column is missing or a value cannot be read (names line and column)
     */
    public static List<Lead> read(Path csv) throws IOException {
        return read(csv, Options.defaults());
    }

    /**
     * Reads a {@code Leads.csv} file.
     *
     * @param csv     the file (UTF-8, header row)
     * @param options the timeline and mapping choices
     * @return one lead per row, in file order
     * @throws IOException                if the file cannot be read
     * @throws XEducationFormatException  if a column is missing or a value cannot be read (names line and column)
     */
    public static List<Lead> read(Path csv, Options options) throws IOException {
        Objects.requireNonNull(csv, "csv");
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(in, options);
        }
    }

    /**
     * Reads {@code Leads.csv} content.
     *
     * @param csv     the content, header row first; not closed
     * @param options the timeline and mapping choices
     * @return one lead per row, in input order
     * @throws IOException                if the content cannot be read
     * @throws XEducationFormatException  if a column is missing, a value cannot be read or a {@code Prospect ID}
     *                                    repeats (names line and column)
     */
    public static List<Lead> read(Reader csv, Options options) throws IOException {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(options, "options");
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        RowMapper rows = new RowMapper(options);
        List<Lead> leads = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .readValues(csv)) {
            boolean checkedHeader = false;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                long line = leads.size() + 2L;      // the header is line 1; Leads.csv has no multi-line cells
                if (!checkedHeader) {
                    for (String column : COLUMNS_READ) {
                        if (!row.containsKey(column)) {
                            throw new XEducationFormatException(1, column, "missing column \"" + column
                                    + "\": expected the X Education Leads.csv header");
                        }
                    }
                    checkedHeader = true;
                }
                Lead lead = rows.lead(row, line);
                if (!ids.add(lead.id())) {
                    throw new XEducationFormatException(line, "Prospect ID", "duplicate Prospect ID \""
                            + lead.id() + "\"");
                }
                leads.add(lead);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(leads);
    }

    /**
     * Writes leads as JSON Lines (one lead per line, {@link LeadJson#standard()}), readable by
     * {@code qualify funnel} and {@link LeadJson#readLeads(Path)}.
     *
     * @param leads the leads
     * @param jsonl the file to write; replaced if it exists
     * @throws IOException if the file cannot be written
     */
    public static void write(List<Lead> leads, Path jsonl) throws IOException {
        Objects.requireNonNull(leads, "leads");
        try (Writer out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            write(leads, out);
        }
    }

    /**
     * Writes leads as JSON Lines.
     *
     * @param leads the leads
     * @param out   where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Lead> leads, Writer out) throws IOException {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(out, "out");
        LeadJson json = LeadJson.standard();
        Writer w = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        for (Lead lead : leads) {
            w.write(json.writeLead(lead));
            w.write('\n');
        }
        w.flush();
    }

    /**
     * The converter's choices: the synthetic timeline and the mappings a user may want otherwise. Immutable; make one
     * with {@link #builder()}.
     *
     * <p><b>Timeline.</b> Lead number {@code n} is created at
     * {@code start + (n - firstLeadNumber) * span / (lastLeadNumber - firstLeadNumber + 1)} (milliseconds, rounded
     * down): the real file's lead numbers, 579,533 to 660,737, spread evenly over 2019 by default. Lead numbers outside
     * the range extrapolate the same line. The outcome (won or lost, the only history the data has) is recorded
     * {@code decisionAfter} after creation (30 days by default). Every interaction lies in
     * {@code [createdAt, createdAt + decisionAfter)}.
     */
    public static final class Options {
        private static final Options DEFAULTS = builder().build();

        private final Instant start;
        private final Duration span;
        private final long firstLeadNumber;
        private final long lastLeadNumber;
        private final Duration decisionAfter;
        private final int maxPageViews;
        private final boolean studentAsSeniority;

        private Options(Builder b) {
            this.start = b.start;
            this.span = b.span;
            this.firstLeadNumber = b.firstLeadNumber;
            this.lastLeadNumber = b.lastLeadNumber;
            this.decisionAfter = b.decisionAfter;
            this.maxPageViews = b.maxPageViews;
            this.studentAsSeniority = b.studentAsSeniority;
        }

        /** @return the default options */
        public static Options defaults() {
            return DEFAULTS;
        }

        /** @return a builder holding the defaults */
        public static Builder builder() {
            return new Builder();
        }

        /** @return when the lowest lead number was created */
        public Instant start() {
            return start;
        }

        /** @return how long the lead numbers from first to last span */
        public Duration span() {
            return span;
        }

        /** @return the lead number created at {@link #start()} */
        public long firstLeadNumber() {
            return firstLeadNumber;
        }

        /** @return the highest lead number of the span */
        public long lastLeadNumber() {
            return lastLeadNumber;
        }

        /** @return how long after its creation a lead's outcome is recorded */
        public Duration decisionAfter() {
            return decisionAfter;
        }

        /** @return the most page-view interactions made for one lead (the true count is in its attributes) */
        public int maxPageViews() {
            return maxPageViews;
        }

        /** @return whether occupation {@code Student} becomes seniority {@code STUDENT} (the built-in rules then
         *          disqualify the lead) */
        public boolean studentAsSeniority() {
            return studentAsSeniority;
        }

        /**
         * @param leadNumber a lead number
         * @return when that lead was created on the synthetic timeline
         */
        public Instant createdAt(long leadNumber) {
            long slots = lastLeadNumber - firstLeadNumber + 1;
            return start.plusMillis(Math.floorDiv(Math.multiplyExact(leadNumber - firstLeadNumber, span.toMillis()),
                    slots));
        }

        /** Builds {@link Options}. Not thread-safe. */
        public static final class Builder {
            private Instant start = Instant.parse("2019-01-01T00:00:00Z");
            private Duration span = Duration.ofDays(365);
            private long firstLeadNumber = 579_533;
            private long lastLeadNumber = 660_737;
            private Duration decisionAfter = Duration.ofDays(30);
            private int maxPageViews = 50;
            private boolean studentAsSeniority;

            private Builder() {
            }

            /**
             * @param value when the first lead number was created
             * @return this builder
             */
            public Builder start(Instant value) {
                this.start = Objects.requireNonNull(value, "start");
                return this;
            }

            /**
             * @param value how long the lead numbers from first to last span, positive
             * @return this builder
             * @throws IllegalArgumentException if {@code value} is not positive
             */
            public Builder span(Duration value) {
                Objects.requireNonNull(value, "span");
                if (value.isNegative() || value.isZero()) {
                    throw new IllegalArgumentException("span must be positive, got " + value);
                }
                this.span = value;
                return this;
            }

            /**
             * @param first the lead number created at {@code start}
             * @param last  the highest lead number of the span, {@code >= first}
             * @return this builder
             * @throws IllegalArgumentException if {@code last < first}
             */
            public Builder leadNumbers(long first, long last) {
                if (last < first) {
                    throw new IllegalArgumentException("last lead number must be >= first " + first + ", got "
                            + last);
                }
                this.firstLeadNumber = first;
                this.lastLeadNumber = last;
                return this;
            }

            /**
             * @param value how long after creation the outcome is recorded, at least one day (the interactions are
             *              placed before it)
             * @return this builder
             * @throws IllegalArgumentException if {@code value} is shorter than a day
             */
            public Builder decisionAfter(Duration value) {
                Objects.requireNonNull(value, "decisionAfter");
                if (value.compareTo(Duration.ofDays(1)) < 0) {
                    throw new IllegalArgumentException("decisionAfter must be at least 1 day, got " + value);
                }
                this.decisionAfter = value;
                return this;
            }

            /**
             * @param value the most page-view interactions made for one lead, {@code >= 0}
             * @return this builder
             * @throws IllegalArgumentException if {@code value} is negative
             */
            public Builder maxPageViews(int value) {
                if (value < 0) {
                    throw new IllegalArgumentException("maxPageViews must be >= 0, got " + value);
                }
                this.maxPageViews = value;
                return this;
            }

            /**
             * @param value whether occupation {@code Student} becomes seniority {@code STUDENT}; off by default,
             *              because X Education sells courses to students (they convert at 37%, the data's average
             *              is 38.5%), while the built-in B2B rules disqualify students
             * @return this builder
             */
            public Builder studentAsSeniority(boolean value) {
                this.studentAsSeniority = value;
                return this;
            }

            /** @return the options */
            public Options build() {
                return new Options(this);
            }
        }
    }
}

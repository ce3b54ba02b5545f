package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.api.Outcome;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.model.Lead;
import org.leadqualification.regression.ScenarioLoadException;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * A seeded mutation fuzz test of the lead reader (and the engine judging whatever it reads), the profile loader and
 * the scenario loader: byte flips, interesting bytes, truncation at every position, deleted and repeated ranges,
 * type swaps, huge numbers, deep nesting, invalid UTF-8 and other odd text, unknown and repeated fields, over
 * batches with and without a byte order mark, with LF and CRLF line ends, as JSON Lines and as an array.
 *
 * <p>Counted, and required to be 0: <b>escapes</b>, anything thrown out of reading, judging or loading other than
 * the library's own exception for a bad profile or scenario file; <b>lost leads</b>, a valid lead next to the mutated
 * one that does not come out as it went in, or an item without its outcome. The first escapes are saved under
 * {@code target/fuzz-escapes/} with their stack traces.
 *
 * <p>Sizes (system properties): {@code fuzz.leads} (default 100,000 batches), {@code fuzz.profiles} (4,000),
 * {@code fuzz.scenarios} (500), {@code fuzz.seed}. The long run of the README:
 * {@code mvn -B -o -pl qualification-rules -am verify -Dtest=HostileInputFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.leads=10000000}.
 */
class HostileInputFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final int LEAD_BATCHES = Integer.getInteger("fuzz.leads", 100_000);
    private static final int PROFILES = Integer.getInteger("fuzz.profiles", 4_000);
    private static final int SCENARIOS = Integer.getInteger("fuzz.scenarios", 500);
    private static final Instant AS_OF = Leads.AS_OF;
    private static final Path ESCAPES = Path.of("target", "fuzz-escapes");
    private static final String AFTER_ID = "after-7f3a9c";

    private static RuleBasedQualifier engine;
    private static final LeadJson JSON = LeadJson.standard();
    private static int saved;

    @BeforeAll
    static void build() {
        engine = RuleBasedQualifier.builder().build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** Counts of one run. */
    static final class Tally {
        long inputs;
        long escapes;
        long lost;
        long items;
        long parsed;
        long judged;
        long failed;

        @Override
        public String toString() {
            return inputs + " inputs, " + escapes + " escapes, " + lost + " lost leads (" + items + " items: "
                    + parsed + " read, " + judged + " judged, " + failed + " errors)";
        }
    }

    @Test
    void leadReaderAndEngine_mutatedBatches_noEscapes_noLostLeads() throws IOException {
        Random random = new Random(SEED);
        List<Lead> seeds = seeds(random);
        // Ids need only be unique within a batch. The one after the mutated lead is one no mutation makes: a mutated
        // lead that took it first would make it a duplicate, rightly refused.
        List<Lead> befores = seeds.stream().map(l -> rename(l, "A")).toList();
        List<Lead> afters = seeds.stream().map(l -> rename(l, AFTER_ID)).toList();
        List<byte[]> middles = seeds.stream()
                .map(l -> JSON.writeLead(rename(l, "M")).getBytes(StandardCharsets.UTF_8)).toList();
        Mutator mutator = new Mutator(random);
        Tally t = new Tally();
        long start = System.nanoTime();
        for (int n = 0; n < LEAD_BATCHES; n++) {
            byte[] mutated = mutator.mutate(middles.get(random.nextInt(middles.size())));
            checkBatch(t, befores.get(random.nextInt(seeds.size())), mutated,
                    afters.get(random.nextInt(seeds.size())), random.nextInt(8));
            if ((n + 1) % 1_000_000 == 0 && n + 1 < LEAD_BATCHES) {
                report("lead batches so far", t, start); // a long run shows its progress
            }
        }
        report("lead batches", t, start);
        assertThat(t.escapes).as("escapes: %s", t).isZero();
        assertThat(t.lost).as("lost leads: %s", t).isZero();
        assertThat(t.inputs).isEqualTo(LEAD_BATCHES);
    }

    @Test
    void leadReader_truncatedAtEveryPosition_noEscapes_noLostLeads() throws IOException {
        Random random = new Random(SEED + 1);
        List<Lead> seeds = seeds(random);
        Tally t = new Tally();
        long start = System.nanoTime();
        for (int s = 0; s < 6; s++) {
            byte[] whole = JSON.writeLead(seeds.get(s)).getBytes(StandardCharsets.UTF_8);
            for (int cut = 0; cut <= whole.length; cut++) {
                byte[] truncated = java.util.Arrays.copyOf(whole, cut);
                checkBatch(t, rename(seeds.get(s + 1), "A-" + cut), truncated, rename(seeds.get(s + 2), AFTER_ID),
                        cut % 8);
            }
        }
        report("truncations", t, start);
        assertThat(t.escapes).as("escapes: %s", t).isZero();
        assertThat(t.lost).as("lost leads: %s", t).isZero();
    }

    @Test
    void profileLoader_mutatedProfiles_onlyInvalidProfileException() {
        Random random = new Random(SEED + 2);
        List<byte[]> seeds = List.of(
                "classification:\n  mql:\n    minScore: 45\n".getBytes(StandardCharsets.UTF_8),
                "interactions:\n  PARTNER_WORKSHOP: { points: 12, cap: 24, group: event }\nrules:\n  disabled: [\"Careers page viewed\"]\n"
                        .getBytes(StandardCharsets.UTF_8),
                "weights: {fit: 40, engagement: 20, intent: 25, bant: 15}\ngrades: {A: 85, B: 65, C: 45, D: 25}\n"
                        .getBytes(StandardCharsets.UTF_8),
                "{\"fit\": {\"companySize\": [{\"min\": 1, \"max\": 9, \"points\": 1}]}}".getBytes(StandardCharsets.UTF_8),
                RuleBasedQualifier.readResource("org/leadqualification/rules/profile/default-profile.yaml")
                        .getBytes(StandardCharsets.UTF_8));
        Mutator mutator = new Mutator(random);
        Tally t = new Tally();
        long start = System.nanoTime();
        for (int n = 0; n < PROFILES; n++) {
            // The whole default profile one time in ten: it is the slowest to read.
            byte[] seed = seeds.get(random.nextInt(10) == 0 ? seeds.size() - 1 : random.nextInt(seeds.size() - 1));
            byte[] mutated = mutator.mutate(seed);
            t.inputs++;
            try {
                ScoringProfile.parse(new String(mutated, StandardCharsets.UTF_8), "fuzz.yaml");
                t.parsed++;
            } catch (InvalidProfileException e) {
                t.failed++;
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    escape(t, "profile", mutated, e);
                }
            } catch (Throwable e) {
                escape(t, "profile", mutated, e);
            }
        }
        report("profiles", t, start);
        assertThat(t.escapes).as("escapes: %s", t).isZero();
    }

    @Test
    void scenarioLoader_mutatedFiles_onlyScenarioLoadException(@TempDir Path dir) throws IOException {
        Random random = new Random(SEED + 3);
        List<byte[]> seeds = new ArrayList<>();
        for (String f : List.of("bant.yaml", "customer.yaml", "intent.yaml")) {
            seeds.add(RuleBasedQualifier.readResource("scenarios/builtin/" + f).getBytes(StandardCharsets.UTF_8));
        }
        Mutator mutator = new Mutator(random);
        ScenarioRunner runner = ScenarioRunner.of(engine);
        Tally t = new Tally();
        long start = System.nanoTime();
        for (int n = 0; n < SCENARIOS; n++) {
            byte[] mutated = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
            Path file = dir.resolve(random.nextBoolean() ? "fuzz.yaml" : "fuzz.json");
            Files.write(file, mutated);
            t.inputs++;
            try {
                ScenarioSuite suite = ScenarioSuite.load(file);
                t.parsed++;
                runner.run(suite);
                t.judged++;
            } catch (ScenarioLoadException e) {
                t.failed++;
            } catch (Throwable e) {
                escape(t, "scenario", mutated, e);
            } finally {
                Files.delete(file);
            }
        }
        report("scenario files", t, start);
        assertThat(t.escapes).as("escapes: %s", t).isZero();
    }

    /** Reads {@code before}, the mutated lead and {@code after} in one of eight layouts and judges what it reads. */
    private static void checkBatch(Tally t, Lead before, byte[] mutated, Lead after, int layout) {
        boolean array = (layout & 1) == 1;
        boolean crlf = (layout & 2) == 2;
        boolean bom = (layout & 4) == 4;
        String nl = crlf ? "\r\n" : "\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(((array ? "[" : "") + text(before) + (array ? "," : "") + nl)
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(mutated);
        out.writeBytes(((array ? "," : "") + nl + text(after) + (array ? "]" : "") + nl)
                .getBytes(StandardCharsets.UTF_8));
        byte[] input = out.toByteArray();
        t.inputs++;
        List<LeadItem> items = new ArrayList<>();
        try (LeadReader reader = JSON.readLeads(new ByteArrayInputStream(input))) {
            while (reader.hasNext()) {
                LeadItem item = reader.next();
                items.add(item);
                if (item.lead().map(l -> l == before || l.equals(before) || l.equals(after)).orElse(false)) {
                    continue; // judged the same every time: judging it again finds nothing new
                }
                Outcome outcome = item.judge(engine, AS_OF);
                if (outcome.index() != item.index() || outcome.qualification().isPresent() == item.error().isPresent()
                        && item.lead().isEmpty()) {
                    t.lost++;
                }
                t.judged += outcome.qualification().isPresent() ? 1 : 0;
                if (outcome.error().map(e -> e.message().isBlank()).orElse(false)) {
                    escape(t, "blank-message", input, new AssertionError("an error without a message"));
                }
            }
        } catch (Throwable e) {
            escape(t, "lead", input, e);
            return;
        }
        t.items += items.size();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).index() != i) {
                t.lost++;
            }
            t.parsed += items.get(i).lead().isPresent() ? 1 : 0;
            t.failed += items.get(i).error().isPresent() ? 1 : 0;
        }
        // The valid leads around the mutated one come out as they went in. In an array, malformed JSON may leave
        // the rest unreadable, and a mutation that closes the array early leaves content after it: each said by an
        // error of its own. In JSON Lines never.
        if (items.isEmpty() || !items.get(0).lead().map(before::equals).orElse(false)) {
            t.lost++;
        }
        boolean afterRead = !items.isEmpty() && items.get(items.size() - 1).lead().map(after::equals).orElse(false);
        if (!afterRead && (!array || items.stream().noneMatch(i -> i.error().map(e -> e.message()
                .contains("the rest of the input could not be read") || e.message().contains("truncated JSON")
                || e.message().contains("unexpected content after the closing ']'")).orElse(false)))) {
            t.lost++;
            if (saved < 20) {
                save("lost", input, new AssertionError("lead " + after.id() + " lost; items: " + items));
            }
        }
    }

    private static final java.util.Map<Lead, String> TEXTS = new java.util.IdentityHashMap<>();

    /** @return the lead's JSON, written once per lead: the valid leads are the same few every time */
    private static String text(Lead lead) {
        return TEXTS.computeIfAbsent(lead, JSON::writeLead);
    }

    private static List<Lead> seeds(Random random) {
        RandomLeads leads = new RandomLeads(random.nextLong(), AS_OF);
        List<Lead> seeds = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            seeds.add(leads.lead("S-" + i, random.nextInt(6)));
        }
        seeds.add(Leads.clearSql("S-SQL").build());
        seeds.add(Leads.strongFit("S-FIT").build());
        return seeds;
    }

    private static Lead rename(Lead lead, String id) {
        return JSON.readLead(JSON.writeLead(lead).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\""));
    }

    private static void escape(Tally t, String kind, byte[] input, Throwable e) {
        t.escapes++;
        if (saved < 20) {
            save(kind, input, e);
        }
    }

    private static void save(String kind, byte[] input, Throwable e) {
        try {
            Files.createDirectories(ESCAPES);
            int n = ++saved;
            Files.write(ESCAPES.resolve(kind + "-" + n + ".bin"), input);
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(ESCAPES.resolve(kind + "-" + n + ".txt"), trace.toString());
        } catch (IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
    }

    private static void report(String what, Tally t, long start) {
        String line = String.format("fuzz %s (seed %d): %s in %.1f s", what, SEED, t,
                (System.nanoTime() - start) / 1e9);
        System.out.println(line);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-report.txt"), line + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Mutations of a byte array, one to three at a time, from a seeded random source. */
    static final class Mutator {
        private static final byte[] INTERESTING = {0, 0x7F, (byte) 0x80, (byte) 0xC0, (byte) 0xC3, (byte) 0xE2,
                (byte) 0xED, (byte) 0xF0, (byte) 0xFF, '"', '\\', '{', '}', '[', ']', ':', ',', '\n', '\r', ' ', '0',
                '-', 'e', '.', '&', '*', '#', '!', '\t'};
        private static final String[] VALUES = {"\"x\"", "12", "-1", "1.5", "true", "false", "null", "{}", "[]",
                "[1,[2]]", "{\"a\":{}}", "\"2026-10-01T00:00:00Z\"", "\"2026-13-45T99:99:99Z\"", "1e999999",
                "-0", "0.0000000000000000000001", "123456789012345678901234567890", "1E2147483648",
                "-9223372036854775809", "\"\\uD800\"", "\"\\u0000\"", "\"" + "y".repeat(5_000) + "\"", "NaN",
                "\"DEMO_REQUEST\"", "\"demo request\"", "\"\"", "\"   \""};
        private static final byte[][] ODD_TEXT = {
                "é".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
                "\uFFFD".getBytes(StandardCharsets.UTF_8), "\u2028".getBytes(StandardCharsets.UTF_8),
                {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
                "\\u12".getBytes(StandardCharsets.UTF_8), "\\x".getBytes(StandardCharsets.UTF_8),
                "\\uD83D".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
                "*a".getBytes(StandardCharsets.UTF_8), "&a ".getBytes(StandardCharsets.UTF_8),
                "!!python/object ".getBytes(StandardCharsets.UTF_8), "<<: ".getBytes(StandardCharsets.UTF_8),
                "\n- ".getBytes(StandardCharsets.UTF_8), "---\n".getBytes(StandardCharsets.UTF_8)};
        private static final Pattern VALUE = Pattern.compile(
                ":\\s*(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?\\d[\\d.eE+-]*|true|false|null)");
        private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d.eE+-]*");
        private static final Pattern FIELD = Pattern.compile("\"([A-Za-z]+)\"\\s*:");
        private final Random random;

        Mutator(Random random) {
            this.random = random;
        }

        byte[] mutate(byte[] seed) {
            byte[] b = seed;
            int times = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
            for (int i = 0; i < times && b.length > 0; i++) {
                b = once(b);
            }
            return b;
        }

        private byte[] once(byte[] b) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(12)) {
                case 0 -> {
                    b = b.clone();
                    b[at] ^= (byte) (1 << random.nextInt(8));
                    return b;
                }
                case 1 -> {
                    b = b.clone();
                    b[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    return b;
                }
                case 2 -> {
                    return java.util.Arrays.copyOf(b, at);
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(16));
                    return splice(b, at, len, new byte[0]);
                }
                case 4 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(64));
                    return splice(b, random.nextInt(b.length), 0, java.util.Arrays.copyOfRange(b, at, at + len));
                }
                case 5, 6 -> {
                    return replaceMatch(b, VALUE, 1, VALUES[random.nextInt(VALUES.length)]);
                }
                case 7 -> {
                    String[] huge = {"9".repeat(1_200), "1E2147483648", "-9223372036854775809",
                            "1" + "0".repeat(400) + ".5", "0." + "0".repeat(500) + "1", "1e-999999"};
                    return replaceMatch(b, NUMBER, 0, huge[random.nextInt(huge.length)]);
                }
                case 8 -> {
                    int[] depths = {40, 101, 150, 1_000, 2_000};
                    int depth = depths[random.nextInt(depths.length)];
                    String open = random.nextBoolean() ? "[" : "{\"a\":";
                    String nested = open.repeat(depth) + (random.nextBoolean()
                            ? (open.equals("[") ? "]" : "1}").repeat(depth) : "");
                    return splice(b, at, 0, nested.getBytes(StandardCharsets.UTF_8));
                }
                case 9 -> {
                    return splice(b, at, 0, ODD_TEXT[random.nextInt(ODD_TEXT.length)]);
                }
                case 10 -> {
                    String[] names = {"idd", "interactions", "id", "company", "Employees", "atz", "type", "$schema",
                            "scenarios", "expect", "fit", "weights"};
                    return replaceMatch(b, FIELD, 1, names[random.nextInt(names.length)]);
                }
                default -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(32));
                    int to = random.nextInt(b.length);
                    byte[] chunk = java.util.Arrays.copyOfRange(b, at, at + len);
                    return splice(splice(b, at, len, new byte[0]), Math.min(to, b.length - len), 0, chunk);
                }
            }
        }

        private byte[] replaceMatch(byte[] b, Pattern p, int group, String with) {
            String text = new String(b, StandardCharsets.ISO_8859_1); // byte for char: offsets stay byte offsets
            Matcher m = p.matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(group), m.end(group)});
            }
            if (spans.isEmpty()) {
                return splice(b, random.nextInt(b.length), 0, with.getBytes(StandardCharsets.UTF_8));
            }
            int[] s = spans.get(random.nextInt(spans.size()));
            return splice(b, s[0], s[1] - s[0], with.getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
            byte[] out = new byte[b.length - remove + insert.length];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(insert, 0, out, at, insert.length);
            System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
            return out;
        }
    }
}

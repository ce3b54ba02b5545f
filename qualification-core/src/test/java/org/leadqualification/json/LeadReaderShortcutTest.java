package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading interactions straight into records changes nothing: on generated leads with every kind of odd and wrong
 * interaction, lead field and broken JSON, the lead reader gives exactly the items (leads, or errors with their id,
 * index, path and message) that reading each lead as a whole tree gives.
 */
class LeadReaderShortcutTest {
    private static final String[] TYPES = {"\"PAGE_VIEW\"", "\"DEMO_REQUEST\"", "\"demo_request\"", "\" Pricing_Page_View \"",
            "\"demo request!\"", "\"\"", "\"1ST_CALL\"", "\"\u00e9V\u00c9NEMENT\"", "42", "null", "true", "{}", "[\"PAGE_VIEW\"]"};
    private static final String[] ATS = {"\"2026-10-01T09:30:00Z\"", "\"2026-10-01t09:30:00.123z\"",
            "\"2026-10-01T09:30:00.123456789+05:30\"", "\"2024-02-29T23:59:59-18:00\"", "\"2026-02-29T00:00:00Z\"",
            "\"2026-10-01T09:30:00\"", "\"2026-10-01T24:00:00Z\"", "\"2026-10-01T09:30:00+18:30\"", "\"yesterday\"",
            "\"\"", "1727775000", "null", "{\"at\":1}"};
    private static final String[] CHANNELS = {"\"WEBSITE\"", "\"email\"", "\" Product \"", "\"FAX\"", "\"\"", "null",
            "7", "[]"};
    private static final String[] DETAILS = {"\"ebook\"", "\"   \"", "\"\"", "null", "\"a\\nb \\u00e9\"", "12", "false"};
    private static final String[] ATTRIBUTES = {"{}", "null", "{\"n\":1}", "{\"n\":-1.50,\"b\":true,\"s\":\"x\"}",
            "{\"big\":123456789012345678901234567890}", "{\"e\":1e3}", "{\"e\":1E+400}", "{\"\":1}", "{\" \":1}",
            "{\"n\":null}", "{\"n\":{}}", "{\"n\":[1]}", "{\"n\":1,\"n\":2}", "{\"utm source\":\"x\"}", "[]", "\"x\"",
            "{\"l\":9223372036854775807,\"m\":9223372036854775808}"};
    private static final String[] EXTRA = {"\"typo\":1", "\"Type\":\"PAGE_VIEW\"", "\"type\":\"PAGE_VIEW\"",
            "\"at\":\"2026-10-01T09:30:00Z\"", "\"channel\":null", "\"\":0"};
    private static final String[] LEAD_FIELDS = {"\"source\":\"WEBINAR\"", "\"source\":1",
            "\"createdAt\":\"2026-09-14T09:30:00Z\"", "\"createdAt\":\"2026-09-14T09:30:00\"",
            "\"person\":{\"firstName\":\"Ana\",\"seniority\":\"director\"}", "\"person\":{\"seniority\":\"BOSS\"}",
            "\"company\":{\"employees\":250,\"annualRevenue\":25000000.50}", "\"company\":{\"employees\":-1}",
            "\"bant\":{\"budget\":\"CONFIRMED\"}", "\"bant\":{\"budget\":\"LOTS\"}", "\"compnay\":{}",
            "\"product\":{\"plan\":\"TRIAL\",\"signedUpAt\":\"2026-10-02T08:00:00Z\",\"seats\":4}",
            "\"product\":{\"seats\":2.5}", "\"customer\":{\"since\":\"2024-05-01T00:00:00Z\",\"monthlyRevenue\":400}",
            "\"attributes\":{\"campaign\":\"q4\"}", "\"attributes\":{\"x\":null}", "\"interactions\":null",
            "\"interactions\":[]", "\"interactions\":\"none\"", "\"interactions\":[1,{\"type\":\"PAGE_VIEW\"}]",
            "\"id\":\"L-again\"", "\"source\":\"A\""};
    private static final String NOISE = "{}[]:,\"\\ \n0123456789.-+eEtrufalsnTZz\u00e9";

    /** @return the items (records: leads compare field by field, amounts with their scale) and what was thrown */
    private static List<Object> read(String input, Function<StringReader, LeadReader> open) {
        List<Object> items = new ArrayList<>();
        try (LeadReader reader = open.apply(new StringReader(input))) {
            reader.forEachRemaining(items::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            items.add("thrown: " + e);
        }
        return items;
    }

    private static void assertSameItems(LeadJson json, String input) {
        List<Object> tree = read(input, json::readLeadsAsTrees);
        List<Object> shortcut = read(input, json::readLeads);

        assertThat(shortcut).as(input).isEqualTo(tree);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"PAGE_VIEW\",\"at\":\"2026-10-01T09:30:00Z\"}]}",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"PAGE_VIEW\",\"at\":\"soon\"}],\"compnay\":1}",
            "{\"interactions\":[{\"type\":\"PAGE_VIEW\",\"at\":\"2026-10-01T09:30:00Z\"}],\"id\":\"a\",\"id\":\"b\"}",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"x y\",\"type\":\"PAGE_VIEW\",\"at\":\"2026-10-01T09:30:00Z\"}]}",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"x y\",\"at\":\"2026-10-01T09:30:00Z\"}],\"person\":[]}",
            "{\"id\":\"a\",\"person\":[],\"interactions\":[{\"type\":\"x y\",\"at\":\"2026-10-01T09:30:00Z\"}]}",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"x y\",\"at\":\"2026-10-01T09:30:00Z\"}],\"interactions\":[]}",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"A\",\"at\":\"2026-10-01T09:30:00Z\",\"attributes\":{\"k\":1,"
                    + "\"k\":2}}],\"source\":\"x\",\"source\":\"y\"}",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"x y\",\"at\":\"2026-10-01T09:30:00Z\"},{\"type\":1,]}",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"x y\",\"at\":\"2026-10-01T09:30:00Z\"},{\"type\":1",
            "[{\"id\":\"a\",\"interactions\":[{\"type\":\"demo\",\"at\":\"2026-10-01T09:30:00Z\",\"channel\":\"fax\"}]},"
                    + "{\"id\":\"b\",\"interactions\":[{\"type\":\"A\",\"at\":\"2026-10-01T09:30:00Z\"}]}]",
            "{\"id\":\"a\",\"interactions\":[{\"type\":\"A\",\"at\":\"2026-10-01T09:30:00Z\"}]}"
                    + "{\"id\":\"a\",\"interactions\":[{\"type\":\"A\",\"at\":\"2026-10-01T09:30:00Z\"}]}"})
    void oddLeads_giveTheSameItems(String input) {
        assertSameItems(LeadJson.standard(), input);
    }

    @Test
    void generatedAndMutatedBatches_giveTheSameItems() {
        SplittableRandom random = new SplittableRandom(20261124L);
        LeadJson small = LeadJson.standard().withMaxStringLength(40);
        int leads = 0;
        int errors = 0;
        for (int n = 0; n < 3_000; n++) {
            String input = batch(random);
            if (random.nextInt(4) == 0) {
                input = mutate(random, input);
            }
            assertSameItems(LeadJson.standard(), input);
            if (n % 10 == 0) {
                assertSameItems(small, input);
            }
            for (Object item : read(input, LeadJson.standard()::readLeads)) {
                if (item instanceof LeadItem.Parsed) {
                    leads++;
                } else {
                    errors++;
                }
            }
        }
        // Both sides of the shortcut are exercised: leads it reads, and errors it leaves to the general code.
        assertThat(leads).isGreaterThan(1_000);
        assertThat(errors).isGreaterThan(1_000);
    }

    private static String batch(SplittableRandom random) {
        int count = 1 + random.nextInt(4);
        boolean array = random.nextInt(3) == 0;
        boolean pretty = random.nextInt(6) == 0;
        StringBuilder sb = new StringBuilder(array ? "[" : "");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(array ? "," : random.nextInt(5) == 0 ? " " : "\n");
            }
            sb.append(lead(random, i, pretty));
        }
        return sb.append(array ? "]" : "\n").toString();
    }

    private static String lead(SplittableRandom random, int i, boolean pretty) {
        String nl = pretty ? "\n  " : "";
        List<String> fields = new ArrayList<>();
        fields.add(random.nextInt(20) == 0 ? "\"id\":\"  \""
                : "\"id\":\"L-" + (random.nextInt(10) == 0 ? 0 : random.nextInt(100_000)) + "\"");
        for (int f = random.nextInt(3); f > 0; f--) {
            fields.add(pick(random, LEAD_FIELDS));
        }
        StringBuilder interactions = new StringBuilder("\"interactions\":[");
        int count = random.nextInt(8);
        for (int k = 0; k < count; k++) {
            interactions.append(k == 0 ? "" : ",").append(nl);
            interactions.append(random.nextInt(40) == 0 ? pick(random, TYPES) : interaction(random));
        }
        fields.add(random.nextInt(fields.size() + 1), interactions.append(']').toString());
        return "{" + nl + String.join("," + nl, fields) + (pretty ? "\n" : "") + "}";
    }

    private static String interaction(SplittableRandom random) {
        boolean odd = random.nextInt(6) == 0;
        List<String> fields = new ArrayList<>();
        if (!odd || random.nextInt(8) != 0) {
            fields.add("\"type\":" + (odd ? pick(random, TYPES) : TYPES[random.nextInt(2)]));
        }
        if (!odd || random.nextInt(8) != 0) {
            fields.add("\"at\":" + (odd ? pick(random, ATS) : ATS[random.nextInt(4)]));
        }
        if (random.nextBoolean()) {
            fields.add("\"channel\":" + (odd ? pick(random, CHANNELS) : CHANNELS[random.nextInt(3)]));
        }
        if (random.nextInt(3) == 0) {
            fields.add("\"detail\":" + (odd ? pick(random, DETAILS) : DETAILS[0]));
        }
        if (random.nextInt(4) == 0) {
            fields.add("\"attributes\":" + (odd ? pick(random, ATTRIBUTES) : ATTRIBUTES[random.nextInt(4)]));
        }
        if (odd && random.nextInt(4) == 0) {
            fields.add(random.nextInt(fields.size() + 1), pick(random, EXTRA));
        }
        if (random.nextInt(5) == 0) {
            java.util.Collections.shuffle(fields, new java.util.Random(random.nextLong()));
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static String mutate(SplittableRandom random, String input) {
        StringBuilder sb = new StringBuilder(input);
        for (int m = 1 + random.nextInt(2); m > 0 && sb.length() > 0; m--) {
            int at = random.nextInt(sb.length());
            char c = NOISE.charAt(random.nextInt(NOISE.length()));
            switch (random.nextInt(4)) {
                case 0 -> sb.setCharAt(at, c);
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.insert(at, c);
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

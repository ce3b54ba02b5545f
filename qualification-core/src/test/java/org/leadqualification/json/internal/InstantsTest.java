package org.leadqualification.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast instant reader and writer agree with the general code on every input, valid or not. */
class InstantsTest {
    private static final long MIN_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    /** @return the general reader's instant, or null if it rejects the text */
    private static Instant slow(String s) {
        try {
            return InstantMapper.read(s, "at");
        } catch (Problem p) {
            return null;
        }
    }

    private static void assertAgrees(String s) {
        assertThat(Instants.parse(s)).as(s).isEqualTo(slow(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-10-01T09:30:00Z", "2026-10-01t09:30:00z", "2026-10-01T09:30:00+02:00", "2026-10-01T09:30:00-05:30",
            "2026-10-01T09:30:00-00:00", "2026-10-01T09:30:00+18:00", "2026-10-01T09:30:00-18:00",
            "2026-10-01T09:30:00.1Z", "2026-10-01T09:30:00.12Z", "2026-10-01T09:30:00.123Z",
            "2026-10-01T09:30:00.1234Z", "2026-10-01T09:30:00.12345Z", "2026-10-01T09:30:00.123456Z",
            "2026-10-01T09:30:00.1234567Z", "2026-10-01T09:30:00.12345678Z", "2026-10-01T09:30:00.123456789Z",
            "2026-10-01T09:30:00.123456789+14:45", "2024-02-29T00:00:00Z", "2000-02-29T23:59:59Z",
            "0000-02-29T00:00:00Z", "0000-01-01T00:00:00Z", "0000-01-01T00:00:00+01:00", "9999-12-31T23:59:59Z",
            "9999-12-31T23:59:59.999999999-18:00", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z"})
    void validInstants_areReadByTheFastPathAsByTheGeneralOne(String s) {
        assertThat(Instants.parse(s)).isNotNull().isEqualTo(slow(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-32T00:00:00Z", "2026-10-01T24:00:00Z",
            "2026-10-01T23:60:00Z", "2026-10-01T23:59:60Z", "2026-10-01T09:30:00+18:01", "2026-10-01T09:30:00+19:00",
            "2026-10-01T09:30:00+02:60", "2026-10-01T09:30:00.1234567890Z", "2026-10-01T09:30:00.Z",
            "2026-10-01T09:30:00", "2026-10-01 09:30:00Z", "2026-10-01T09:30Z", "2026-10-01T09:30:00+0200",
            "2026-10-01T09:30:00+02", "+2026-10-01T09:30:00Z", "12026-10-01T09:30:00Z", "2026-1-01T09:30:00Z",
            "2026-10-01T09:30:00Z ", " 2026-10-01T09:30:00Z", "2026-10-01T09:30:00ZZ", "2026-10-01T09:30:00UTC",
            "2026-10-01T09:30:00.5", "2026-10-01T09:30:00+02:00Z", "\u0662026-10-01T09:30:00Z", "",
            "last tuesday", "2026-10-01X09:30:00Z", "2026/10/01T09:30:00Z"})
    void anythingElse_isLeftToTheGeneralReader(String s) {
        assertThat(Instants.parse(s)).isNull();
        assertAgrees(s);
    }

    @Test
    void randomInstantsAndMutationsOfThem_agreeWithTheGeneralReader() {
        SplittableRandom random = new SplittableRandom(20261101L);
        String noise = "0123456789-:.+TtZz \u0660\uff10x";
        int fastlyRead = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            sb.append(pad(random.nextInt(10_000), 4)).append('-').append(pad(random.nextInt(14), 2)).append('-')
                    .append(pad(random.nextInt(33), 2)).append(random.nextBoolean() ? 'T' : 't')
                    .append(pad(random.nextInt(25), 2)).append(':').append(pad(random.nextInt(61), 2)).append(':')
                    .append(pad(random.nextInt(61), 2));
            int fraction = random.nextInt(12);
            if (fraction > 0) {
                sb.append('.');
                for (int i = 0; i < fraction - 1; i++) {
                    sb.append((char) ('0' + random.nextInt(10)));
                }
            }
            switch (random.nextInt(4)) {
                case 0 -> sb.append('Z');
                case 1 -> sb.append('z');
                default -> sb.append(random.nextBoolean() ? '+' : '-').append(pad(random.nextInt(20), 2))
                        .append(':').append(pad(random.nextInt(61), 2));
            }
            int mutations = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
            for (int m = 0; m < mutations && sb.length() > 0; m++) {
                int at = random.nextInt(sb.length());
                char c = noise.charAt(random.nextInt(noise.length()));
                switch (random.nextInt(3)) {
                    case 0 -> sb.setCharAt(at, c);
                    case 1 -> sb.deleteCharAt(at);
                    default -> sb.insert(at, c);
                }
            }
            String s = sb.toString();
            assertAgrees(s);
            if (Instants.parse(s) != null) {
                fastlyRead++;
            }
        }
        assertThat(fastlyRead).as("valid inputs seen").isGreaterThan(20_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
            "2026-10-20T15:12:00Z", "2024-02-29T12:00:00.100Z", "2026-10-20T15:12:00.000001Z",
            "2026-10-20T15:12:00.000000001Z", "1969-12-31T23:59:59.5Z", "0000-02-29T00:00:00Z"})
    void format_isInstantToString(String text) {
        Instant t = Instant.parse(text);

        assertThat(Instants.format(t)).isEqualTo(t.toString());
    }

    @Test
    void format_ofRandomInstants_isInstantToString_alsoOutsideTheFastRange() {
        SplittableRandom random = new SplittableRandom(42L);
        for (int n = 0; n < 200_000; n++) {
            long second = switch (n % 4) {
                case 0 -> random.nextLong(MIN_SECOND, MAX_SECOND + 1);
                case 1 -> random.nextLong(-100_000_000L, 4_000_000_000L);
                case 2 -> (random.nextBoolean() ? MIN_SECOND : MAX_SECOND) + random.nextLong(-3 * 86_400L, 3 * 86_400L);
                default -> random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
            };
            int nanos = switch (random.nextInt(5)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                case 3 -> random.nextInt(10) * 100_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(second, nanos);

            assertThat(Instants.format(t)).isEqualTo(t.toString());
        }
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}

package org.leadqualification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Interaction;

/** The interaction's type normalisation and check behave exactly as strip, upper-case and regex did. */
class InteractionTypeTest {
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String ALPHABET = "AZMaz09_ -.\t\u00e9\u00c9\u0131\u0130\u00df\uff21\u0660\u00a0\u2003";
    private static final Instant AT = Instant.parse("2026-10-01T09:30:00Z");

    @Test
    void isTypeWord_agreesWithTheRegexOnRandomStrings() {
        SplittableRandom random = new SplittableRandom(11L);
        for (int n = 0; n < 300_000; n++) {
            String s = random(random);

            assertThat(InteractionTypeWords.isTypeWord(s)).as(s).isEqualTo(TYPE.matcher(s).matches());
        }
    }

    @Test
    void aTypeWord_isUnchangedByStripAndUpperCase() {
        SplittableRandom random = new SplittableRandom(7L);
        int words = 0;
        for (int n = 0; n < 300_000; n++) {
            String s = random(random);

            boolean word = InteractionTypeWords.isTypeWord(s);

            assertThat(word).as(s).isEqualTo(TYPE.matcher(s).matches());
            if (word) {
                words++;
                assertThat(s.strip().toUpperCase(Locale.ROOT)).isEqualTo(s);
            }
        }
        assertThat(words).isGreaterThan(10_000);
    }

    @Test
    void isTypeWord_onTheWireFormatVocabulary() {
        assertThat(InteractionTypeWords.isTypeWord("DEMO_REQUEST")).isTrue();
        assertThat(InteractionTypeWords.isTypeWord("X1")).isTrue();
        assertThat(InteractionTypeWords.isTypeWord("demo_request")).isFalse();
        assertThat(InteractionTypeWords.isTypeWord("_DEMO")).isFalse();
        assertThat(InteractionTypeWords.isTypeWord("1DEMO")).isFalse();
        assertThat(InteractionTypeWords.isTypeWord("")).isFalse();
        assertThat(InteractionTypeWords.isTypeWord("DEMO REQUEST")).isFalse();
    }

    @Test
    void constructor_normalisesAndRejectsAsTheRegexDid() {
        SplittableRandom random = new SplittableRandom(12L);
        for (int n = 0; n < 100_000; n++) {
            String s = random(random);
            String expected = s.strip().toUpperCase(Locale.ROOT);

            Throwable thrown = catchThrowable(() -> assertThat(Interaction.of(s, AT).type()).isEqualTo(expected));

            if (TYPE.matcher(expected).matches()) {
                assertThat(thrown).as(s).isNull();
            } else {
                assertThat(thrown).as(s).isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "type must be an upper-case word of letters, digits and underscores, got \"" + expected + "\"");
            }
        }
    }

    private static String random(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            sb.append(kind == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                    : kind == 1 ? (char) ('a' + random.nextInt(26)) : (char) ('A' + random.nextInt(26)));
        }
        return sb.toString();
    }
}

package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written interaction type check of the reader is the regex it replaced. */
class TypeWordTest {
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String ALPHABET = "AZMaz09_ -.\t\u00e9\u00c9\u0131\u0130\u00df\uff21\u0660\u00a0\u2003";

    @Test
    void isTypeWord_agreesWithTheRegexOnRandomStrings() {
        SplittableRandom random = new SplittableRandom(7L);
        int words = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : (char) ('A' + random.nextInt(26)));
            }
            String s = sb.toString();

            boolean word = ModelReader.isTypeWord(s);

            assertThat(word).as(s).isEqualTo(TYPE.matcher(s).matches());
            if (word) {
                words++;
                assertThat(s.strip().toUpperCase(java.util.Locale.ROOT)).isEqualTo(s);
            }
        }
        assertThat(words).isGreaterThan(10_000);
    }

    @Test
    void isTypeWord_onTheWireFormatVocabulary() {
        assertThat(ModelReader.isTypeWord("DEMO_REQUEST")).isTrue();
        assertThat(ModelReader.isTypeWord("X1")).isTrue();
        assertThat(ModelReader.isTypeWord("demo_request")).isFalse();
        assertThat(ModelReader.isTypeWord("_DEMO")).isFalse();
        assertThat(ModelReader.isTypeWord("1DEMO")).isFalse();
        assertThat(ModelReader.isTypeWord("")).isFalse();
        assertThat(ModelReader.isTypeWord("DEMO REQUEST")).isFalse();
    }
}

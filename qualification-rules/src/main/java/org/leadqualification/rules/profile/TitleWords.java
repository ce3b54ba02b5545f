package org.leadqualification.rules.profile;

import java.util.List;
import java.util.Optional;

/**
 * Finds list values that occur in a text (a job title) as whole words, ignoring case. Words are runs of letters and
 * digits; a value may itself be several words ({@code "revenue operations"}).
 */
final class TitleWords {
    private TitleWords() {
    }

    /**
     * @param values the values to look for, in order
     * @param text   the text
     * @return the first value that occurs in the text as a whole word, or empty
     */
    static Optional<String> firstIn(List<String> values, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String normalised = words(text);
        for (String v : values) {
            int last = normalised.length() - v.length() - 1;
            for (int at = 1; at <= last; at++) {
                if (normalised.charAt(at - 1) == ' ' && normalised.charAt(at + v.length()) == ' '
                        && normalised.regionMatches(true, at, v, 0, v.length())) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** The text as words of letters and digits between single spaces, with a space at each end (no regex: per lead). */
    private static String words(String text) {
        StringBuilder words = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                words.append(ch);
            } else if (words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
            }
        }
        if (words.charAt(words.length() - 1) != ' ') {
            words.append(' ');
        }
        return words.toString();
    }
}

package org.leadqualification.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A lead over one of the reader's limits (its length in characters, its number of interactions), thrown while it is
 * read so that reading stops before the lead is held in memory, and reported like malformed JSON: as that lead's
 * error, with the path where reading stopped. Its message is the whole text for a person.
 */
final class LimitException extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
        super(message);
    }
}

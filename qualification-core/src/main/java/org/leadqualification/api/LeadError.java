package org.leadqualification.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one lead of a batch has no result. Written in JSON as
 * {@code {"leadId": "L-7" | null, "index": 6, "path": "interactions[3].at" | null, "message": "..."}}.
 *
 * @param leadId  the lead's id, when it could be read
 * @param index   the lead's zero-based position in its input
 * @param path    the JSON path of the offending field, when one field is to blame
 * @param message what was wrong and what was expected
 */
public record LeadError(Optional<String> leadId, long index, Optional<String> path, String message) {

    /**
     * @throws IllegalArgumentException if {@code index} is negative or {@code message} blank
     */
    public LeadError {
        leadId = leadId == null ? Optional.empty() : leadId;
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        path = path == null ? Optional.empty() : path.filter(p -> !p.isEmpty());
        Objects.requireNonNull(message, "message must not be null");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    /** @return a one-line description naming the lead, the path and the problem */
    public String describe() {
        StringBuilder sb = new StringBuilder("lead ");
        sb.append(leadId.map(id -> "\"" + id + "\"").orElse("#" + index));
        leadId.ifPresent(id -> sb.append(" (#").append(index).append(')'));
        path.ifPresent(p -> sb.append(" at ").append(p));
        return sb.append(": ").append(message).toString();
    }
}

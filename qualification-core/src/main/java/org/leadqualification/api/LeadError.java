package org.leadqualification.api;

import java.io.Serial;
import java.io.Serializable;
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
public record LeadError(Optional<String> leadId, long index, Optional<String> path, String message)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

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

    /**
     * @param location the lead and field to blame
     * @param message  what was wrong and what was expected
     * @return the error
     */
    public static LeadError at(Location.InLead location, String message) {
        return new LeadError(location.leadId(), location.index(), location.path(), message);
    }

    /** @return the lead, its position and the field to blame, as the location type every error shares */
    public Location.InLead location() {
        return new Location.InLead(leadId, index, path);
    }

    /** @return a one-line description naming the lead, the path and the problem */
    public String describe() {
        return location().describe() + ": " + message;
    }

    /** {@link Optional} is not serializable: a serialized error travels as its location and message. */
    @Serial
    private Object writeReplace() {
        return new Serialized(location(), message);
    }

    private record Serialized(Location.InLead location, String message) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return at(location, message);
        }
    }
}

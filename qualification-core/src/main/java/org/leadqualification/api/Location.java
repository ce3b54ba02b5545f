package org.leadqualification.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a problem is: a place in a file (a rule file, a scenario file, a profile) or a lead of an input (its id,
 * its position, the JSON path of the offending field). Every error of the library names one, so a person or a tool
 * can go straight to it: {@code rules/ours.drl:12:5}, {@code lead "L-7" (#6) at interactions[3].at}.
 *
 * <p>Locations are immutable values and {@link Serializable}: an exception that carries one keeps it across
 * serialization.
 */
public sealed interface Location extends Serializable permits Location.InFile, Location.InLead {

    /** @return the location as a person reads it, e.g. {@code rules/ours.drl:12:5} */
    String describe();

    /**
     * A place in a file.
     *
     * @param file   how the file was named when it was read: a path, {@code classpath:} and a resource name, or a
     *               name given to inline text
     * @param line   1-based line; 0 when the whole file is meant or no line is known
     * @param column 1-based column; 0 when unknown
     */
    record InFile(String file, int line, int column) implements Location {
        @Serial
        private static final long serialVersionUID = 1L;

        /**
         * @throws NullPointerException if {@code file} is null
         */
        public InFile {
            Objects.requireNonNull(file, "file");
            line = Math.max(0, line);
            column = line == 0 ? 0 : Math.max(0, column);
        }

        /**
         * @param file the file
         * @param line 1-based line, 0 when unknown
         * @return the place, without a column
         */
        public static InFile of(String file, int line) {
            return new InFile(file, line, 0);
        }

        /** @return {@code file:line:column}, leaving out an unknown line or column */
        @Override
        public String describe() {
            return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * A lead of an input (a batch, a stream, a scenario), and the field to blame in it.
     */
    final class InLead implements Location {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String leadId;
        private final long index;
        private final String path;

        /**
         * @param leadId the lead's id, when it could be read
         * @param index  the lead's zero-based position in its input
         * @param path   the JSON path of the offending field, when one field is to blame (an empty path means none)
         * @throws IllegalArgumentException if {@code index} is negative
         */
        public InLead(Optional<String> leadId, long index, Optional<String> path) {
            if (index < 0) {
                throw new IllegalArgumentException("index must be >= 0, got " + index);
            }
            this.leadId = leadId == null ? null : leadId.orElse(null);
            this.index = index;
            this.path = path == null ? null : path.filter(p -> !p.isEmpty()).orElse(null);
        }

        /** @return the lead's id, when it could be read */
        public Optional<String> leadId() {
            return Optional.ofNullable(leadId);
        }

        /** @return the lead's zero-based position in its input */
        public long index() {
            return index;
        }

        /** @return the JSON path of the offending field, when one field is to blame */
        public Optional<String> path() {
            return Optional.ofNullable(path);
        }

        /** @return {@code lead "L-7" (#6) at interactions[3].at}, or {@code lead #6} when the id is unknown */
        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("lead ");
            if (leadId == null) {
                sb.append('#').append(index);
            } else {
                sb.append('"').append(leadId).append("\" (#").append(index).append(')');
            }
            if (path != null) {
                sb.append(" at ").append(path);
            }
            return sb.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InLead other && index == other.index && Objects.equals(leadId, other.leadId)
                    && Objects.equals(path, other.path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(leadId, index, path);
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}

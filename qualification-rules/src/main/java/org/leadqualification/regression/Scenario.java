package org.leadqualification.regression;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.profile.ProfileSource;

/**
 * One case of a regression suite: a lead, the instant to judge it at, and what the result must be.
 *
 * @param name         unique within its file; the test's name
 * @param description  what the case is about, for a person
 * @param file         the file it was written in, as it was named when loaded (a path, or {@code classpath:} and
 *                     the resource name); {@code "<code>"} for a scenario built in Java
 * @param line         the 1-based line it starts on in that file; 0 when unknown
 * @param source       the file's URI (with {@code ?line=} when known), for tools that open it
 * @param lead         the lead, with every change of the scenario applied
 * @param asOf         the instant to judge the lead at
 * @param profile      the scoring profile the file's defaults name, resolved against the file
 * @param expectations what the result must be
 */
public record Scenario(String name, Optional<String> description, String file, int line, URI source, Lead lead,
                       Instant asOf, Optional<ProfileSource> profile, Expectations expectations) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code line} negative
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        description = description == null ? Optional.empty() : description.filter(d -> !d.isBlank());
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(expectations, "expectations");
    }

    /**
     * A scenario built in Java rather than read from a file.
     *
     * @param name         the scenario's name
     * @param lead         the lead
     * @param asOf         the instant to judge it at
     * @param expectations what the result must be
     * @return the scenario, with no description and no profile
     */
    public static Scenario of(String name, Lead lead, Instant asOf, Expectations expectations) {
        return new Scenario(name, Optional.empty(), "<code>", 0, URI.create("code:" + name.replace(' ', '_')), lead,
                asOf, Optional.empty(), expectations);
    }

    /** @return {@code file:line}, or just the file when the line is unknown */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}

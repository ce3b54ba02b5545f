package org.leadqualification.regression;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.rules.profile.ProfileSource;

/**
 * One loaded scenario file.
 *
 * @param name      the file as it was named when loaded: a path, or {@code classpath:} and the resource name
 * @param source    the file's URI
 * @param asOf      the default instant its scenarios are judged at
 * @param profile   the scoring profile its defaults name, resolved against the file's folder
 * @param scenarios its scenarios, in file order
 */
public record ScenarioFile(String name, URI source, Optional<Instant> asOf, Optional<ProfileSource> profile,
                           List<Scenario> scenarios) {

    /** @throws NullPointerException if a component is null */
    public ScenarioFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profile, "profile");
        scenarios = List.copyOf(scenarios);
    }
}

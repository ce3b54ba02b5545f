package org.leadqualification.rules.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.leadqualification.api.Location;
import org.leadqualification.rules.internal.ClasspathText;

/**
 * Where a scoring profile comes from: a file, a classpath resource, or a profile already in hand. The engine's
 * builder and the scenario suite take one and read it only when the engine is built, so that every problem is
 * reported at that one point.
 */
public sealed interface ProfileSource permits ProfileSource.File, ProfileSource.Resource, ProfileSource.Value {

    /**
     * @param file a YAML or JSON profile laid over the defaults
     * @return the source
     */
    static ProfileSource file(Path file) {
        return new File(file);
    }

    /**
     * @param resource a classpath resource, e.g. {@code com/acme/rules/profile.yaml}
     * @return the source
     */
    static ProfileSource resource(String resource) {
        return new Resource(resource);
    }

    /**
     * @param profile a profile
     * @return the source
     */
    static ProfileSource of(ScoringProfile profile) {
        return new Value(profile);
    }

    /**
     * Reads the profile.
     *
     * @return the profile
     * @throws InvalidProfileException if it cannot be read or holds an invalid value
     */
    ScoringProfile load();

    /**
     * A profile file laid over the defaults.
     *
     * @param path the file
     */
    record File(Path path) implements ProfileSource {
        /** @throws NullPointerException if {@code path} is null */
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public ScoringProfile load() {
            return ScoringProfile.load(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A profile on the classpath, laid over the defaults, read with the context class loader (or this library's
     * when there is none).
     *
     * @param name the resource name, without a leading slash
     */
    record Resource(String name) implements ProfileSource {
        /**
         * @throws NullPointerException     if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Resource {
            name = ClasspathText.normalise(name);
        }

        @Override
        public ScoringProfile load() {
            String shown = toString();
            try {
                String text = ClasspathText.read(name).orElseThrow(() -> new InvalidProfileException(
                        Location.InFile.of(shown, 0), "", "no such classpath resource", null));
                return ScoringProfile.parse(text, shown);
            } catch (IOException e) {
                throw new InvalidProfileException(Location.InFile.of(shown, 0), "", "cannot read: " + e.getMessage(),
                        e);
            }
        }

        @Override
        public String toString() {
            return "classpath:" + name;
        }
    }

    /**
     * A profile already in hand.
     *
     * @param profile the profile
     */
    record Value(ScoringProfile profile) implements ProfileSource {
        /** @throws NullPointerException if {@code profile} is null */
        public Value {
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public ScoringProfile load() {
            return profile;
        }

        @Override
        public String toString() {
            return "(profile value)";
        }
    }
}

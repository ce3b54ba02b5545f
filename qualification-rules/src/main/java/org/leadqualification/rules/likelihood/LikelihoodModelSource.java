package org.leadqualification.rules.likelihood;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.leadqualification.api.Location;
import org.leadqualification.rules.internal.ClasspathText;

/**
 * Where a likelihood model comes from: a file, a classpath resource, or a model in hand. The engine's builder reads
 * it only in {@code build()}, like the profile.
 */
public sealed interface LikelihoodModelSource
        permits LikelihoodModelSource.File, LikelihoodModelSource.Resource, LikelihoodModelSource.Value {

    /** @param file a model file @return the source */
    static LikelihoodModelSource file(Path file) {
        return new File(file);
    }

    /** @param resource a classpath resource, e.g. {@code com/acme/model.json} @return the source */
    static LikelihoodModelSource resource(String resource) {
        return new Resource(resource);
    }

    /** @param model a model @return the source */
    static LikelihoodModelSource of(LikelihoodModel model) {
        return new Value(model);
    }

    /**
     * @return the model
     * @throws InvalidLikelihoodModelException if it cannot be read or is invalid
     */
    LikelihoodModel load();

    /** @param path the file */
    record File(Path path) implements LikelihoodModelSource {
        /** @throws NullPointerException if {@code path} is null */
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public LikelihoodModel load() {
            return LikelihoodModel.load(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A model on the classpath, read with the context class loader (or this library's when there is none).
     *
     * @param name the resource name, without a leading slash
     */
    record Resource(String name) implements LikelihoodModelSource {
        /** @throws NullPointerException if {@code name} is null @throws IllegalArgumentException if it is blank */
        public Resource {
            name = ClasspathText.normalise(name);
        }

        @Override
        public LikelihoodModel load() {
            try {
                String text = ClasspathText.read(name).orElseThrow(() -> new InvalidLikelihoodModelException(
                        Location.InFile.of(toString(), 0), "", "no such classpath resource", null));
                return LikelihoodModel.parse(text, toString());
            } catch (IOException e) {
                throw new InvalidLikelihoodModelException(Location.InFile.of(toString(), 0), "",
                        "cannot read: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "classpath:" + name;
        }
    }

    /** @param model the model */
    record Value(LikelihoodModel model) implements LikelihoodModelSource {
        /** @throws NullPointerException if {@code model} is null */
        public Value {
            Objects.requireNonNull(model, "model");
        }

        @Override
        public LikelihoodModel load() {
            return model;
        }

        @Override
        public String toString() {
            return "(model value)";
        }
    }
}

package org.leadqualification.rules.likelihood;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.leadqualification.api.Location;

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
            Objects.requireNonNull(name, "name");
            name = name.startsWith("/") ? name.substring(1) : name;
            if (name.isBlank()) {
                throw new IllegalArgumentException("resource name must not be blank");
            }
        }

        @Override
        public LikelihoodModel load() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = LikelihoodModelSource.class.getClassLoader();
            }
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new InvalidLikelihoodModelException(Location.InFile.of(toString(), 0), "",
                            "no such classpath resource", null);
                }
                return LikelihoodModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), toString());
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

package org.leadqualification.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/** A text file on the classpath (a profile, a likelihood model), read one way for every source type that names one. */
public final class ClasspathText {
    private ClasspathText() {
    }

    /**
     * @param name a resource name, with or without a leading slash
     * @return the name without a leading slash
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if it is blank
     */
    public static String normalise(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.startsWith("/") ? name.substring(1) : name;
        if (n.isBlank()) {
            throw new IllegalArgumentException("resource name must not be blank");
        }
        return n;
    }

    /**
     * Reads a resource as UTF-8 with the context class loader, or this library's when there is none.
     *
     * @param name the resource name, without a leading slash
     * @return its text, or empty when no classpath entry holds it
     * @throws IOException if it cannot be read
     */
    public static Optional<String> read(String name) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ClasspathText.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

package org.leadqualification.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds files in a file or folder of the file system, or in a classpath resource (a file or a folder, in every
 * classpath entry that holds it: a folder or a jar). Rule files and scenario files are found this one way.
 *
 * <p>A jar is opened as a zip file system of this scanner's own (never the JVM-wide one registered for its URI,
 * which another thread may close), and {@link #close()} closes every one it opened: read what was found before
 * closing. Not thread-safe; one scanner per search.
 */
public final class ResourceScanner implements AutoCloseable {
    private final ClassLoader loader;
    private final List<FileSystem> opened = new ArrayList<>();

    /**
     * A file found.
     *
     * @param path where to read it (inside an open zip file system for a jar entry)
     * @param name how messages name it: the path as given, or {@code classpath:} and the resource name
     * @param uri  its URI for tools: a {@code file:} URI, or {@code classpath:/} and the resource name
     */
    public record Found(Path path, String name, URI uri) {
    }

    /** A scanner with the context class loader, or this library's when there is none. */
    public ResourceScanner() {
        this(Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ResourceScanner.class.getClassLoader());
    }

    /** @param loader the class loader whose classpath {@link #classpath} searches */
    public ResourceScanner(ClassLoader loader) {
        this.loader = java.util.Objects.requireNonNull(loader, "loader");
    }

    /**
     * @param path     a file (returned whatever its name) or a folder (searched recursively)
     * @param fileName which file names count in a folder
     * @return the file, or the folder's matching files sorted by relative path
     * @throws NoSuchFileException if there is no such file or folder
     * @throws IOException         if the folder cannot be listed
     */
    public List<Found> files(Path path, Predicate<String> fileName) throws IOException {
        if (Files.isDirectory(path)) {
            return walk(path, rel -> path.resolve(rel).toString(), rel -> path.resolve(rel).toUri(), fileName);
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        return List.of(new Found(path, path.toString(), path.toAbsolutePath().toUri()));
    }

    /**
     * @param resource a classpath resource name, e.g. {@code com/acme/rules/} or {@code com/acme/rules/extra.drl}
     * @param fileName which file names count in a folder
     * @return every matching file in every classpath entry that holds the resource, entry by entry in classpath
     *         order, each entry's files sorted by relative path
     * @throws NoSuchFileException if no classpath entry holds the resource
     * @throws IOException         if a classpath entry cannot be read
     */
    public List<Found> classpath(String resource, Predicate<String> fileName) throws IOException {
        String name = resource.replaceAll("^/+|/+$", "");
        // Every classpath entry that holds the resource counts: a test-classes folder of the same package name
        // must not hide the files in the main classes folder or a jar.
        List<URL> urls = Collections.list(loader.getResources(name));
        if (urls.isEmpty()) {
            throw new NoSuchFileException("classpath:" + name, null, "no such classpath resource");
        }
        List<Found> found = new ArrayList<>();
        for (URL url : urls) {
            Path root = open(url);
            if (Files.isRegularFile(root)) {
                found.add(new Found(root, "classpath:" + name, URI.create("classpath:/" + name)));
            } else {
                found.addAll(walk(root, rel -> "classpath:" + name + "/" + rel,
                        rel -> URI.create("classpath:/" + name + "/" + rel), fileName));
            }
        }
        return found;
    }

    /** A classpath URL as a path: a plain one for a folder, one in a zip file system of this scanner's for a jar. */
    private Path open(URL url) throws IOException {
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            String spec = uri.getRawSchemeSpecificPart();
            int bang = spec.indexOf("!/");
            if (bang < 0) {
                throw new IOException("cannot read " + url + ": not a jar entry");
            }
            Path jar = Path.of(new URI(spec.substring(0, bang)));
            FileSystem fs = FileSystems.newFileSystem(jar);
            opened.add(fs);
            return fs.getPath(decode(spec.substring(bang + 1)));
        } catch (URISyntaxException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new IOException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static String decode(String rawPath) throws URISyntaxException {
        return new URI("x", null, rawPath, null).getPath();
    }

    private interface Naming<T> {
        T of(String relative);
    }

    private static List<Found> walk(Path root, Naming<String> name, Naming<URI> uri, Predicate<String> fileName)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> fileName.test(f.getFileName().toString()))
                    .map(f -> relative(root, f))
                    .sorted()
                    .map(rel -> new Found(root.resolve(rel), name.of(rel), uri.of(rel)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    /** Closes the zip file systems this scanner opened. */
    @Override
    public void close() {
        IOException failure = null;
        for (FileSystem fs : opened) {
            try {
                fs.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        opened.clear();
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }
}

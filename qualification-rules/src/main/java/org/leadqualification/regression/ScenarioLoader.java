package org.leadqualification.regression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.leadqualification.regression.ScenarioLoadException.Problem;

/** Finds scenario files in files, folders and classpath folders, and parses them all. */
final class ScenarioLoader {

    /** A file to parse: where to read it, how to show it, its URI. */
    private record Candidate(Path path, String name, URI source) {
    }

    private ScenarioLoader() {
    }

    static ScenarioSuite fromPaths(Collection<Path> paths) {
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Candidate> found = walk(p, rel -> p.resolve(rel).toString(), rel -> p.resolve(rel).toUri());
                if (found.isEmpty()) {
                    problems.add(new Problem(p.toString(), 0, 0, "no scenario files (*.yaml, *.yml, *.json) here"));
                }
                candidates.addAll(found);
            } else if (Files.isRegularFile(p)) {
                candidates.add(new Candidate(p, p.toString(), p.toAbsolutePath().toUri()));
            } else {
                problems.add(new Problem(p.toString(), 0, 0, "no such file or folder"));
            }
        }
        return parse(candidates, problems);
    }

    static ScenarioSuite fromClasspath(String folder, ClassLoader loader) {
        String name = folder.replaceAll("^/+|/+$", "");
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath resources " + name, e);
        }
        boolean any = false;
        while (roots.hasMoreElements()) {
            any = true;
            Path root = path(roots.nextElement());
            if (Files.isRegularFile(root)) {
                candidates.add(new Candidate(root, "classpath:" + name, URI.create("classpath:/" + name)));
            } else {
                candidates.addAll(walk(root, rel -> "classpath:" + name + "/" + rel,
                        rel -> URI.create("classpath:/" + name + "/" + rel)));
            }
        }
        if (!any) {
            problems.add(new Problem("classpath:" + name, 0, 0, "no such classpath resource or folder"));
        } else if (candidates.isEmpty()) {
            problems.add(new Problem("classpath:" + name, 0, 0, "no scenario files (*.yaml, *.yml, *.json) here"));
        }
        return parse(candidates, problems);
    }

    /** Turns a classpath URL into a path: a plain one for a folder, one inside a zip file system for a jar. */
    private static Path path(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    // Left open on purpose: Scenario.profile() paths may point into the jar and must stay readable.
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalArgumentException("cannot open classpath location " + url, e);
        }
    }

    private interface Naming<T> {
        T of(String relative);
    }

    private static List<Candidate> walk(Path root, Naming<String> name, Naming<URI> source) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> isScenarioFileName(f.getFileName().toString()))
                    .map(f -> relative(root, f))
                    .sorted(Comparator.naturalOrder())
                    .map(rel -> new Candidate(root.resolve(rel), name.of(rel), source.of(rel)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private static boolean isScenarioFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /**
     * Parses every candidate. Files that another candidate uses as a lead ({@code leadFile}, or {@code base} given
     * as a path) are leads, not scenario files, and are left out; all other files must be valid scenario files.
     */
    private static ScenarioSuite parse(List<Candidate> candidates, List<Problem> problems) {
        List<ScenarioFileParser> parsers = new ArrayList<>();
        List<Candidate> read = new ArrayList<>();
        Set<Path> leadFiles = new HashSet<>();
        for (Candidate c : candidates) {
            ScenarioFileParser parser = new ScenarioFileParser(c.path(), c.name(), c.source(), problems);
            if (parser.read()) {
                parsers.add(parser);
                read.add(c);
                leadFiles.addAll(parser.referencedLeadFiles());
            }
        }
        List<ScenarioFile> files = new ArrayList<>();
        for (int i = 0; i < parsers.size(); i++) {
            if (!leadFiles.contains(read.get(i).path().toAbsolutePath().normalize())) {
                parsers.get(i).parse().ifPresent(files::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioLoadException(problems);
        }
        return new ScenarioSuite(files);
    }

}

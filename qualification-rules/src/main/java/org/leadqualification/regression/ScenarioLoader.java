package org.leadqualification.regression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leadqualification.regression.ScenarioLoadException.Problem;
import org.leadqualification.rules.internal.ResourceScanner;

/**
 * Finds scenario files in files, folders and classpath folders (with the {@link ResourceScanner} that finds rule
 * files too), and parses them all while the scanner is open.
 */
final class ScenarioLoader {

    private ScenarioLoader() {
    }

    static ScenarioSuite fromPaths(Collection<Path> paths) {
        try (ResourceScanner scanner = new ResourceScanner()) {
            List<ResourceScanner.Found> candidates = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Path p : paths) {
                try {
                    List<ResourceScanner.Found> found = scanner.files(p, ScenarioLoader::isScenarioFileName);
                    if (found.isEmpty()) {
                        problems.add(Problem.of(p.toString(), "no scenario files (*.yaml, *.yml, *.json) here"));
                    }
                    candidates.addAll(found);
                } catch (NoSuchFileException e) {
                    problems.add(Problem.of(p.toString(), "no such file or folder"));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            }
            return parse(candidates, problems);
        }
    }

    static ScenarioSuite fromClasspath(String folder, ClassLoader loader) {
        String name = folder.replaceAll("^/+|/+$", "");
        try (ResourceScanner scanner = new ResourceScanner(loader)) {
            List<ResourceScanner.Found> candidates = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            try {
                candidates.addAll(scanner.classpath(name, ScenarioLoader::isScenarioFileName));
                if (candidates.isEmpty()) {
                    problems.add(Problem.of("classpath:" + name, "no scenario files (*.yaml, *.yml, *.json) here"));
                }
            } catch (NoSuchFileException e) {
                problems.add(Problem.of("classpath:" + name, "no such classpath resource or folder"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list classpath resources " + name, e);
            }
            return parse(candidates, problems);
        }
    }

    private static boolean isScenarioFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /**
     * Parses every candidate. Files that another candidate uses as a lead ({@code leadFile}, or {@code base} given
     * as a path) are leads, not scenario files, and are left out; all other files must be valid scenario files.
     */
    private static ScenarioSuite parse(List<ResourceScanner.Found> candidates, List<Problem> problems) {
        List<ScenarioFileParser> parsers = new ArrayList<>();
        List<ResourceScanner.Found> read = new ArrayList<>();
        Set<Path> leadFiles = new HashSet<>();
        for (ResourceScanner.Found c : candidates) {
            ScenarioFileParser parser = new ScenarioFileParser(c.path(), c.name(), c.uri(), problems);
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

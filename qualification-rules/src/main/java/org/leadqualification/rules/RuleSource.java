package org.leadqualification.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.leadqualification.rules.internal.ResourceScanner;

/** Rules named in the builder, read in {@link RuleBasedQualifier.Builder#build()}: a path, a classpath resource or text. */
sealed interface RuleSource permits RuleSource.FromPath, RuleSource.FromClasspath, RuleSource.Text {

    /**
     * Reads the rule files this source names.
     *
     * @param scanner  finds files; the caller closes it
     * @param out      receives each file read
     * @param problems receives what cannot be read, with the file named
     */
    void read(ResourceScanner scanner, List<DrlSource> out, List<RuleProblem> problems);

    private static boolean isDrl(String fileName) {
        return fileName.endsWith(".drl");
    }

    /** A search for rule files that may fail. */
    interface Search {
        List<ResourceScanner.Found> run() throws IOException;
    }

    /**
     * Runs a search and reads every file it finds; what goes wrong becomes a problem naming {@code shown}.
     *
     * @param shown      how messages name what was searched
     * @param search     the search
     * @param noneFound  the problem when the search finds no file
     * @param missing    the problem when there is nothing at that name
     * @param cannotList the prefix of the problem when the search fails
     */
    private static void read(String shown, Search search, String noneFound, String missing, String cannotList,
                             List<DrlSource> out, List<RuleProblem> problems) {
        List<ResourceScanner.Found> files;
        try {
            files = search.run();
        } catch (NoSuchFileException e) {
            problems.add(RuleProblem.of(shown, 0, missing));
            return;
        } catch (IOException e) {
            problems.add(RuleProblem.of(shown, 0, cannotList + e.getMessage()));
            return;
        }
        if (files.isEmpty()) {
            problems.add(RuleProblem.of(shown, 0, noneFound));
        }
        for (ResourceScanner.Found f : files) {
            try {
                out.add(new DrlSource(f.name(), Files.readString(f.path(), StandardCharsets.UTF_8), false));
            } catch (IOException e) {
                problems.add(RuleProblem.of(f.name(), 0, "cannot read: " + e.getMessage()));
            }
        }
    }

    /**
     * A {@code .drl} file, or every {@code .drl} file under a folder (recursively, in name order).
     *
     * @param path the file or folder
     */
    record FromPath(Path path) implements RuleSource {
        public FromPath {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public void read(ResourceScanner scanner, List<DrlSource> out, List<RuleProblem> problems) {
            RuleSource.read(path.toString(), () -> scanner.files(path, RuleSource::isDrl), "folder holds no .drl file",
                    "no such file or folder", "cannot read folder: ", out, problems);
        }
    }

    /**
     * A classpath resource: one {@code .drl} file, or a folder of them, in every classpath entry that holds it.
     *
     * @param resource the resource name, without a leading slash
     */
    record FromClasspath(String resource) implements RuleSource {
        public FromClasspath {
            Objects.requireNonNull(resource, "resource");
        }

        @Override
        public void read(ResourceScanner scanner, List<DrlSource> out, List<RuleProblem> problems) {
            RuleSource.read("classpath:" + resource, () -> scanner.classpath(resource, RuleSource::isDrl),
                    "no .drl file in this classpath resource", "no such classpath resource", "cannot read: ", out,
                    problems);
        }
    }

    /**
     * Rules given as text.
     *
     * @param name how messages name them
     * @param drl  the DRL
     */
    record Text(String name, String drl) implements RuleSource {
        public Text {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(drl, "drl");
        }

        @Override
        public void read(ResourceScanner scanner, List<DrlSource> out, List<RuleProblem> problems) {
            out.add(new DrlSource(name, drl, false));
        }
    }
}

package org.leadqualification.regression;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Loaded scenario files, ready to run with a {@link ScenarioRunner}.
 *
 * <p>Load from files and folders with {@link #load(Path...)}, or from a classpath folder with
 * {@link #fromClasspath(String)}. Folders are searched recursively for {@code *.yaml}, {@code *.yml} and
 * {@code *.json}, in sorted order; a file that another scenario file uses as a lead ({@code leadFile}, or
 * {@code base} given as a path, or an account scenario's {@code leadFiles}) is a lead, not a scenario file. Account
 * scenario files (top-level {@code accountScenarios}) are left out: {@link AccountScenarios#load} reads them, and
 * {@link RegressionSuite#load} both kinds. Every other file must be a valid scenario file: loading throws a
 * {@link ScenarioLoadException} listing every problem of every file, never skips one.
 *
 * @param files the files, in load order
 */
public record ScenarioSuite(List<ScenarioFile> files) {

    /** @throws NullPointerException if {@code files} or one of them is null */
    public ScenarioSuite {
        files = List.copyOf(files);
    }

    /**
     * Loads scenario files and folders of them.
     *
     * @param paths files and folders
     * @return the suite
     * @throws ScenarioLoadException if a path does not exist, a folder holds no scenario file (or only account
     *                               scenario files), or a file is broken
     */
    public static ScenarioSuite load(Path... paths) {
        return load(Arrays.asList(paths));
    }

    /**
     * Loads scenario files and folders of them.
     *
     * @param paths files and folders
     * @return the suite
     * @throws ScenarioLoadException if a path does not exist, a folder holds no scenario file (or only account
     *                               scenario files), or a file is broken
     */
    public static ScenarioSuite load(Collection<Path> paths) {
        paths.forEach(p -> Objects.requireNonNull(p, "paths must not contain null"));
        return new ScenarioSuite(ScenarioLoader.fromPaths(paths, ScenarioLoader.Kinds.LEADS).files());
    }

    /**
     * Loads scenario files from a classpath folder (or one classpath file) through the thread's context class
     * loader, whether the folder is a directory or inside a jar.
     *
     * @param folder a resource name, e.g. {@code scenarios} or {@code com/acme/scenarios}
     * @return the suite
     * @throws ScenarioLoadException if the folder does not exist, holds no scenario file, or a file is broken
     */
    public static ScenarioSuite fromClasspath(String folder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(folder, loader != null ? loader : ScenarioSuite.class.getClassLoader());
    }

    /**
     * Loads scenario files from a classpath folder (or one classpath file), whether a directory or inside a jar.
     *
     * @param folder a resource name, e.g. {@code scenarios} or {@code com/acme/scenarios}
     * @param loader the class loader to look in
     * @return the suite
     * @throws ScenarioLoadException if the folder does not exist, holds no scenario file, or a file is broken
     */
    public static ScenarioSuite fromClasspath(String folder, ClassLoader loader) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(loader, "loader");
        return new ScenarioSuite(ScenarioLoader.fromClasspath(folder, loader, ScenarioLoader.Kinds.LEADS).files());
    }

    /** @return every scenario of every file, in order */
    public List<Scenario> scenarios() {
        return files.stream().flatMap(f -> f.scenarios().stream()).toList();
    }
}

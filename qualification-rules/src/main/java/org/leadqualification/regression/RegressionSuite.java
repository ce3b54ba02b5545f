package org.leadqualification.regression;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Lead and account scenario files loaded together, for a tool that runs both ({@code qualify verify}). A file is an
 * account scenario file when its top level has {@code accountScenarios}, a lead scenario file when it has
 * {@code scenarios}; a folder may mix them. Files a scenario of either kind uses as leads are leads, not scenario
 * files; a file of neither kind is broken.
 *
 * @param leadSuite        the lead scenario files
 * @param accountScenarios the account scenarios, file by file in load order
 */
public record RegressionSuite(ScenarioSuite leadSuite, List<AccountScenario> accountScenarios) {

    /** @throws NullPointerException if a component or an account scenario is null */
    public RegressionSuite {
        Objects.requireNonNull(leadSuite, "leadSuite");
        accountScenarios = List.copyOf(accountScenarios);
    }

    /**
     * Loads scenario files of both kinds, and folders of them (searched recursively, in sorted order).
     *
     * @param paths files and folders
     * @return the suite
     * @throws ScenarioLoadException listing every problem of every file, also when a path does not exist or holds no
     *                               scenario file
     */
    public static RegressionSuite load(Path... paths) {
        return load(Arrays.asList(paths));
    }

    /**
     * Loads scenario files of both kinds, and folders of them (searched recursively, in sorted order).
     *
     * @param paths files and folders
     * @return the suite
     * @throws ScenarioLoadException listing every problem of every file, also when a path does not exist or holds no
     *                               scenario file
     */
    public static RegressionSuite load(Collection<Path> paths) {
        paths.forEach(p -> Objects.requireNonNull(p, "paths must not contain null"));
        ScenarioLoader.Loaded loaded = ScenarioLoader.fromPaths(paths, ScenarioLoader.Kinds.BOTH);
        return new RegressionSuite(new ScenarioSuite(loaded.files()), loaded.accountScenarios());
    }
}

package org.leadqualification.rules.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one YAML (and JSON: YAML reads both) parser setup of profiles and scenario files, with explicit limits so that
 * no file can exhaust memory or time: SnakeYAML's alias and code-point limits (an "alias bomb", a billion laughs,
 * is refused) and Jackson's limits on nesting, string and number length. A file over a limit fails loading with a
 * problem at its line, like any syntax error.
 */
public final class YamlLimits {
    /** Most characters (code points) of one profile or scenario file: the largest bundled one has 12,000. */
    public static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    /** Most aliases to collections ({@code *anchor}) in one file: ordinary files use a few. */
    public static final int MAX_ALIASES = 50;
    /** Deepest nesting of mappings and sequences. */
    public static final int MAX_NESTING_DEPTH = 50;
    /** Longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 1000;

    private YamlLimits() {
    }

    /** @return Jackson's limits as set here, for the JSON parser of scenario files too */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
    }

    /** @return a new YAML factory with these limits */
    public static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints())
                .build();
    }
}

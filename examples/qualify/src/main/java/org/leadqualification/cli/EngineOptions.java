package org.leadqualification.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadqualification.rules.profile.ProfileSource;
import picocli.CommandLine.Option;

/** The options that choose the rules and the profile, shared by {@code score}, {@code verify} and {@code impact}. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "PATH",
            description = "A .drl file, or a folder searched recursively for them, judged together with the "
                    + "built-in rules (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Leave the built-in rules out: only the rule files given judge.")
    boolean noBuiltIn;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A scoring profile (YAML or JSON) laid over the default profile.")
    Path profile;

    /** @return the engine these options describe */
    EngineSpec spec() {
        return new EngineSpec(!noBuiltIn, rules, Optional.ofNullable(profile).map(ProfileSource::file));
    }
}

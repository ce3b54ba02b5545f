package org.leadqualification.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leadqualification.rules.profile.ProfileSource;

/**
 * What a rule engine is made of: the built-in rules or not, extra rule files and folders, a scoring profile.
 * Equal specs make equal engines, so a spec is also a cache key.
 *
 * @param builtInRules whether the built-in rules are loaded
 * @param rules        extra {@code .drl} files or folders, in order
 * @param profile      a profile laid over the default profile, if any (a file, or a classpath resource named by a
 *                     scenario file in a jar)
 * @param likelihoodModel a learned likelihood model file whose likelihood every result gets, if any
 */
public record EngineSpec(boolean builtInRules, List<Path> rules, Optional<ProfileSource> profile,
                         Optional<Path> likelihoodModel) {

    /** @throws NullPointerException if a component is null */
    public EngineSpec {
        rules = List.copyOf(rules);
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(likelihoodModel, "likelihoodModel");
    }

    /**
     * An engine without a likelihood model.
     *
     * @param builtInRules whether the built-in rules are loaded
     * @param rules        extra {@code .drl} files or folders, in order
     * @param profile      a profile laid over the default profile, if any
     */
    public EngineSpec(boolean builtInRules, List<Path> rules, Optional<ProfileSource> profile) {
        this(builtInRules, rules, profile, Optional.empty());
    }

    /**
     * @param model a likelihood model file, or empty for none
     * @return this spec with that model
     */
    public EngineSpec withLikelihoodModel(Optional<Path> model) {
        return new EngineSpec(builtInRules, rules, profile, model);
    }

    /** @return the built-in rules with the default profile */
    public static EngineSpec builtIn() {
        return new EngineSpec(true, List.of(), Optional.empty());
    }

    /**
     * @param file the profile file, or empty for the default profile
     * @return this spec with that profile
     */
    public EngineSpec withProfile(Optional<ProfileSource> file) {
        return new EngineSpec(builtInRules, rules, file, likelihoodModel);
    }

    /**
     * @param moreRules  rule files or folders added after this spec's
     * @param noBuiltIn  whether to leave the built-in rules out, whatever this spec says
     * @param newProfile a profile replacing this spec's, or empty to keep it
     * @return this spec with those changes, e.g. one side of {@code qualify impact}
     */
    public EngineSpec with(List<Path> moreRules, boolean noBuiltIn, Optional<Path> newProfile) {
        Optional<ProfileSource> replaced = newProfile.map(ProfileSource::file);
        List<Path> all = new ArrayList<>(rules);
        all.addAll(moreRules);
        return new EngineSpec(builtInRules && !noBuiltIn, all, replaced.or(() -> profile), likelihoodModel);
    }

    /** @return e.g. {@code built-in rules + rules/acme.drl, profile acme.yaml}, for people */
    public String describe() {
        StringBuilder sb = new StringBuilder(builtInRules ? "built-in rules" : "no built-in rules");
        if (!rules.isEmpty()) {
            sb.append(" + ").append(rules.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        sb.append(", ").append(profile.map(p -> "profile " + p).orElse("default profile"));
        likelihoodModel.ifPresent(m -> sb.append(", likelihood model ").append(m));
        return sb.toString();
    }
}

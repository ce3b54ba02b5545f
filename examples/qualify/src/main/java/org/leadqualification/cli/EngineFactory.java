package org.leadqualification.cli;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.rules.InvalidRulesException;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.profile.InvalidProfileException;

/**
 * Makes the rule engines the commands judge with. The command line builds a fresh engine per spec and closes it
 * when done ({@link #building()}); a test, which runs many commands, can reuse engines ({@link #caching()})
 * because compiling rules takes seconds.
 */
public interface EngineFactory {

    /**
     * @param spec what the engine is made of
     * @return the engine, to close when done
     * @throws InvalidRulesException   if the rules are invalid or cannot be read
     * @throws InvalidProfileException if the profile is invalid or cannot be read
     */
    Engine open(EngineSpec spec);

    /** @return a factory that compiles a new engine for every call and disposes of it on close */
    static EngineFactory building() {
        return spec -> {
            RuleBasedQualifier qualifier = build(spec);
            return new Engine(qualifier, qualifier::close);
        };
    }

    /**
     * @return a factory that compiles one engine per distinct spec and keeps it for the factory's lifetime; closing
     *         what it returns does nothing. Failed builds are not kept, so they fail again the next time.
     */
    static EngineFactory caching() {
        Map<EngineSpec, RuleBasedQualifier> built = new ConcurrentHashMap<>();
        return spec -> new Engine(built.computeIfAbsent(spec, EngineFactory::build), () -> { });
    }

    private static RuleBasedQualifier build(EngineSpec spec) {
        Objects.requireNonNull(spec, "spec");
        RuleBasedQualifier.Builder builder = RuleBasedQualifier.builder().builtInRules(spec.builtInRules());
        spec.rules().forEach(builder::addRules);
        spec.profile().ifPresent(builder::profile);
        spec.likelihoodModel().ifPresent(builder::likelihoodModel);
        return builder.build();
    }

    /**
     * An engine lent to a command.
     *
     * @param qualifier the engine
     * @param release   what closing does
     */
    record Engine(LeadQualifier qualifier, Runnable release) implements AutoCloseable {
        /** @throws NullPointerException if an argument is null */
        public Engine {
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(release, "release");
        }

        /** Gives the engine back: disposes of it, or leaves it to its cache. */
        @Override
        public void close() {
            release.run();
        }
    }
}

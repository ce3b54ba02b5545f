package org.leadqualification.regression;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.profile.ProfileSource;

/**
 * Runs scenarios against a {@link LeadQualifier}.
 *
 * <p>Scenario files may name a scoring profile in their defaults. The runner does not know how to build an
 * engine from a profile; whoever owns the engine does. {@link #of(LeadQualifier)} runs every scenario against one
 * qualifier and refuses scenarios that name a profile; {@link #withProfiles(Function)} asks a factory for the
 * qualifier of each profile (empty for files that name none), once per profile.
 *
 * <p>Thread-safe once built, as long as the qualifiers and the factory are.
 */
public final class ScenarioRunner {
    private final Function<Optional<ProfileSource>, LeadQualifier> factory;
    private final boolean profiles;
    private final Map<Optional<ProfileSource>, LeadQualifier> qualifiers = new ConcurrentHashMap<>();

    private ScenarioRunner(Function<Optional<ProfileSource>, LeadQualifier> factory, boolean profiles) {
        this.factory = factory;
        this.profiles = profiles;
    }

    /**
     * @param qualifier the qualifier every scenario is run against
     * @return a runner for scenarios that name no profile
     */
    public static ScenarioRunner of(LeadQualifier qualifier) {
        Objects.requireNonNull(qualifier, "qualifier");
        return new ScenarioRunner(profile -> qualifier, false);
    }

    /**
     * @param factory builds the qualifier for a profile path (already resolved against the scenario file), or for
     *                no profile when given empty; called once per distinct profile
     * @return a runner that honours the files' profiles
     */
    public static ScenarioRunner withProfiles(Function<Optional<ProfileSource>, LeadQualifier> factory) {
        Objects.requireNonNull(factory, "factory");
        return new ScenarioRunner(factory, true);
    }

    /**
     * Runs one scenario. A qualifier that throws fails the scenario; it does not stop the caller.
     *
     * @param scenario the scenario
     * @return its result
     * @throws IllegalStateException if the scenario names a profile and this runner has no profile factory, or the
     *                               factory returns null
     */
    public ScenarioResult run(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        LeadQualifier qualifier = qualifier(scenario);
        long start = System.nanoTime();
        Qualification result;
        try {
            result = qualifier.qualify(scenario.lead(), scenario.asOf());
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, Optional.empty(), List.of(), Optional.of(e), since(start));
        }
        Duration elapsed = since(start);
        return new ScenarioResult(scenario, Optional.of(result), scenario.expectations().check(result),
                Optional.empty(), elapsed);
    }

    /**
     * Runs every scenario of a suite, in order.
     *
     * @param suite the suite
     * @return one result per scenario
     * @throws IllegalStateException if a file names a profile and this runner has no profile factory (checked
     *                               before any scenario runs)
     */
    public SuiteResult run(ScenarioSuite suite) {
        Objects.requireNonNull(suite, "suite");
        if (!profiles) {
            suite.files().stream().filter(f -> f.profile().isPresent()).findFirst().ifPresent(f -> {
                throw noFactory(f.name(), f.profile().get());
            });
        }
        return new SuiteResult(suite.scenarios().stream().map(this::run).toList());
    }

    private LeadQualifier qualifier(Scenario scenario) {
        if (!profiles && scenario.profile().isPresent()) {
            throw noFactory(scenario.file(), scenario.profile().get());
        }
        return qualifiers.computeIfAbsent(scenario.profile(), p -> {
            LeadQualifier q = factory.apply(p);
            if (q == null) {
                throw new IllegalStateException("the profile factory returned null for " + p);
            }
            return q;
        });
    }

    private static IllegalStateException noFactory(String file, ProfileSource profile) {
        return new IllegalStateException(file + " names the scoring profile " + profile
                + ", but this runner has one fixed qualifier: use ScenarioRunner.withProfiles(factory)");
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

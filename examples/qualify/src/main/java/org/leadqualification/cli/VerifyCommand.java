package org.leadqualification.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.regression.JUnitXmlWriter;
import org.leadqualification.regression.Scenario;
import org.leadqualification.regression.ScenarioFile;
import org.leadqualification.regression.ScenarioResult;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.regression.SuiteResult;
import org.leadqualification.rules.profile.ProfileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qualify verify}: runs scenario files against the rules and says which pass. A file that names a profile
 * is judged by an engine with that profile; the others by an engine with {@code --profile} (or the default).
 */
@Command(name = "verify",
        description = {"Runs rule scenarios (YAML or JSON scenario files) against the rules.",
                "Prints PASS or FAIL and the name of each scenario, the reasons under each failure, then "
                        + "'N passed, N failed'."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private Qualify root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = "--scenarios", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Scenario files, or folders searched recursively for them.")
    private List<Path> scenarios = new ArrayList<>();

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML.")
    private Path junitXml;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EngineSpec base = engine.spec();
        Map<Optional<ProfileSource>, EngineFactory.Engine> engines = new LinkedHashMap<>();
        try {
            // Every engine is built before any scenario runs, so broken rules or profiles fail fast.
            Optional<ProfileSource> defaultProfile = base.profile();
            engines.put(defaultProfile, root.engines().open(base));
            ScenarioSuite suite = ScenarioSuite.load(scenarios);
            for (ScenarioFile f : suite.files()) {
                Optional<ProfileSource> profile = f.profile().isPresent() ? f.profile() : defaultProfile;
                if (!engines.containsKey(profile)) {
                    engines.put(profile, root.engines().open(base.withProfile(profile)));
                }
            }
            ScenarioRunner runner = ScenarioRunner.withProfiles(profile -> qualifier(engines, profile, defaultProfile));
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : suite.scenarios()) {
                ScenarioResult result = runner.run(scenario);
                results.add(result);
                print(out, result);
            }
            SuiteResult suiteResult = new SuiteResult(results);
            out.println(suiteResult.summary());
            out.flush();
            if (junitXml != null) {
                JUnitXmlWriter.write(suiteResult, junitXml);
            }
            return suiteResult.allPassed() ? Qualify.OK : Qualify.SOME_FAILED;
        } finally {
            engines.values().forEach(EngineFactory.Engine::close);
        }
    }

    private static LeadQualifier qualifier(Map<Optional<ProfileSource>, EngineFactory.Engine> engines, Optional<ProfileSource> profile,
                                           Optional<ProfileSource> defaultProfile) {
        EngineFactory.Engine e = engines.get(profile.isPresent() ? profile : defaultProfile);
        if (e == null) {
            throw new IllegalStateException("no engine was built for the profile " + profile);
        }
        return e.qualifier();
    }

    private static void print(PrintWriter out, ScenarioResult result) {
        out.println((result.passed() ? "PASS " : "FAIL ") + result.scenario().name());
        result.failureMessage().ifPresent(message -> message.lines().forEach(line -> out.println("    " + line)));
    }
}

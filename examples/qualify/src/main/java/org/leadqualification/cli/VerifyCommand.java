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
import org.leadqualification.regression.AccountScenario;
import org.leadqualification.regression.AccountScenarioResult;
import org.leadqualification.regression.AccountScenarios;
import org.leadqualification.regression.JUnitXmlWriter;
import org.leadqualification.regression.RegressionSuite;
import org.leadqualification.regression.Scenario;
import org.leadqualification.regression.ScenarioFile;
import org.leadqualification.regression.ScenarioResult;
import org.leadqualification.regression.ScenarioRunner;
import org.leadqualification.regression.ScenarioSuite;
import org.leadqualification.regression.SuiteResult;
import org.leadqualification.rules.AccountQualifier;
import org.leadqualification.rules.profile.ProfileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qualify verify}: runs scenario files against the rules and says which pass. Lead scenario files (top-level
 * {@code scenarios}) and account scenario files (top-level {@code accountScenarios}) may be mixed. A lead scenario
 * file that names a profile is judged by an engine with that profile; the others, and every account scenario, by
 * engines with {@code --profile} (or the default).
 */
@Command(name = "verify",
        description = {"Runs rule scenarios (YAML or JSON scenario files) against the rules: lead scenario files "
                + "(top-level 'scenarios') and account scenario files (top-level 'accountScenarios'), which may "
                + "share a folder.",
                "Prints PASS or FAIL and the name of each scenario, lead scenarios first, the reasons under each "
                        + "failure, then 'N passed, N failed' (with the counts of each kind when there are account "
                        + "scenarios)."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private Qualify root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = "--account-rules", paramLabel = "PATH",
            description = "An account .drl file, or a folder of them, judged with the built-in account rules "
                    + "(repeatable); used by account scenarios.")
    private List<Path> accountRules = new ArrayList<>();

    @Option(names = "--scenarios", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Scenario files of either kind, or folders searched recursively for them.")
    private List<Path> scenarios = new ArrayList<>();

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML.")
    private Path junitXml;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EngineSpec base = engine.spec();
        Map<Optional<ProfileSource>, EngineFactory.Engine> engines = new LinkedHashMap<>();
        AccountQualifier accounts = null;
        try {
            // Every engine is built before any scenario runs, so broken rules or profiles fail fast.
            Optional<ProfileSource> defaultProfile = base.profile();
            engines.put(defaultProfile, root.engines().open(base));
            RegressionSuite all = RegressionSuite.load(scenarios);
            ScenarioSuite suite = all.leadSuite();
            for (ScenarioFile f : suite.files()) {
                Optional<ProfileSource> profile = f.profile().isPresent() ? f.profile() : defaultProfile;
                if (!engines.containsKey(profile)) {
                    engines.put(profile, root.engines().open(base.withProfile(profile)));
                }
            }
            if (!all.accountScenarios().isEmpty() || !accountRules.isEmpty()) {
                accounts = AccountsCommand.build(base, accountRules);
            }
            ScenarioRunner runner = ScenarioRunner.withProfiles(profile -> qualifier(engines, profile, defaultProfile));
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : suite.scenarios()) {
                ScenarioResult result = runner.run(scenario);
                results.add(result);
                print(out, result.passed(), scenario.name(), result.failureMessage());
            }
            List<AccountScenarioResult> accountResults = new ArrayList<>();
            for (AccountScenario scenario : all.accountScenarios()) {
                AccountScenarioResult result = AccountScenarios.run(accounts, scenario);
                accountResults.add(result);
                print(out, result.passed(), scenario.name(), result.failureMessage());
            }
            SuiteResult suiteResult = new SuiteResult(results, accountResults);
            out.println(suiteResult.summary());
            out.flush();
            if (junitXml != null) {
                JUnitXmlWriter.write(suiteResult, junitXml);
            }
            return suiteResult.allPassed() ? Qualify.OK : Qualify.SOME_FAILED;
        } finally {
            engines.values().forEach(EngineFactory.Engine::close);
            if (accounts != null) {
                accounts.close();
            }
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

    private static void print(PrintWriter out, boolean passed, String name, Optional<String> failure) {
        out.println((passed ? "PASS " : "FAIL ") + name);
        failure.ifPresent(message -> message.lines().forEach(line -> out.println("    " + line)));
    }
}

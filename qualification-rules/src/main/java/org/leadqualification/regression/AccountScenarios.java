package org.leadqualification.regression;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.AccountQualifier;

/**
 * Account scenarios: files (YAML or JSON) with a top-level {@code accountScenarios} list, each an account's leads
 * and what the account result must be. They may sit in the same folders as lead scenario files (top-level
 * {@code scenarios}): each loader tells the kinds apart by that key and leaves the other kind out, and
 * {@link RegressionSuite#load} reads both. The JSON Schema
 * {@code org/leadqualification/regression/account-scenarios.schema.json} describes the format for editors.
 *
 * <pre>
 * defaults: { asOf: 2026-11-01T00:00:00Z }
 * accountScenarios:
 *   - name: Three engaged people make an account-qualified account
 *     account: acme.example            # optional: default, the first lead's account
 *     leads: [ { id: C-1, ... }, ... ] # inline, in the lead wire format; and/or
 *     leadFiles: [leads/acme.json]     # files of one lead or an array of leads, relative to this file
 *     expect:
 *       stage: ACCOUNT_QUALIFIED
 *       score: { min: 45 }             # or an exact number; also fit, engagement, committee, intent
 *       qualifications: { includes: [ENGAGED], excludes: [DISQUALIFIED] }
 *       rulesFired: [Seniorities engaged]
 *       rulesNotFired: [Hand-raise in the account]
 *       actionContains: multi-thread
 *       contacts: { C-2: MQL }         # contacts' own stages
 *       contactErrors: [C-9]           # exactly these contacts could not be judged
 * </pre>
 *
 * <p>A broken file (syntax, unknown field, a value of the wrong type, missing or duplicate name, no expectation, no
 * leads, an invalid lead, an unknown stage, a range out of 0..100 or inverted, no {@code asOf}) fails loading with a
 * {@link ScenarioLoadException} listing every problem as {@code file:line:column: message}.
 */
public final class AccountScenarios {
    private AccountScenarios() {
    }

    /**
     * Loads every account scenario file ({@code .yaml}, {@code .yml}, {@code .json}) under the paths, recursively, in
     * sorted order. Files named by a scenario's {@code leadFiles} (or a lead scenario's {@code leadFile} or
     * {@code base}) count as leads; lead scenario files (top-level {@code scenarios}) are left out.
     *
     * @param paths files or folders
     * @return the scenarios, file by file in file order
     * @throws ScenarioLoadException listing every problem of every file, also when a path does not exist or holds no
     *                               account scenario file
     */
    public static List<AccountScenario> load(Path... paths) {
        for (Path p : paths) {
            Objects.requireNonNull(p, "paths must not contain null");
        }
        return ScenarioLoader.fromPaths(Arrays.asList(paths), ScenarioLoader.Kinds.ACCOUNTS).accountScenarios();
    }

    /**
     * Judges a scenario and checks its expectations. An engine that throws fails the scenario; it does not stop the
     * caller.
     *
     * @param engine   the account engine
     * @param scenario the scenario
     * @return the result: the account result and every unmet expectation, or the error
     */
    public static AccountScenarioResult run(AccountQualifier engine, AccountScenario scenario) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(scenario, "scenario");
        long start = System.nanoTime();
        AccountQualification a;
        try {
            a = engine.qualify(scenario.accountId(), scenario.leads(), scenario.asOf());
        } catch (RuntimeException e) {
            return new AccountScenarioResult(scenario, Optional.empty(), List.of(), Optional.of(e),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new AccountScenarioResult(scenario, Optional.of(a), unmet(scenario, a), Optional.empty(), elapsed);
    }

    /**
     * Judges a scenario and checks its expectations.
     *
     * @param engine   the account engine
     * @param scenario the scenario
     * @return every unmet expectation, one line each; empty when the scenario passes
     */
    public static List<String> check(AccountQualifier engine, AccountScenario scenario) {
        return unmet(scenario, engine.qualify(scenario.accountId(), scenario.leads(), scenario.asOf()));
    }

    private static List<String> unmet(AccountScenario scenario, AccountQualification a) {
        AccountScenario.Expect e = scenario.expect();
        List<String> unmet = new ArrayList<>();
        e.stage().filter(s -> s != a.stage()).ifPresent(s -> unmet.add("stage: expected " + s + ", actual "
                + a.stage()));
        e.score().filter(r -> !r.contains(a.score())).ifPresent(r -> unmet.add("score: expected " + r + ", actual "
                + a.score()));
        // Dimensions, stages and contacts in a fixed order: the same failure reads the same every run.
        for (String d : List.of("fit", "engagement", "committee", "intent")) {
            Expectations.Range r = e.dimensions().get(d);
            if (r == null) {
                continue;
            }
            int actual = switch (d) {
                case "fit" -> a.dimensions().fit();
                case "engagement" -> a.dimensions().engagement();
                case "committee" -> a.dimensions().committee();
                default -> a.dimensions().intent();
            };
            if (!r.contains(actual)) {
                unmet.add(d + ": expected " + r + ", actual " + actual);
            }
        }
        for (AccountStage s : e.includes().stream().sorted().toList()) {
            if (!a.qualifications().contains(s) && a.stage() != s) {
                unmet.add("qualifications: expected to include " + s + ", actual " + a.qualifications());
            }
        }
        for (AccountStage s : e.excludes().stream().sorted().toList()) {
            if (a.qualifications().contains(s)) {
                unmet.add("qualifications: expected to exclude " + s + ", actual " + a.qualifications());
            }
        }
        for (String r : e.rulesFired()) {
            if (!a.firedRule(r)) {
                unmet.add("rulesFired: \"" + r + "\" did not fire");
            }
        }
        for (String r : e.rulesNotFired()) {
            if (a.firedRule(r)) {
                unmet.add("rulesNotFired: \"" + r + "\" fired");
            }
        }
        e.actionContains().filter(t -> !a.recommendedAction().toLowerCase(Locale.ROOT)
                        .contains(t.toLowerCase(Locale.ROOT)))
                .ifPresent(t -> unmet.add("actionContains: \"" + t + "\" not in \"" + a.recommendedAction() + "\""));
        new TreeMap<>(e.contactStages()).forEach((id, stage) -> {
            Optional<Qualification> q = a.contact(id);
            if (q.isEmpty() || q.get().stage() != stage) {
                unmet.add("contacts." + id + ": expected " + stage + ", actual "
                        + q.map(x -> x.stage().name()).orElse("no result"));
            }
        });
        e.contactErrors().ifPresent(ids -> {
            List<String> actual = a.contactErrors().stream().map(x -> x.leadId().orElse("?")).sorted().toList();
            if (!actual.equals(ids)) {
                unmet.add("contactErrors: expected " + ids + ", actual " + actual);
            }
        });
        return unmet;
    }

    /**
     * @param a an account result
     * @return a multi-line description for a failure message: stage, score, dimensions, qualifications, recommended
     *         action, every reason with its contacts, every contact's own result and every contact error
     */
    public static String describe(AccountQualification a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Result for account \"").append(a.accountId()).append("\" as of ").append(a.asOf()).append(":\n");
        sb.append("  stage ").append(a.stage()).append(", score ").append(a.score()).append('\n');
        sb.append("  dimensions: fit ").append(a.dimensions().fit()).append(", engagement ")
                .append(a.dimensions().engagement()).append(", committee ").append(a.dimensions().committee())
                .append(", intent ").append(a.dimensions().intent()).append('\n');
        sb.append("  qualifications: ").append(a.qualifications()).append('\n');
        sb.append("  recommended action: ").append(a.recommendedAction()).append('\n');
        sb.append("  reasons:").append(a.reasons().isEmpty() ? " none" : "").append('\n');
        for (AccountReason r : a.reasons()) {
            sb.append("    ").append(String.format("%+4d", r.points())).append(' ')
                    .append(String.format("%-10s", r.dimension().map(d -> d.jsonName()).orElse("-"))).append(' ')
                    .append(r.rule());
            r.detail().ifPresent(d -> sb.append(" (").append(d).append(')'));
            sb.append(' ').append(r.contacts()).append('\n');
        }
        for (Qualification q : a.contacts()) {
            sb.append("  contact ").append(q.leadId()).append(": ").append(q.stage()).append(", score ")
                    .append(q.score()).append(", engagement ").append(q.dimensions().engagement()).append(", intent ")
                    .append(q.dimensions().intent()).append('\n');
        }
        a.contactErrors().forEach(err -> sb.append("  contact error ").append(err.describe()).append('\n'));
        return sb.toString();
    }
}

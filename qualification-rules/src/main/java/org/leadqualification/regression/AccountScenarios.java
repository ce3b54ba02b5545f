package org.leadqualification.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.model.Lead;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.AccountQualifier;

/**
 * Account scenarios: files (YAML or JSON) with a top-level {@code accountScenarios} list, each an account's leads
 * and what the account result must be. Keep them in a folder of their own (lead scenario files hold
 * {@code scenarios}).
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
 * <p>A broken file (syntax, unknown field, missing or duplicate name, no expectation, no leads, an invalid lead, an
 * unknown stage, no {@code asOf}) fails loading with a {@link ScenarioLoadException} listing every problem.
 */
public final class AccountScenarios {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Set<String> TOP = Set.of("$schema", "defaults", "accountScenarios");
    private static final Set<String> SCENARIO = Set.of("name", "description", "account", "leads", "leadFiles", "asOf",
            "expect");
    private static final Set<String> EXPECT = Set.of("stage", "score", "fit", "engagement", "committee", "intent",
            "qualifications", "rulesFired", "rulesNotFired", "actionContains", "contacts", "contactErrors");
    private static final List<String> DIMENSIONS = List.of("fit", "engagement", "committee", "intent");

    private AccountScenarios() {
    }

    /**
     * Loads every account scenario file ({@code .yaml}, {@code .yml}, {@code .json}) under the paths, recursively, in
     * sorted order; files named by another file's {@code leadFiles} count as leads.
     *
     * @param paths files or folders
     * @return the scenarios, file by file in file order
     * @throws ScenarioLoadException listing every problem of every file
     */
    public static List<AccountScenario> load(Path... paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(AccountScenarios::isScenarioFile).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        List<ScenarioLoadException.Problem> problems = new ArrayList<>();
        List<AccountScenario> scenarios = new ArrayList<>();
        Set<Path> leadFiles = new HashSet<>();
        List<JsonNode> trees = new ArrayList<>();
        for (Path f : files) {
            try {
                JsonNode tree = YAML.readTree(f.toFile());
                trees.add(tree);
                for (JsonNode s : tree.path("accountScenarios")) {
                    for (JsonNode lf : s.path("leadFiles")) {
                        leadFiles.add(f.toAbsolutePath().getParent().resolve(lf.asText()).normalize());
                    }
                }
            } catch (IOException e) {
                trees.add(null);
                problems.add(ScenarioLoadException.Problem.at(f.toString(), 0, 0, "cannot read: " + e.getMessage()));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (trees.get(i) != null && !leadFiles.contains(f.toAbsolutePath().normalize())) {
                parse(f, trees.get(i), scenarios, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioLoadException(problems);
        }
        return scenarios;
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static void parse(Path file, JsonNode root, List<AccountScenario> out,
                              List<ScenarioLoadException.Problem> problems) {
        String shown = file.toString();
        Problems p = new Problems(shown, problems);
        if (!root.isObject() || !root.path("accountScenarios").isArray() || root.get("accountScenarios").isEmpty()) {
            p.add(null, "expected an object with a non-empty \"accountScenarios\" list");
            return;
        }
        unknown(root, TOP, null, "", p);
        Optional<Instant> defaultAsOf = instant(root.path("defaults").get("asOf"), null, "defaults.asOf", p);
        Set<String> names = new HashSet<>();
        for (JsonNode s : root.get("accountScenarios")) {
            String name = s.path("name").asText("");
            if (name.isBlank()) {
                p.add(null, "account scenario without \"name\"");
                continue;
            }
            if (!names.add(name)) {
                p.add(name, "duplicate scenario name");
            }
            unknown(s, SCENARIO, name, "", p);
            Optional<Instant> asOf = instant(s.get("asOf"), name, "asOf", p).or(() -> defaultAsOf);
            if (asOf.isEmpty()) {
                p.add(name, "no \"asOf\": give it in the scenario or in \"defaults\"");
            }
            List<Lead> leads = new ArrayList<>();
            int index = 0;
            for (JsonNode lead : s.path("leads")) {
                readLead(lead, name, "leads[" + index++ + "]", p).ifPresent(leads::add);
            }
            for (JsonNode lf : s.path("leadFiles")) {
                Path path = file.toAbsolutePath().getParent().resolve(lf.asText()).normalize();
                try {
                    JsonNode tree = YAML.readTree(path.toFile());
                    List<JsonNode> items = new ArrayList<>();
                    if (tree.isArray()) {
                        tree.forEach(items::add);
                    } else {
                        items.add(tree);
                    }
                    int i = 0;
                    for (JsonNode item : items) {
                        readLead(item, name, lf.asText() + "[" + i++ + "]", p).ifPresent(leads::add);
                    }
                } catch (IOException e) {
                    p.add(name, "lead file \"" + lf.asText() + "\" cannot be read: " + e.getMessage());
                }
            }
            if (leads.isEmpty() && !s.has("leads") && !s.has("leadFiles")) {
                p.add(name, "no leads: give \"leads\" (inline) or \"leadFiles\"");
            }
            Optional<AccountScenario.Expect> expect = expect(s.get("expect"), name, p);
            String account = s.path("account").asText("");
            if (account.isBlank()) {
                account = leads.stream().map(AccountScenarios::defaultAccount).flatMap(Optional::stream).findFirst()
                        .orElse("");
            }
            if (account.isBlank() && !leads.isEmpty()) {
                p.add(name, "no \"account\" and the first lead names none (no accountId, company or e-mail domain)");
            }
            if (!p.failed(name) && asOf.isPresent() && expect.isPresent()) {
                out.add(new AccountScenario(name, Optional.ofNullable(s.path("description").textValue()), shown,
                        account, leads, asOf.get(), expect.get()));
            }
        }
    }

    private static Optional<String> defaultAccount(Lead lead) {
        return lead.accountId().or(() -> lead.company().domain()).or(() -> lead.person().emailDomain())
                .map(d -> d.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<Lead> readLead(JsonNode json, String scenario, String where, Problems p) {
        try {
            return Optional.of(JsonTrees.readLead(json, ""));
        } catch (InvalidLeadException e) {
            p.add(scenario, "invalid lead at " + where + ": " + e.error().describe());
            return Optional.empty();
        }
    }

    private static Optional<AccountScenario.Expect> expect(JsonNode e, String name, Problems p) {
        if (e == null || !e.isObject() || e.isEmpty()) {
            p.add(name, "no \"expect\": a scenario must expect something");
            return Optional.empty();
        }
        unknown(e, EXPECT, name, "expect.", p);
        Optional<AccountStage> stage = accountStage(e.get("stage"), name, "expect.stage", p);
        Optional<Expectations.Range> score = range(e.get("score"), name, "expect.score", p);
        Map<String, Expectations.Range> dims = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            range(e.get(d), name, "expect." + d, p).ifPresent(r -> dims.put(d, r));
        }
        Set<AccountStage> includes = new HashSet<>();
        Set<AccountStage> excludes = new HashSet<>();
        for (JsonNode s : e.path("qualifications").path("includes")) {
            accountStage(s, name, "expect.qualifications.includes", p).ifPresent(includes::add);
        }
        for (JsonNode s : e.path("qualifications").path("excludes")) {
            accountStage(s, name, "expect.qualifications.excludes", p).ifPresent(excludes::add);
        }
        Map<String, Stage> contacts = new LinkedHashMap<>();
        e.path("contacts").properties().forEach(c -> {
            try {
                contacts.put(c.getKey(), Stage.valueOf(c.getValue().asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException x) {
                p.add(name, "expect.contacts." + c.getKey() + ": unknown stage \"" + c.getValue().asText() + "\"");
            }
        });
        Optional<List<String>> errors = e.has("contactErrors")
                ? Optional.of(texts(e.get("contactErrors")).stream().sorted().toList()) : Optional.empty();
        return Optional.of(new AccountScenario.Expect(stage, score, dims, includes, excludes,
                texts(e.get("rulesFired")), texts(e.get("rulesNotFired")),
                Optional.ofNullable(e.path("actionContains").textValue()), contacts, errors));
    }

    private static List<String> texts(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> list.add(n.asText()));
        }
        return list;
    }

    private static Optional<AccountStage> accountStage(JsonNode node, String name, String field, Problems p) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AccountStage.valueOf(node.asText().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            p.add(name, field + ": unknown account stage \"" + node.asText() + "\"; expected one of "
                    + List.of(AccountStage.values()));
            return Optional.empty();
        }
    }

    private static Optional<Expectations.Range> range(JsonNode node, String name, String field, Problems p) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            if (node.isInt()) {
                return Optional.of(Expectations.Range.exactly(node.intValue()));
            }
            OptionalInt min = node.has("min") ? OptionalInt.of(node.get("min").intValue()) : OptionalInt.empty();
            OptionalInt max = node.has("max") ? OptionalInt.of(node.get("max").intValue()) : OptionalInt.empty();
            return Optional.of(new Expectations.Range(min, max));
        } catch (IllegalArgumentException e) {
            p.add(name, field + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(JsonNode node, String name, String field, Problems p) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(node.asText()));
        } catch (DateTimeParseException e) {
            p.add(name, field + ": expected an ISO-8601 instant, got \"" + node.asText() + "\"");
            return Optional.empty();
        }
    }

    private static void unknown(JsonNode node, Set<String> known, String name, String prefix, Problems p) {
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                p.add(name, "unknown field \"" + prefix + f + "\"; expected one of " + new java.util.TreeSet<>(known));
            }
        });
    }

    /**
     * Judges a scenario and checks its expectations.
     *
     * @param engine   the account engine
     * @param scenario the scenario
     * @return every unmet expectation, one line each; empty when the scenario passes
     */
    public static List<String> check(AccountQualifier engine, AccountScenario scenario) {
        AccountQualification a = engine.qualify(scenario.accountId(), scenario.leads(), scenario.asOf());
        AccountScenario.Expect e = scenario.expect();
        List<String> unmet = new ArrayList<>();
        e.stage().filter(s -> s != a.stage()).ifPresent(s -> unmet.add("stage: expected " + s + ", actual "
                + a.stage()));
        e.score().filter(r -> !r.contains(a.score())).ifPresent(r -> unmet.add("score: expected " + r + ", actual "
                + a.score()));
        e.dimensions().forEach((d, r) -> {
            int actual = switch (d) {
                case "fit" -> a.dimensions().fit();
                case "engagement" -> a.dimensions().engagement();
                case "committee" -> a.dimensions().committee();
                default -> a.dimensions().intent();
            };
            if (!r.contains(actual)) {
                unmet.add(d + ": expected " + r + ", actual " + actual);
            }
        });
        for (AccountStage s : e.includes()) {
            if (!a.qualifications().contains(s) && a.stage() != s) {
                unmet.add("qualifications: expected to include " + s + ", actual " + a.qualifications());
            }
        }
        for (AccountStage s : e.excludes()) {
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
        e.contactStages().forEach((id, stage) -> {
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
     * @return a multi-line description for a failure message: stage, score, dimensions and every reason
     */
    public static String describe(AccountQualification a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Result for account \"").append(a.accountId()).append("\" as of ").append(a.asOf()).append(":\n");
        sb.append("  stage ").append(a.stage()).append(", score ").append(a.score()).append('\n');
        sb.append("  dimensions: fit ").append(a.dimensions().fit()).append(", engagement ")
                .append(a.dimensions().engagement()).append(", committee ").append(a.dimensions().committee())
                .append(", intent ").append(a.dimensions().intent()).append('\n');
        sb.append("  qualifications: ").append(a.qualifications()).append('\n');
        for (AccountReason r : a.reasons()) {
            sb.append(String.format("    %+4d %-10s %s (%s) %s%n", r.points(),
                    r.dimension().map(d -> d.jsonName()).orElse(""), r.rule(), r.detail().orElse(""), r.contacts()));
        }
        for (Qualification q : a.contacts()) {
            sb.append("  contact ").append(q.leadId()).append(": ").append(q.stage()).append(' ').append(q.score())
                    .append(" eng ").append(q.dimensions().engagement()).append(" int ")
                    .append(q.dimensions().intent()).append('\n');
        }
        a.contactErrors().forEach(err -> sb.append("  error ").append(err.describe()).append('\n'));
        return sb.toString();
    }

    /** Collects a file's problems, remembering which scenarios had some. */
    private static final class Problems {
        private final String file;
        private final List<ScenarioLoadException.Problem> out;
        private final Set<String> failed = new HashSet<>();

        Problems(String file, List<ScenarioLoadException.Problem> out) {
            this.file = file;
            this.out = out;
        }

        void add(String scenario, String message) {
            if (scenario != null) {
                failed.add(scenario);
            }
            out.add(ScenarioLoadException.Problem.at(file, 0, 0,
                    (scenario == null ? "" : "scenario \"" + scenario + "\": ") + message));
        }

        boolean failed(String scenario) {
            return failed.contains(scenario);
        }
    }
}

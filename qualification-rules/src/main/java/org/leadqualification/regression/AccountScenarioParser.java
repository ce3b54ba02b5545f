package org.leadqualification.regression;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.leadqualification.model.Lead;
import org.leadqualification.regression.ScenarioLoadException.Problem;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.Stage;

/**
 * Reads one account scenario file (top-level {@code accountScenarios}) into {@link AccountScenario}s, reporting every
 * problem it finds with its line and column, as {@link ScenarioFileParser} does for lead scenario files. What it
 * accepts is what {@code account-scenarios.schema.json} describes. Not thread-safe; one instance per file.
 */
final class AccountScenarioParser {
    /** The top-level key that makes a file an account scenario file. */
    static final String LIST = "accountScenarios";

    private static final Set<String> TOP = TreeValues.ordered("$schema", "defaults", LIST);
    private static final Set<String> DEFAULTS = TreeValues.ordered("asOf");
    private static final Set<String> SCENARIO = TreeValues.ordered("name", "description", "account", "leads", "leadFiles", "asOf",
            "expect");
    private static final Set<String> EXPECT = TreeValues.ordered("stage", "score", "fit", "engagement", "committee", "intent",
            "qualifications", "rulesFired", "rulesNotFired", "actionContains", "contacts", "contactErrors");
    private static final Set<String> QUALIFICATIONS = TreeValues.ordered("includes", "excludes");
    private static final List<String> DIMENSIONS = List.of("fit", "engagement", "committee", "intent");

    private final Path file;
    private final String name;
    private final LocatedTree tree;
    private final List<Problem> problems;
    private final TreeValues values;

    /**
     * @param file     where the file was read from, to resolve {@code leadFiles} against
     * @param name     the file as it is shown in messages
     * @param tree     the file's tree ({@link LocatedTree#readFile})
     * @param problems where problems go
     */
    AccountScenarioParser(Path file, String name, LocatedTree tree, List<Problem> problems) {
        this.file = file;
        this.name = name;
        this.tree = tree;
        this.problems = problems;
        this.values = new TreeValues(tree, name, problems);
    }


    /** @return the files this file's scenarios name in {@code leadFiles}, so that a folder walk leaves them out */
    Set<Path> referencedLeadFiles() {
        Set<Path> files = new LinkedHashSet<>();
        for (JsonNode s : tree.root().path(LIST)) {
            for (JsonNode f : s.path("leadFiles")) {
                if (f.isTextual() && !f.textValue().isBlank()) {
                    files.add(ScenarioFileParser.resolve(file, f.textValue()));
                }
            }
        }
        return files;
    }

    /** @return the file's scenarios, or empty if it had problems (recorded) */
    List<AccountScenario> parse() {
        int before = problems.size();
        JsonNode root = tree.root();
        if (!root.isObject()) {
            values.problem("", "expected an object with \"" + LIST + "\" (and optional \"defaults\"), got "
                    + TreeValues.kind(root));
            return List.of();
        }
        values.fields("", root, TOP);
        values.text("/$schema", root.get("$schema"));
        Optional<Instant> asOf = Optional.empty();
        JsonNode defaults = root.get("defaults");
        if (defaults != null && values.object("/defaults", defaults)) {
            values.fields("/defaults", defaults, DEFAULTS);
            asOf = values.instant("/defaults/asOf", defaults.get("asOf"));
        }
        List<AccountScenario> scenarios = new ArrayList<>();
        JsonNode list = root.get(LIST);
        if (list == null) {
            values.problem("", "missing \"" + LIST + "\": an account scenario file holds a list of account scenarios");
        } else if (!list.isArray() || list.isEmpty()) {
            values.problem("/" + LIST, "expected a non-empty list of account scenarios, got " + kind(list));
        } else {
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                scenario(LocatedTree.child("/" + LIST, i), list.get(i), asOf, names).ifPresent(scenarios::add);
            }
        }
        return problems.size() > before ? List.of() : scenarios;
    }

    private Optional<AccountScenario> scenario(String ptr, JsonNode node, Optional<Instant> defaultAsOf,
                                               Map<String, Integer> names) {
        values.scenario(null);
        if (!values.object(ptr, node)) {
            return Optional.empty();
        }
        int before = problems.size();
        values.fields(ptr, node, SCENARIO);
        int line = Math.max(tree.location(ptr).getLineNr(), 0);
        Optional<String> named = values.text(ptr + "/name", node.get("name"));
        if (node.get("name") == null) {
            values.problem(ptr, "account scenario without \"name\": every scenario needs a name, unique within the "
                    + "file");
        }
        values.scenario(named.orElse(null));
        named.ifPresent(n -> {
            Integer first = names.putIfAbsent(n, tree.location(ptr + "/name").getLineNr());
            if (first != null) {
                values.problem(ptr + "/name", "duplicate scenario name \"" + n + "\": first used on line " + first);
            }
        });
        Optional<String> description = values.text(ptr + "/description", node.get("description"));
        Optional<Instant> asOf = values.instant(ptr + "/asOf", node.get("asOf")).or(() -> defaultAsOf);
        if (asOf.isEmpty() && !node.has("asOf")) {
            values.problem(ptr, "no \"asOf\": give it in the scenario or in \"defaults\"");
        }
        Optional<String> account = values.text(ptr + "/account", node.get("account"));
        List<Lead> leads = leads(ptr, node);
        Optional<AccountScenario.Expect> expect = expect(ptr, node.get("expect"));
        if (problems.size() > before || asOf.isEmpty() || expect.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> accountId = account.or(() -> leads.stream().map(AccountScenarioParser::accountOf)
                .flatMap(Optional::stream).findFirst());
        if (accountId.isEmpty()) {
            values.problem(ptr, "no \"account\", and no lead names one (an accountId, a company domain or an e-mail "
                    + "domain)");
            return Optional.empty();
        }
        return Optional.of(new AccountScenario(named.orElseThrow(), description, name, line, accountId.get(), leads,
                asOf.get(), expect.get()));
    }

    private static Optional<String> accountOf(Lead lead) {
        return lead.accountId().or(() -> lead.company().domain()).or(() -> lead.person().emailDomain())
                .map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty());
    }

    /** {@code "a list"} says too little when the list is there but empty. */
    private static String kind(JsonNode node) {
        return node.isArray() && node.isEmpty() ? "an empty list" : TreeValues.kind(node);
    }

    // ---- leads

    private List<Lead> leads(String ptr, JsonNode node) {
        JsonNode inline = node.get("leads");
        JsonNode files = node.get("leadFiles");
        if (inline == null && files == null) {
            values.problem(ptr, "no leads: give \"leads\" (inline, in the lead wire format), \"leadFiles\" (paths "
                    + "relative to this file) or both");
            return List.of();
        }
        List<Lead> leads = new ArrayList<>();
        if (inline != null) {
            if (!inline.isArray() || inline.isEmpty()) {
                values.problem(ptr + "/leads", "expected a non-empty list of leads, got " + kind(inline));
            } else {
                for (int i = 0; i < inline.size(); i++) {
                    String at = LocatedTree.child(ptr + "/leads", i);
                    if (values.object(at, inline.get(i))) {
                        lead(inline.get(i), tree, name, p -> at + p, at).ifPresent(leads::add);
                    }
                }
            }
        }
        if (files != null) {
            if (!files.isArray() || files.isEmpty()) {
                values.problem(ptr + "/leadFiles", "expected a non-empty list of lead file paths, got " + kind(files));
            } else {
                for (int i = 0; i < files.size(); i++) {
                    String at = LocatedTree.child(ptr + "/leadFiles", i);
                    values.text(at, files.get(i)).ifPresent(relative -> leads.addAll(leadFile(at, relative)));
                }
            }
        }
        return leads;
    }

    /** A file of one lead (an object) or of several (a non-empty list of them). */
    private List<Lead> leadFile(String ptr, String relative) {
        Path path = ScenarioFileParser.resolve(file, relative);
        if (!Files.isRegularFile(path)) {
            values.problem(ptr, "lead file \"" + relative + "\" not found (looked for " + path + ")");
            return List.of();
        }
        String shownAs = ScenarioFileParser.sibling(name, relative);
        Optional<LocatedTree> leadTree = LocatedTree.readFile(path, shownAs, problems);
        if (leadTree.isEmpty()) {
            return List.of();
        }
        JsonNode root = leadTree.get().root();
        if (root.isObject()) {
            return lead(root, leadTree.get(), shownAs, UnaryOperator.identity(), "").stream().toList();
        }
        if (!root.isArray() || root.isEmpty()) {
            values.problem(ptr, "lead file \"" + relative + "\" holds " + kind(root) + ": expected a lead or a "
                    + "non-empty list of leads");
            return List.of();
        }
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = LocatedTree.child("", i);
            lead(root.get(i), leadTree.get(), shownAs, p -> at + p, at).ifPresent(leads::add);
        }
        return leads;
    }

    /**
     * Reads a lead; on error records a problem in {@code where} (this file or a lead file) at the node {@code locate}
     * maps the error's JSON pointer (within the lead) to, or at {@code fallbackPtr} when the error names no field.
     */
    private Optional<Lead> lead(JsonNode json, LocatedTree where, String shownAs, UnaryOperator<String> locate,
                                String fallbackPtr) {
        return ScenarioFileParser.readLead(json, error -> {
            JsonLocation at = where.location(error.path().map(LocatedTree::pointer).map(locate).orElse(fallbackPtr));
            problems.add(Problem.at(shownAs, at.getLineNr(), at.getColumnNr(),
                    values.forScenario(ScenarioFileParser.invalidLead(error))));
        });
    }

    // ---- expectations

    private Optional<AccountScenario.Expect> expect(String scenarioPtr, JsonNode node) {
        String ptr = scenarioPtr + "/expect";
        if (node == null || node.isObject() && node.isEmpty()) {
            values.problem(node == null ? scenarioPtr : ptr, "no expectations: \"expect\" needs at least one of "
                    + EXPECT);
            return Optional.empty();
        }
        if (!values.object(ptr, node)) {
            return Optional.empty();
        }
        int before = problems.size();
        values.fields(ptr, node, EXPECT);
        Optional<AccountStage> stage = values.enumName(ptr + "/stage", node.get("stage"), AccountStage.class,
                "account stage");
        Optional<Expectations.Range> score = ExpectationsReader.range(values, ptr + "/score", node.get("score"));
        Map<String, Expectations.Range> dimensions = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            ExpectationsReader.range(values, ptr + "/" + d, node.get(d)).ifPresent(r -> dimensions.put(d, r));
        }
        List<AccountStage> includes = new ArrayList<>();
        List<AccountStage> excludes = new ArrayList<>();
        JsonNode q = node.get("qualifications");
        if (q != null && values.object(ptr + "/qualifications", q)) {
            values.fields(ptr + "/qualifications", q, QUALIFICATIONS);
            if (q.isEmpty()) {
                values.problem(ptr + "/qualifications", "expected \"includes\", \"excludes\" or both");
            }
            includes.addAll(values.enumNames(ptr + "/qualifications/includes", q.get("includes"),
                    AccountStage.class, "account stage"));
            excludes.addAll(values.enumNames(ptr + "/qualifications/excludes", q.get("excludes"),
                    AccountStage.class, "account stage"));
            excludes.stream().filter(includes::contains).distinct().forEach(s -> values.problem(
                    ptr + "/qualifications/excludes", s + " is both included and excluded"));
        }
        List<String> rulesFired = values.stringList(ptr + "/rulesFired", node.get("rulesFired"));
        List<String> rulesNotFired = values.stringList(ptr + "/rulesNotFired", node.get("rulesNotFired"));
        Optional<String> actionContains = values.text(ptr + "/actionContains", node.get("actionContains"));
        Map<String, Stage> contacts = contacts(ptr + "/contacts", node.get("contacts"));
        Optional<List<String>> contactErrors = contactErrors(ptr + "/contactErrors", node.get("contactErrors"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        AccountScenario.Expect expect = new AccountScenario.Expect(stage, score, dimensions, new HashSet<>(includes),
                new HashSet<>(excludes), rulesFired, rulesNotFired, actionContains, contacts, contactErrors);
        if (expect.isEmpty()) {
            values.problem(ptr, "expects nothing: every expectation given is empty");
            return Optional.empty();
        }
        return Optional.of(expect);
    }

    /** Lead id to the contact's own stage. */
    private Map<String, Stage> contacts(String ptr, JsonNode node) {
        Map<String, Stage> contacts = new LinkedHashMap<>();
        if (node != null && values.object(ptr, node)) {
            node.properties().forEach(c -> {
                String at = LocatedTree.child(ptr, c.getKey());
                if (c.getKey().isBlank()) {
                    values.problem(at, "expected a lead id, got a blank key");
                } else {
                    values.enumName(at, c.getValue(), Stage.class, "stage").ifPresent(s -> contacts.put(c.getKey(), s));
                }
            });
        }
        return contacts;
    }

    /** Exactly these lead ids could not be judged: a list, possibly empty, each id once. */
    private Optional<List<String>> contactErrors(String ptr, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            values.problem(ptr, "expected a list of lead ids (empty for none), got " + TreeValues.kind(node));
            return Optional.empty();
        }
        List<String> ids = values.stringList(ptr, node);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (id.isTextual() && !seen.add(id.textValue())) {
                values.problem(LocatedTree.child(ptr, i), "lead id \"" + id.textValue() + "\" is listed twice");
            }
        }
        return Optional.of(ids.stream().sorted().toList());
    }
}

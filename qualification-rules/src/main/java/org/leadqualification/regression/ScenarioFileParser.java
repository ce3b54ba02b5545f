package org.leadqualification.regression;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.model.Lead;
import org.leadqualification.regression.ScenarioLoadException.Problem;
import org.leadqualification.rules.profile.ProfileSource;

/**
 * Reads one scenario file into a {@link ScenarioFile}, reporting every problem it finds with its line rather than
 * stopping at the first. Not thread-safe; one instance per file.
 */
final class ScenarioFileParser {
    private static final Set<String> TOP = TreeValues.ordered("$schema", "defaults", "leads", "scenarios");
    private static final Set<String> DEFAULTS = TreeValues.ordered("asOf", "profile");
    private static final Set<String> SCENARIO = TreeValues.ordered("name", "description", "lead", "leadFile", "base", "set",
            "addInteractions", "removeInteractionTypes", "asOf", "expect");
    private static final Set<String> LEAD_SOURCES = TreeValues.ordered("lead", "leadFile", "base");
    private static final Set<String> CHANGES = TreeValues.ordered("set", "removeInteractionTypes", "addInteractions");

    private final Path file;
    private final String name;
    private final URI source;
    private final List<Problem> problems;
    private final LocatedTree tree;
    private final TreeValues values;
    private ObjectNode sharedLeads;
    /** Shared leads that are not valid leads on their own, reported once where they are written. */
    private final Set<String> invalidSharedLeads = new HashSet<>();

    /**
     * @param file     where the file was read from, to resolve relative paths against
     * @param name     the file as it is shown in messages
     * @param source   the file's URI, for tools
     * @param tree     the file's tree ({@link LocatedTree#readFile})
     * @param problems where problems go
     */
    ScenarioFileParser(Path file, String name, URI source, LocatedTree tree, List<Problem> problems) {
        this.file = file;
        this.name = name;
        this.source = source;
        this.tree = tree;
        this.problems = problems;
        this.values = new TreeValues(tree, name, problems);
    }


    /**
     * @return the files this scenario file uses as leads ({@code leadFile}, and {@code base} when it is a path), so
     *         that a folder walk does not take them for scenario files
     */
    Set<Path> referencedLeadFiles() {
        Set<Path> files = new LinkedHashSet<>();
        JsonNode leads = tree.root().path("leads");
        for (JsonNode s : tree.root().path("scenarios")) {
            if (s.path("leadFile").isTextual()) {
                files.add(resolve(s.get("leadFile").textValue()));
            }
            if (s.path("base").isTextual() && !leads.has(s.get("base").textValue())) {
                files.add(resolve(s.get("base").textValue()));
            }
        }
        return files;
    }

    private Path resolve(String relative) {
        return resolve(file, relative);
    }

    /**
     * @param file     a scenario file
     * @param relative a path relative to its folder
     * @return that path, absolute and normalised
     */
    static Path resolve(Path file, String relative) {
        Path parent = file.getParent();
        return (parent == null ? file.getFileSystem().getPath(relative) : parent.resolve(relative))
                .toAbsolutePath().normalize();
    }

    /**
     * A profile named relative to this file: a file next to it, or for a scenario file on the classpath, the classpath
     * resource next to it (read when the engine is built, not through this file's jar).
     */
    private ProfileSource profileSource(String relative) {
        String shown = sibling(name, relative);
        return shown.startsWith("classpath:") ? ProfileSource.resource(shown.substring("classpath:".length()))
                : ProfileSource.file(resolve(relative));
    }

    /**
     * @param name     a scenario file as it is shown in messages
     * @param relative a path relative to its folder
     * @return the name of that file, as it is shown in messages
     */
    static String sibling(String name, String relative) {
        String prefix = name.startsWith("classpath:") ? "classpath:" : "";
        String rest = name.substring(prefix.length());
        int slash = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
        String joined = (slash < 0 ? "" : rest.substring(0, slash + 1)) + relative;
        return prefix + Path.of(joined).normalize().toString().replace('\\', '/');
    }

    /**
     * Parses the file's tree.
     *
     * @return the file, or empty if it had problems (recorded)
     */
    Optional<ScenarioFile> parse() {
        int before = problems.size();
        JsonNode root = tree.root();
        if (!root.isObject()) {
            values.problem("", "expected an object with \"scenarios\" (and optional \"defaults\", \"leads\"), got "
                    + TreeValues.kind(root));
            return Optional.empty();
        }
        values.fields("", root, TOP);
        values.text("/$schema", root.get("$schema"));
        Optional<Instant> asOf = Optional.empty();
        Optional<ProfileSource> profile = Optional.empty();
        JsonNode defaults = root.get("defaults");
        if (defaults != null && values.object("/defaults", defaults)) {
            values.fields("/defaults", defaults, DEFAULTS);
            asOf = values.instant("/defaults/asOf", defaults.get("asOf"));
            profile = values.text("/defaults/profile", defaults.get("profile")).map(this::profileSource);
        }
        sharedLeads = root.get("leads") instanceof ObjectNode o ? o : null;
        if (root.has("leads") && values.object("/leads", root.get("leads"))) {
            sharedLeads.properties().forEach(e -> sharedLead(e.getKey(), e.getValue()));
        }
        List<Scenario> scenarios = new ArrayList<>();
        JsonNode list = root.get("scenarios");
        if (list == null) {
            values.problem("", "missing \"scenarios\": a scenario file holds a list of \"scenarios\" (an account "
                    + "scenario file, a list of \"accountScenarios\")");
        } else if (!list.isArray() || list.isEmpty()) {
            values.problem("/scenarios", "expected a non-empty list of scenarios, got " + TreeValues.kind(list));
        } else {
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                scenario(LocatedTree.child("/scenarios", i), list.get(i), asOf, profile, names)
                        .ifPresent(scenarios::add);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioFile(name, source, asOf, profile, scenarios));
    }

    private Optional<Scenario> scenario(String ptr, JsonNode node, Optional<Instant> defaultAsOf,
                                        Optional<ProfileSource> profile, Map<String, Integer> names) {
        values.scenario(null);
        if (!values.object(ptr, node)) {
            return Optional.empty();
        }
        int before = problems.size();
        values.fields(ptr, node, SCENARIO);
        int line = tree.location(ptr).getLineNr();
        Optional<String> named = values.text(ptr + "/name", node.get("name"));
        if (node.get("name") == null) {
            values.problem(ptr, "scenario without \"name\": every scenario needs a name, unique within the file");
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
        // An asOf given but unreadable is reported where it is written, not again as missing.
        if (asOf.isEmpty() && !node.has("asOf") && !tree.root().path("defaults").has("asOf")) {
            values.problem(ptr, "no \"asOf\": give it in the scenario or in \"defaults\"");
        }
        Optional<Expectations> expectations = ExpectationsReader.read(values, ptr, node.get("expect"));
        Optional<Lead> lead = lead(ptr, node);
        if (problems.size() > before || lead.isEmpty() || asOf.isEmpty() || expectations.isEmpty()) {
            return Optional.empty();
        }
        URI at = URI.create(source + (line > 0 ? (source.getQuery() == null ? "?" : "&") + "line=" + line : ""));
        return Optional.of(new Scenario(named.orElseThrow(), description, name, Math.max(line, 0), at,
                lead.get(), asOf.get(), profile, expectations.get()));
    }

    // ---- leads

    /**
     * Reads a shared lead as the lead it is, whether a scenario uses it or not, so that a mistake in it is reported
     * once, at its own line, and not only (or once per scenario) where a scenario names it as its base.
     */
    private void sharedLead(String key, JsonNode json) {
        String ptr = LocatedTree.child("/leads", key);
        boolean valid = values.object(ptr, json) && readLead(json, error -> {
            JsonLocation at = tree.location(error.path().map(LocatedTree::pointer).map(p -> ptr + p).orElse(ptr));
            problems.add(Problem.at(name, at.getLineNr(), at.getColumnNr(),
                    LocatedTree.path(ptr) + ": " + invalidLead(error)));
        }).isPresent();
        if (!valid) {
            invalidSharedLeads.add(key);
        }
    }

    private Optional<Lead> lead(String ptr, JsonNode node) {
        List<String> given = LEAD_SOURCES.stream().filter(node::has).toList();
        if (given.isEmpty()) {
            values.problem(ptr, "no lead: give \"lead\" (inline), \"leadFile\" (a path) or \"base\" with changes");
            return Optional.empty();
        }
        if (given.size() > 1) {
            values.problem(ptr + "/" + given.get(1), "give only one of \"lead\", \"leadFile\", \"base\", got " + given);
            return Optional.empty();
        }
        if (!node.has("base")) {
            CHANGES.stream().filter(node::has).findFirst().ifPresent(c -> values.problem(ptr + "/" + c,
                    "\"" + c + "\" changes a \"base\" lead; this scenario has none"));
        }
        switch (given.get(0)) {
            case "lead":
                return values.object(ptr + "/lead", node.get("lead"))
                        ? lead(node.get("lead"), pointer -> ptr + "/lead" + pointer, ptr + "/lead")
                        : Optional.empty();
            case "leadFile":
                return leadFile(ptr + "/leadFile", node.get("leadFile"));
            default:
                return base(ptr, node);
        }
    }

    private Optional<Lead> leadFile(String ptr, JsonNode value) {
        Optional<String> relative = values.text(ptr, value);
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        Path path = resolve(relative.get());
        if (!Files.isRegularFile(path)) {
            values.problem(ptr, "lead file \"" + relative.get() + "\" not found (looked for " + path + ")");
            return Optional.empty();
        }
        String shownAs = sibling(name, relative.get());
        Optional<LocatedTree> leadTree = LocatedTree.readFile(path, shownAs, problems);
        if (leadTree.isEmpty()) {
            return Optional.empty();
        }
        return readLead(leadTree.get().root(), error -> {
            JsonLocation at = leadTree.get().location(error.path().map(LocatedTree::pointer).orElse(""));
            problems.add(Problem.at(shownAs, at.getLineNr(), at.getColumnNr(),
                    values.forScenario(invalidLead(error))));
        });
    }

    private Optional<Lead> base(String ptr, JsonNode node) {
        Optional<String> base = values.text(ptr + "/base", node.get("base"));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        JsonNode lead;
        if (sharedLeads != null && sharedLeads.has(base.get())) {
            if (invalidSharedLeads.contains(base.get())) {
                return Optional.empty(); // already reported under leads
            }
            lead = sharedLeads.get(base.get());
        } else {
            Path path = resolve(base.get());
            if (!Files.isRegularFile(path)) {
                List<String> known = new ArrayList<>();
                if (sharedLeads != null) {
                    sharedLeads.fieldNames().forEachRemaining(known::add);
                }
                values.problem(ptr + "/base", "unknown base \"" + base.get() + "\": not a lead of \"leads\" (known: "
                        + known + ") and no file " + path);
                return Optional.empty();
            }
            Optional<LocatedTree> baseTree = LocatedTree.readFile(path, sibling(name, base.get()), problems);
            if (baseTree.isEmpty()) {
                return Optional.empty();
            }
            lead = baseTree.get().root();
            if (!lead.isObject()) {
                values.problem(ptr + "/base", "base file \"" + base.get() + "\" holds " + TreeValues.kind(lead) + ", not a lead");
                return Optional.empty();
            }
        }
        ObjectNode changed = ((ObjectNode) lead).deepCopy();
        JsonNode set = node.get("set");
        if (set != null && values.object(ptr + "/set", set)) {
            MergePatch.apply(changed, set);
        }
        JsonNode remove = node.get("removeInteractionTypes");
        if (remove != null) {
            Set<String> types = values.stringList(ptr + "/removeInteractionTypes", remove).stream()
                    .map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            if (changed.get("interactions") instanceof ArrayNode interactions) {
                for (int i = interactions.size() - 1; i >= 0; i--) {
                    JsonNode type = interactions.get(i).path("type");
                    if (type.isTextual() && types.contains(type.textValue().strip().toUpperCase(Locale.ROOT))) {
                        interactions.remove(i);
                    }
                }
            }
        }
        int kept = changed.get("interactions") instanceof ArrayNode a ? a.size() : 0;
        JsonNode add = node.get("addInteractions");
        if (add != null) {
            if (!add.isArray()) {
                values.problem(ptr + "/addInteractions", "expected a list of interactions, got " + TreeValues.kind(add));
            } else {
                JsonNode existing = changed.get("interactions");
                ArrayNode interactions = existing instanceof ArrayNode a ? a : changed.putArray("interactions");
                add.forEach(i -> interactions.add(i.deepCopy()));
            }
        }
        // Point an invalid field at the change that wrote it when there is one, else at "base".
        return lead(changed, p -> {
            String addPtr = addedInteraction(p, kept);
            if (set != null && tree.has(ptr + "/set" + p)) {
                return ptr + "/set" + p;
            } else if (add != null && addPtr != null && tree.has(ptr + "/addInteractions" + addPtr)) {
                return ptr + "/addInteractions" + addPtr;
            }
            return ptr + "/base";
        }, ptr + "/base");
    }

    /** Maps {@code /interactions/7/at} to {@code /2/at} when interaction 7 is the third added one. */
    private static String addedInteraction(String pointer, int kept) {
        if (!pointer.startsWith("/interactions/")) {
            return null;
        }
        String rest = pointer.substring("/interactions/".length());
        int slash = rest.indexOf('/');
        String index = slash < 0 ? rest : rest.substring(0, slash);
        try {
            int i = Integer.parseInt(index);
            return i < kept ? null : "/" + (i - kept) + (slash < 0 ? "" : rest.substring(slash));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Reads a lead written in this file; on error records a problem at the node {@code locate} maps the error's
     * JSON pointer (within the lead) to, or at {@code fallbackPtr} when the error names no field.
     */
    private Optional<Lead> lead(JsonNode json, UnaryOperator<String> locate, String fallbackPtr) {
        return readLead(json, error -> {
            JsonLocation at = tree.location(error.path().map(LocatedTree::pointer).map(locate).orElse(fallbackPtr));
            problems.add(Problem.at(name, at.getLineNr(), at.getColumnNr(),
                    values.forScenario(invalidLead(error))));
        });
    }

    /** @return what an invalid lead error says, naming the lead and the field */
    static String invalidLead(LeadError error) {
        return "invalid lead" + error.leadId().map(id -> " \"" + id + "\"").orElse("")
                + error.path().map(p -> " at " + p).orElse("") + ": " + error.message();
    }

    /** Scenario leads are read by the library's one lead mapping, exactly as the JSON reader reads any lead. */
    static Optional<Lead> readLead(JsonNode json, Consumer<LeadError> onError) {
        try {
            return Optional.of(JsonTrees.readLead(json, ""));
        } catch (InvalidLeadException e) {
            onError.accept(e.error());
            return Optional.empty();
        }
    }
}

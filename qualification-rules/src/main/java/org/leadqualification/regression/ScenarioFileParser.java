package org.leadqualification.regression;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.internal.JsonTrees;
import org.leadqualification.model.Lead;
import org.leadqualification.regression.LocatedTree.SyntaxException;
import org.leadqualification.regression.ScenarioLoadException.Problem;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Stage;

/**
 * Reads one scenario file into a {@link ScenarioFile}, reporting every problem it finds with its line rather than
 * stopping at the first. Not thread-safe; one instance per file.
 */
final class ScenarioFileParser {
    private static final Set<String> TOP = ordered("$schema", "defaults", "leads", "scenarios");
    private static final Set<String> DEFAULTS = ordered("asOf", "profile");
    private static final Set<String> SCENARIO = ordered("name", "description", "lead", "leadFile", "base", "set",
            "addInteractions", "removeInteractionTypes", "asOf", "expect");
    private static final Set<String> LEAD_SOURCES = ordered("lead", "leadFile", "base");
    private static final Set<String> CHANGES = ordered("set", "removeInteractionTypes", "addInteractions");
    private static final Set<String> EXPECT = ordered("stage", "qualifications", "score", "fit", "engagement",
            "intent", "bant", "grade", "rulesFired", "rulesNotFired", "actionContains");
    private static final Set<String> QUALIFICATIONS = ordered("includes", "excludes");
    private static final Set<String> RANGE = ordered("min", "max");

    private final Path file;
    private final String name;
    private final URI source;
    private final List<Problem> problems;
    private LocatedTree tree;
    private ObjectNode sharedLeads;
    private String scenarioName;

    /**
     * @param file     where to read the file and resolve relative paths from
     * @param name     the file as it is shown in messages
     * @param source   the file's URI, for tools
     * @param problems where problems go
     */
    ScenarioFileParser(Path file, String name, URI source, List<Problem> problems) {
        this.file = file;
        this.name = name;
        this.source = source;
        this.problems = problems;
    }

    private static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    /** Reads the file's tree; on a syntax error records it and returns false. */
    boolean read() {
        Optional<LocatedTree> t = readTree(file, name);
        t.ifPresent(v -> tree = v);
        return t.isPresent();
    }

    private Optional<LocatedTree> readTree(Path path, String shownAs) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return Optional.of(LocatedTree.read(in, LocatedTree.isYaml(path.getFileName().toString())));
        } catch (SyntaxException e) {
            problems.add(new Problem(shownAs, e.location().getLineNr(), e.location().getColumnNr(),
                    e.getMessage().strip()));
        } catch (IOException e) {
            problems.add(new Problem(shownAs, 0, 0, "cannot read: " + e));
        }
        return Optional.empty();
    }

    /**
     * @return the files this scenario file uses as leads ({@code leadFile}, and {@code base} when it is a path), so
     *         that a folder walk does not take them for scenario files; call after {@link #read()}
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
        Path parent = file.getParent();
        return (parent == null ? file.getFileSystem().getPath(relative) : parent.resolve(relative))
                .toAbsolutePath().normalize();
    }

    /** @return the name of a file next to this one, as it is shown in messages */
    private String sibling(String relative) {
        String prefix = name.startsWith("classpath:") ? "classpath:" : "";
        String rest = name.substring(prefix.length());
        int slash = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
        String joined = (slash < 0 ? "" : rest.substring(0, slash + 1)) + relative;
        return prefix + Path.of(joined).normalize().toString().replace('\\', '/');
    }

    /**
     * Parses the tree read by {@link #read()}.
     *
     * @return the file, or empty if it had problems (recorded)
     */
    Optional<ScenarioFile> parse() {
        int before = problems.size();
        JsonNode root = tree.root();
        if (!root.isObject()) {
            problem("", "expected an object with \"scenarios\" (and optional \"defaults\", \"leads\"), got "
                    + kind(root));
            return Optional.empty();
        }
        fields("", root, TOP);
        Optional<Instant> asOf = Optional.empty();
        Optional<Path> profile = Optional.empty();
        JsonNode defaults = root.get("defaults");
        if (defaults != null && object("/defaults", defaults)) {
            fields("/defaults", defaults, DEFAULTS);
            asOf = instant("/defaults/asOf", defaults.get("asOf"));
            profile = text("/defaults/profile", defaults.get("profile")).map(this::resolve);
        }
        sharedLeads = root.get("leads") instanceof ObjectNode o ? o : null;
        if (root.has("leads") && object("/leads", root.get("leads"))) {
            root.get("leads").properties().forEach(e -> object(LocatedTree.child("/leads", e.getKey()),
                    e.getValue()));
        }
        List<Scenario> scenarios = new ArrayList<>();
        JsonNode list = root.get("scenarios");
        if (list == null) {
            problem("", "missing \"scenarios\": a file holds a list of scenarios");
        } else if (!list.isArray() || list.isEmpty()) {
            problem("/scenarios", "expected a non-empty list of scenarios, got " + kind(list));
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
                                        Optional<Path> profile, Map<String, Integer> names) {
        scenarioName = null;
        if (!object(ptr, node)) {
            return Optional.empty();
        }
        int before = problems.size();
        fields(ptr, node, SCENARIO);
        int line = tree.location(ptr).getLineNr();
        Optional<String> named = text(ptr + "/name", node.get("name"));
        if (node.get("name") == null) {
            problem(ptr, "scenario without \"name\": every scenario needs a name, unique within the file");
        }
        this.scenarioName = named.orElse(null);
        named.ifPresent(n -> {
            Integer first = names.putIfAbsent(n, tree.location(ptr + "/name").getLineNr());
            if (first != null) {
                problem(ptr + "/name", "duplicate scenario name \"" + n + "\": first used on line " + first);
            }
        });
        Optional<String> description = text(ptr + "/description", node.get("description"));
        Optional<Instant> asOf = instant(ptr + "/asOf", node.get("asOf")).or(() -> defaultAsOf);
        if (asOf.isEmpty() && !node.has("asOf")) {
            problem(ptr, "no \"asOf\": give it in the scenario or in \"defaults\"");
        }
        Optional<Expectations> expectations = expectations(ptr, node.get("expect"));
        Optional<Lead> lead = lead(ptr, node);
        if (problems.size() > before || lead.isEmpty() || asOf.isEmpty() || expectations.isEmpty()) {
            return Optional.empty();
        }
        URI at = URI.create(source + (line > 0 ? (source.getQuery() == null ? "?" : "&") + "line=" + line : ""));
        return Optional.of(new Scenario(named.orElseThrow(), description, name, Math.max(line, 0), at,
                lead.get(), asOf.get(), profile, expectations.get()));
    }

    // ---- leads

    private Optional<Lead> lead(String ptr, JsonNode node) {
        List<String> given = LEAD_SOURCES.stream().filter(node::has).toList();
        if (given.isEmpty()) {
            problem(ptr, "no lead: give \"lead\" (inline), \"leadFile\" (a path) or \"base\" with changes");
            return Optional.empty();
        }
        if (given.size() > 1) {
            problem(ptr + "/" + given.get(1), "give only one of \"lead\", \"leadFile\", \"base\", got " + given);
            return Optional.empty();
        }
        if (!node.has("base")) {
            CHANGES.stream().filter(node::has).findFirst().ifPresent(c -> problem(ptr + "/" + c,
                    "\"" + c + "\" changes a \"base\" lead; this scenario has none"));
        }
        switch (given.get(0)) {
            case "lead":
                return object(ptr + "/lead", node.get("lead"))
                        ? lead(node.get("lead"), pointer -> ptr + "/lead" + pointer, ptr + "/lead")
                        : Optional.empty();
            case "leadFile":
                return leadFile(ptr + "/leadFile", node.get("leadFile"));
            default:
                return base(ptr, node);
        }
    }

    private Optional<Lead> leadFile(String ptr, JsonNode value) {
        Optional<String> relative = text(ptr, value);
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        Path path = resolve(relative.get());
        if (!Files.isRegularFile(path)) {
            problem(ptr, "lead file \"" + relative.get() + "\" not found (looked for " + path + ")");
            return Optional.empty();
        }
        String shownAs = sibling(relative.get());
        Optional<LocatedTree> leadTree = readTree(path, shownAs);
        if (leadTree.isEmpty()) {
            return Optional.empty();
        }
        return readLead(leadTree.get().root(), error -> {
            JsonLocation at = leadTree.get().location(error.path().map(LocatedTree::pointer).orElse(""));
            problems.add(new Problem(shownAs, at.getLineNr(), at.getColumnNr(),
                    forScenario(invalidLead(error))));
        });
    }

    private Optional<Lead> base(String ptr, JsonNode node) {
        Optional<String> base = text(ptr + "/base", node.get("base"));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        JsonNode lead;
        if (sharedLeads != null && sharedLeads.has(base.get())) {
            lead = sharedLeads.get(base.get());
            if (!lead.isObject()) {
                return Optional.empty(); // already reported under leads
            }
        } else {
            Path path = resolve(base.get());
            if (!Files.isRegularFile(path)) {
                List<String> known = new ArrayList<>();
                if (sharedLeads != null) {
                    sharedLeads.fieldNames().forEachRemaining(known::add);
                }
                problem(ptr + "/base", "unknown base \"" + base.get() + "\": not a lead of \"leads\" (known: "
                        + known + ") and no file " + path);
                return Optional.empty();
            }
            Optional<LocatedTree> baseTree = readTree(path, sibling(base.get()));
            if (baseTree.isEmpty()) {
                return Optional.empty();
            }
            lead = baseTree.get().root();
            if (!lead.isObject()) {
                problem(ptr + "/base", "base file \"" + base.get() + "\" holds " + kind(lead) + ", not a lead");
                return Optional.empty();
            }
        }
        ObjectNode changed = ((ObjectNode) lead).deepCopy();
        JsonNode set = node.get("set");
        if (set != null && object(ptr + "/set", set)) {
            MergePatch.apply(changed, set);
        }
        JsonNode remove = node.get("removeInteractionTypes");
        if (remove != null) {
            Set<String> types = stringList(ptr + "/removeInteractionTypes", remove).stream()
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
                problem(ptr + "/addInteractions", "expected a list of interactions, got " + kind(add));
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
            problems.add(new Problem(name, at.getLineNr(), at.getColumnNr(),
                    forScenario(invalidLead(error))));
        });
    }

    private static String invalidLead(LeadError error) {
        return "invalid lead" + error.leadId().map(id -> " \"" + id + "\"").orElse("")
                + error.path().map(p -> " at " + p).orElse("") + ": " + error.message();
    }

    /** Scenario leads are read by the library's one lead mapping, exactly as the JSON reader reads any lead. */
    private static Optional<Lead> readLead(JsonNode json, Consumer<LeadError> onError) {
        try {
            return Optional.of(JsonTrees.readLead(json, ""));
        } catch (InvalidLeadException e) {
            onError.accept(e.error());
            return Optional.empty();
        }
    }

    // ---- expectations

    private Optional<Expectations> expectations(String scenarioPtr, JsonNode node) {
        String ptr = scenarioPtr + "/expect";
        if (node == null || node.isObject() && node.isEmpty()) {
            problem(node == null ? scenarioPtr : ptr, "no expectations: \"expect\" needs at least one of " + EXPECT);
            return Optional.empty();
        }
        if (!object(ptr, node)) {
            return Optional.empty();
        }
        int before = problems.size();
        fields(ptr, node, EXPECT);
        Expectations.Builder b = Expectations.builder();
        enumValue(ptr + "/stage", node.get("stage"), Stage.class).ifPresent(b::stage);
        JsonNode q = node.get("qualifications");
        if (q != null && object(ptr + "/qualifications", q)) {
            fields(ptr + "/qualifications", q, QUALIFICATIONS);
            List<Stage> includes = enumList(ptr + "/qualifications/includes", q.get("includes"), Stage.class);
            includes.forEach(b::includes);
            List<Stage> excludes = enumList(ptr + "/qualifications/excludes", q.get("excludes"), Stage.class);
            for (Stage s : excludes) {
                if (includes.contains(s)) {
                    problem(ptr + "/qualifications/excludes", s + " is both included and excluded");
                }
            }
            excludes.forEach(b::excludes);
        }
        range(ptr + "/score", node.get("score")).ifPresent(b::score);
        for (Dimension d : Dimension.values()) {
            range(ptr + "/" + d.jsonName(), node.get(d.jsonName())).ifPresent(r -> b.dimension(d, r));
        }
        JsonNode grade = node.get("grade");
        if (grade != null) {
            (grade.isArray() ? enumList(ptr + "/grade", grade, Grade.class)
                    : enumValue(ptr + "/grade", grade, Grade.class).stream().toList()).forEach(b::grade);
            if (grade.isArray() && grade.isEmpty()) {
                problem(ptr + "/grade", "expected a grade or a non-empty list of grades");
            }
        }
        stringList(ptr + "/rulesFired", node.get("rulesFired")).forEach(b::ruleFired);
        stringList(ptr + "/rulesNotFired", node.get("rulesNotFired")).forEach(b::ruleNotFired);
        text(ptr + "/actionContains", node.get("actionContains")).ifPresent(t -> {
            if (t.isBlank()) {
                problem(ptr + "/actionContains", "must not be blank");
            } else {
                b.actionContains(t);
            }
        });
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            problem(ptr, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Expectations.Range> range(String ptr, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        OptionalInt min;
        OptionalInt max;
        if (node.isIntegralNumber()) {
            min = score(ptr, node);
            max = min;
            if (min.isEmpty()) {
                return Optional.empty();
            }
        } else if (node.isObject()) {
            fields(ptr, node, RANGE);
            min = node.has("min") ? score(ptr + "/min", node.get("min")) : OptionalInt.empty();
            max = node.has("max") ? score(ptr + "/max", node.get("max")) : OptionalInt.empty();
            if (!node.has("min") && !node.has("max")) {
                problem(ptr, "a range needs \"min\", \"max\" or both");
                return Optional.empty();
            }
            if (node.has("min") && min.isEmpty() || node.has("max") && max.isEmpty()) {
                return Optional.empty();
            }
        } else {
            problem(ptr, "expected an integer or {min, max}, got " + kind(node));
            return Optional.empty();
        }
        try {
            return Optional.of(new Expectations.Range(min, max));
        } catch (IllegalArgumentException e) {
            problem(ptr, e.getMessage());
            return Optional.empty();
        }
    }

    private OptionalInt score(String ptr, JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() > 100) {
            problem(ptr, "expected an integer in 0..100, got " + kind(node));
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.intValue());
    }

    // ---- values

    private void fields(String ptr, JsonNode node, Set<String> allowed) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problem(LocatedTree.child(ptr, f), "unknown field \"" + f + "\": expected one of " + allowed);
            }
        });
    }

    private boolean object(String ptr, JsonNode node) {
        if (!node.isObject()) {
            problem(ptr, "expected an object, got " + kind(node));
            return false;
        }
        return true;
    }

    private Optional<String> text(String ptr, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problem(ptr, "expected a non-blank string, got " + kind(node));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private Optional<Instant> instant(String ptr, JsonNode node) {
        return text(ptr, node).flatMap(t -> {
            try {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException e) {
                problem(ptr, "expected an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z, got \"" + t + "\"");
                return Optional.empty();
            }
        });
    }

    private <E extends Enum<E>> Optional<E> enumValue(String ptr, JsonNode node, Class<E> type) {
        return text(ptr, node).flatMap(t -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(t.strip())) {
                    return Optional.of(e);
                }
            }
            problem(ptr, "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " \"" + t + "\": expected one of "
                    + Arrays.toString(type.getEnumConstants()));
            return Optional.empty();
        });
    }

    private <E extends Enum<E>> List<E> enumList(String ptr, JsonNode node, Class<E> type) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(ptr, "expected a list, got " + kind(node));
            return List.of();
        }
        List<E> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            enumValue(LocatedTree.child(ptr, i), node.get(i), type).ifPresent(values::add);
        }
        return values;
    }

    private List<String> stringList(String ptr, JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(ptr, "expected a list of strings, got " + kind(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            text(LocatedTree.child(ptr, i), node.get(i)).ifPresent(values::add);
        }
        return values;
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + node.textValue() + "\"";
        }
        if (node.isNumber() || node.isBoolean() || node.isNull()) {
            return node.toString();
        }
        return node.isArray() ? "a list" : "an object";
    }

    private String forScenario(String message) {
        return scenarioName == null ? message : "scenario \"" + scenarioName + "\": " + message;
    }

    private void problem(String ptr, String message) {
        JsonLocation at = tree.location(ptr);
        String path = LocatedTree.path(ptr);
        problems.add(new Problem(name, at.getLineNr(), at.getColumnNr(),
                forScenario((path.isEmpty() ? "" : path + ": ") + message)));
    }
}

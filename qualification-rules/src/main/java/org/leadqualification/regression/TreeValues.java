package org.leadqualification.regression;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.regression.ScenarioLoadException.Problem;

/**
 * Typed values out of one scenario file's tree: each reader checks the node and, when it is not what was expected,
 * records a problem at the node's line and column (prefixed with the scenario being read) and returns empty.
 */
final class TreeValues {
    private final LocatedTree tree;
    private final String name;
    private final List<Problem> problems;
    private String scenarioName;

    /**
     * @param tree     the file's tree
     * @param name     the file as shown in messages
     * @param problems where problems go
     */
    TreeValues(LocatedTree tree, String name, List<Problem> problems) {
        this.tree = tree;
        this.name = name;
        this.problems = problems;
    }

    /** @param name the scenario now being read, whose name prefixes problems; null between scenarios */
    void scenario(String name) {
        this.scenarioName = name;
    }

    /** @return how many problems the file has so far */
    int problemCount() {
        return problems.size();
    }

    void fields(String ptr, JsonNode node, Set<String> allowed) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problem(LocatedTree.child(ptr, f), "unknown field \"" + f + "\": expected one of " + allowed);
            }
        });
    }

    boolean object(String ptr, JsonNode node) {
        if (!node.isObject()) {
            problem(ptr, "expected an object, got " + kind(node));
            return false;
        }
        return true;
    }

    Optional<String> text(String ptr, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problem(ptr, "expected a non-blank string, got " + kind(node));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    Optional<Instant> instant(String ptr, JsonNode node) {
        return text(ptr, node).flatMap(t -> {
            try {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException e) {
                problem(ptr, "expected an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z, got \"" + t + "\"");
                return Optional.empty();
            }
        });
    }

    /**
     * A constant of {@code type}, strict about spelling: only its name in upper case or in lower case, unpadded, as
     * the scenario schemas' enums list them, so that a file that loads also validates against its schema.
     *
     * @param what what the value is, for the message, e.g. {@code account stage}
     */
    <E extends Enum<E>> Optional<E> enumName(String ptr, JsonNode node, Class<E> type, String what) {
        return text(ptr, node).flatMap(t -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t) || e.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return Optional.of(e);
                }
            }
            problem(ptr, "unknown " + what + " \"" + t + "\": expected one of " + Arrays.toString(type.getEnumConstants())
                    + ", in upper or lower case");
            return Optional.empty();
        });
    }

    /** A list of {@link #enumName} values; problems for a value that is not a list and for each bad element. */
    <E extends Enum<E>> List<E> enumNames(String ptr, JsonNode node, Class<E> type, String what) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(ptr, "expected a list, got " + kind(node));
            return List.of();
        }
        List<E> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            enumName(LocatedTree.child(ptr, i), node.get(i), type, what).ifPresent(values::add);
        }
        return values;
    }

    List<String> stringList(String ptr, JsonNode node) {
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

    /** @return the field names, in the order given (the order messages list them in) */
    static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + node.textValue() + "\"";
        }
        if (node.isNumber() || node.isBoolean() || node.isNull()) {
            return node.toString();
        }
        return node.isArray() ? "a list" : "an object";
    }

    String forScenario(String message) {
        return scenarioName == null ? message : "scenario \"" + scenarioName + "\": " + message;
    }

    void problem(String ptr, String message) {
        JsonLocation at = tree.location(ptr);
        String path = LocatedTree.path(ptr);
        problems.add(Problem.at(name, at.getLineNr(), at.getColumnNr(),
                forScenario((path.isEmpty() ? "" : path + ": ") + message)));
    }
}

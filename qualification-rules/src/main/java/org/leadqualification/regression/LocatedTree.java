package org.leadqualification.regression;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leadqualification.regression.ScenarioLoadException.Problem;
import org.leadqualification.rules.internal.YamlLimits;

/**
 * A JSON or YAML document read into a Jackson tree, with the source location of every node kept by JSON pointer.
 * Jackson's trees forget where their nodes came from; scenario errors must say file and line, so this reads the
 * token stream itself and records {@link JsonParser#currentTokenLocation()} as it builds the tree. For an object
 * member the location is that of its key, for an array element that of its first token.
 */
final class LocatedTree {
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(YamlLimits.constraints()).build();
    private static final YAMLFactory YAML = YamlLimits.factory();
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private final JsonNode root;
    private final Map<String, JsonLocation> locations;

    private LocatedTree(JsonNode root, Map<String, JsonLocation> locations) {
        this.root = root;
        this.locations = locations;
    }

    /** A syntax error, or a duplicate key, with its location. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient JsonLocation location;

        SyntaxException(String message, JsonLocation location, Throwable cause) {
            super(message, cause);
            // A limit exception carries no location.
            this.location = location == null ? JsonLocation.NA : location;
        }

        JsonLocation location() {
            return location;
        }
    }

    /** @return true if the file name says YAML ({@code .yaml} / {@code .yml}); otherwise it is read as JSON */
    static boolean isYaml(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * Reads a file, YAML or JSON by its name; a syntax error or a file that cannot be read is recorded as a problem
     * with its line and column.
     *
     * @param path     where to read it
     * @param shownAs  the file as messages name it
     * @param problems where a problem goes
     * @return the tree, or empty when the file could not be read (recorded)
     */
    static Optional<LocatedTree> readFile(Path path, String shownAs, List<Problem> problems) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return Optional.of(read(in, isYaml(path.getFileName().toString())));
        } catch (SyntaxException e) {
            problems.add(Problem.at(shownAs, e.location().getLineNr(), e.location().getColumnNr(),
                    e.getMessage().strip()));
        } catch (IOException e) {
            problems.add(Problem.at(shownAs, 0, 0, "cannot read: " + e));
        }
        return Optional.empty();
    }

    static LocatedTree read(Reader in, boolean yaml) throws IOException, SyntaxException {
        try (JsonParser p = (yaml ? YAML : JSON).createParser(in)) {
            Map<String, JsonLocation> locations = new HashMap<>();
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SyntaxException("the file is empty", p.currentLocation(), null);
            }
            JsonNode root = new Builder(p, locations).node("");
            if (p.nextToken() != null) {
                throw new SyntaxException("unexpected content after the document", p.currentTokenLocation(), null);
            }
            return new LocatedTree(root, locations);
        } catch (JsonProcessingException e) {
            throw new SyntaxException(e.getOriginalMessage(), e.getLocation(), e);
        } catch (RuntimeException e) {
            // SnakeYAML's own limits (code points, aliases) and some malformed input throw its unchecked
            // YAMLException, which Jackson does not wrap.
            throw new SyntaxException("cannot be read as YAML or JSON: " + e.getMessage(), JsonLocation.NA, e);
        }
    }

    JsonNode root() {
        return root;
    }

    /**
     * @param pointer a JSON pointer into this tree, e.g. {@code /scenarios/2/expect}
     * @return the location of that node, or of its nearest recorded ancestor
     */
    JsonLocation location(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation l = locations.get(p);
            if (l != null || p.isEmpty()) {
                return l == null ? JsonLocation.NA : l;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** @return whether a node was read at exactly this pointer */
    boolean has(String pointer) {
        return locations.containsKey(pointer);
    }

    /** @return {@code pointer} extended by one object member, escaped as RFC 6901 requires */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** @return {@code pointer} extended by one array index */
    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** @return a JSON pointer as a person reads a path: {@code /scenarios/2/expect} becomes {@code scenarios[2].expect} */
    static String path(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String seg : pointer.split("/", -1)) {
            if (seg.isEmpty()) {
                continue;
            }
            if (seg.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(seg).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(seg.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /**
     * @param path a path as a person reads it, e.g. {@code interactions[3].at}
     * @return the JSON pointer, e.g. {@code /interactions/3/at}
     */
    static String pointer(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("[.\\[]")) {
            if (seg.isEmpty()) {
                continue;
            }
            sb.append('/').append(seg.endsWith("]") ? seg.substring(0, seg.length() - 1)
                    : seg.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static final class Builder {
        private final JsonParser p;
        private final Map<String, JsonLocation> locations;

        Builder(JsonParser p, Map<String, JsonLocation> locations) {
            this.p = p;
            this.locations = locations;
        }

        /** Reads the value at the current token; the caller has recorded its location unless it is the root. */
        JsonNode node(String pointer) throws IOException, SyntaxException {
            locations.putIfAbsent(pointer, p.currentTokenLocation());
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    ObjectNode o = NODES.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        String child = child(pointer, name);
                        JsonLocation at = p.currentTokenLocation();
                        if (o.has(name)) {
                            throw new SyntaxException("duplicate key \"" + name + "\"", at, null);
                        }
                        locations.put(child, at);
                        p.nextToken();
                        o.set(name, node(child));
                    }
                    return o;
                }
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(node(child(pointer, i++)));
                    }
                    return a;
                }
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(p.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    // YAML may yield embedded objects (e.g. binary); scenario files have no use for them.
                    throw new SyntaxException("unsupported value " + t, p.currentTokenLocation(), null);
            }
        }
    }
}

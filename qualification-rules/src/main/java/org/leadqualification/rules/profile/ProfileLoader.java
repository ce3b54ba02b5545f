package org.leadqualification.rules.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.leadqualification.api.Location;
import org.leadqualification.rules.internal.YamlLimits;

/** Reads profiles: YAML or JSON, laid over a base profile key by key. */
final class ProfileLoader {
    static final String DEFAULT_RESOURCE = "/org/leadqualification/rules/profile/default-profile.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder(YamlLimits.factory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final JsonNode DEFAULT_TREE = readDefaultTree();
    private static final ScoringProfile DEFAULTS = bind(DEFAULT_TREE, "default-profile.yaml", null);

    private ProfileLoader() {
    }

    static ScoringProfile defaults() {
        return DEFAULTS;
    }

    static ScoringProfile load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidProfileException(new Location.InFile(file.toString(), 0, 0), "",
                    "cannot read the file: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    static ScoringProfile parse(String text, String source) {
        return bind(merge(DEFAULT_TREE.deepCopy(), readTree(text, source), source), source, text);
    }

    static ScoringProfile overlay(ScoringProfile base, String text, String source) {
        return bind(merge(JSON.valueToTree(base), readTree(text, source), source), source, text);
    }

    static String toJson(ScoringProfile profile) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write profile", e);
        }
    }

    private static JsonNode readDefaultTree() {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String text, String source) {
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JSON.createObjectNode();
            }
            if (!node.isObject()) {
                throw new InvalidProfileException(new Location.InFile(source, 0, 0), "",
                        "expected a YAML or JSON object at the top, got "
                        + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT), null);
            }
            return node;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            Location.InFile where = loc == null ? new Location.InFile(source, 0, 0)
                    : new Location.InFile(source, loc.getLineNr(), loc.getColumnNr());
            throw new InvalidProfileException(where, "", e.getOriginalMessage(), e);
        } catch (InvalidProfileException e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML's own limits (code points, aliases) and some malformed input throw its unchecked
            // YAMLException, which Jackson does not wrap.
            throw new InvalidProfileException(new Location.InFile(source, 0, 0), "",
                    "cannot be read as YAML or JSON: " + e.getMessage(), e);
        }
    }

    /** Lays {@code override} over {@code base}: objects merge key by key, everything else replaces. */
    private static JsonNode merge(JsonNode base, JsonNode override, String source) {
        if (!(base instanceof ObjectNode baseObject) || !override.isObject()) {
            return override;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = override.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode existing = baseObject.get(e.getKey());
            baseObject.set(e.getKey(), existing == null ? e.getValue() : merge(existing, e.getValue(), source));
        }
        return baseObject;
    }

    /**
     * @param text the text the tree's overrides came from, to locate an offending node in; null for the defaults
     */
    private static ScoringProfile bind(JsonNode tree, String source, String text) {
        try {
            return YAML.treeToValue(tree, ScoringProfile.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // A section that knows the field better than the parser (a check across fields) names it itself.
            String path = cause instanceof ProfileChecks.FieldException f ? f.field() : path(e);
            String message = cause.getMessage() != null ? cause.getMessage()
                    : cause instanceof NullPointerException ? "expected a value, got null (e.g. a null in a list)"
                    : "invalid value (" + cause.getClass().getSimpleName() + ")";
            throw invalid(source, text, path, message, e);
        } catch (JsonMappingException e) {
            throw invalid(source, text, path(e), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw invalid(source, text, "", e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw invalid(source, text, "", e.getMessage(), e);
        }
    }

    private static InvalidProfileException invalid(String source, String text, String path, String message,
                                                   Throwable cause) {
        return new InvalidProfileException(ProfileLocator.locate(text, source, path), path,
                message == null ? "invalid profile (" + cause.getClass().getSimpleName() + ")" : message, cause);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }
}

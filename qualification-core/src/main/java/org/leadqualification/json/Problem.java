package org.leadqualification.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * One thing wrong with a JSON document: the path of the offending field and what was expected. Internal control
 * flow of the mappers, turned into a {@link org.leadqualification.api.LeadError} at the boundary; carries no stack
 * trace because it is expected, not exceptional.
 */
final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final int MAX_SHOWN = 60;

    private final String path;

    Problem(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    /** @return the JSON path, empty for the document itself */
    String path() {
        return path;
    }

    /** @return {@code base.name}, or {@code base["odd name"]} when the name is not a simple word */
    static String field(String base, String name) {
        if (!SIMPLE_KEY.matcher(name).matches()) {
            return base + "[" + quote(name) + "]";
        }
        return base.isEmpty() ? name : base + "." + name;
    }

    /** @return {@code base[index]} */
    static String element(String base, int index) {
        return base + "[" + index + "]";
    }

    /** @return a path below a caller's base path, e.g. {@code scenarios[2].lead} + {@code interactions[0].at} */
    static String under(String base, String path) {
        if (base == null || base.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return base;
        }
        return path.startsWith("[") ? base + path : base + "." + path;
    }

    /** @return a short description of what a node is, for "got ..." in messages */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return shorten(node.asText());
    }

    /** @return the text in double quotes with JSON escapes, shortened when long */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 2).append('"');
        int shown = Math.min(text.length(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
        if (text.length() > shown) {
            sb.append("... (").append(text.length()).append(" characters)");
        }
        return sb.toString();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "... (" + text.length() + " characters)";
    }
}

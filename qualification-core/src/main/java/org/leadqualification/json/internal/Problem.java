package org.leadqualification.json.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One thing wrong with a JSON document: the path of the offending field and what was expected. Internal control
 * flow of the mappers, turned into a {@link org.leadqualification.api.LeadError} at the boundary; carries no stack
 * trace because it is expected, not exceptional. Internal: no compatibility promise.
 */
public final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 60;

    private final String path;

    /**
     * @param path    the JSON path of the offending field, empty for the document itself
     * @param message what was wrong and what was expected
     */
    public Problem(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    /** @return the JSON path, empty for the document itself */
    public String path() {
        return path;
    }

    /**
     * @param base the object's path
     * @param name the field's name
     * @return {@code base.name}, or {@code base["odd name"]} when the name is not a simple word
     */
    public static String field(String base, String name) {
        if (!isSimple(name)) {
            return base + "[" + quote(name) + "]";
        }
        return base.isEmpty() ? name : base + "." + name;
    }

    /** Same as matching {@code [A-Za-z_][A-Za-z0-9_-]*}, without a regex: this runs for every field read. */
    private static boolean isSimple(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param base  the array's path
     * @param index the element's index
     * @return {@code base[index]}
     */
    public static String element(String base, int index) {
        return base + "[" + index + "]";
    }

    /**
     * @param node a value, null or missing for nothing
     * @return a short description of what a node is, for "got ..." in messages
     */
    public static String describe(JsonNode node) {
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

    /**
     * @param text any text
     * @return the text in double quotes with JSON escapes, shortened when long
     */
    public static String quote(String text) {
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

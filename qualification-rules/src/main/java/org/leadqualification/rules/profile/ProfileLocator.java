package org.leadqualification.rules.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadqualification.api.Location;

/**
 * Finds where a field of a profile was written. Profiles are bound from a tree merged with the defaults, which has
 * no locations; so when binding fails, the profile's own text is read again as tokens (only then: errors are
 * rare) and the field's path looked up in it. YAML is a superset of JSON, so one parser reads both.
 */
final class ProfileLocator {
    private static final YAMLFactory YAML = org.leadqualification.rules.internal.YamlLimits.factory();

    private ProfileLocator() {
    }

    /**
     * @param text   the profile text, or null when there is none (the bundled defaults)
     * @param source the profile's file or name
     * @param path   a field path such as {@code fit.companySize[1].min}; empty for the whole profile
     * @return the line and column of the field in the text, else of its nearest ancestor the text names, else the
     *         file alone (line and column 0)
     */
    static Location.InFile locate(String text, String source, String path) {
        if (text == null || path.isEmpty()) {
            return new Location.InFile(source, 0, 0);
        }
        Map<List<String>, JsonLocation> seen = new HashMap<>();
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() != null) {
                walk(p, new ArrayList<>(), seen);
            }
        } catch (IOException | RuntimeException e) {
            // The text was read once already; whatever was seen before a problem still helps.
        }
        List<String> target = segments(path);
        for (int n = target.size(); n > 0; n--) {
            JsonLocation at = seen.get(target.subList(0, n));
            if (at != null) {
                return new Location.InFile(source, at.getLineNr(), at.getColumnNr());
            }
        }
        return new Location.InFile(source, 0, 0);
    }

    /** {@code fit.companySize[1].min} as {@code [fit, companySize, 1, min]}. */
    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("[.\\[]")) {
            if (!s.isEmpty()) {
                out.add(s.endsWith("]") ? s.substring(0, s.length() - 1) : s);
            }
        }
        return out;
    }

    /** Records the location of every object key and array element under the current token. */
    private static void walk(JsonParser p, List<String> at, Map<List<String>, JsonLocation> seen) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                at.add(p.currentName());
                seen.put(List.copyOf(at), p.currentTokenLocation());
                p.nextToken();
                walk(p, at, seen);
                at.remove(at.size() - 1);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                at.add(Integer.toString(i++));
                seen.put(List.copyOf(at), p.currentTokenLocation());
                walk(p, at, seen);
                at.remove(at.size() - 1);
            }
        }
    }
}

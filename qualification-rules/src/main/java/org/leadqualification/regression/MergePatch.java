package org.leadqualification.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** JSON Merge Patch (RFC 7396) on Jackson trees. */
final class MergePatch {
    private MergePatch() {
    }

    /**
     * Applies {@code patch} to {@code target} in place: a {@code null} member removes, an object member merges
     * recursively, anything else (arrays included) replaces.
     *
     * @param target the document to change
     * @param patch  the patch, an object
     */
    static void apply(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> it = patch.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject()) {
                JsonNode existing = target.get(e.getKey());
                ObjectNode child = existing instanceof ObjectNode o ? o : target.putObject(e.getKey());
                apply(child, value);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }
}

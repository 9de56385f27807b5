package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import press.model.PackedMeta;

import java.util.Iterator;
import java.util.Map;

/**
 * Front matter as the meta box shows it: every field, in author order, keys unchanged, packed
 * ({@link PackedMeta}) straight from the parsed YAML, so no tree of it stays on the heap.
 */
final class MetaTree {
    private MetaTree() {}

    static PackedMeta of(JsonNode root) {
        if (!root.isObject()) return PackedMeta.EMPTY;
        PackedMeta.Writer w = new PackedMeta.Writer();
        write(w, root);
        return w.done();
    }

    private static void write(PackedMeta.Writer w, JsonNode n) {
        if (n.isObject()) {
            w.map(n.size());
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                w.key(e.getKey());
                write(w, e.getValue());
            }
        } else if (n.isArray()) {
            w.list(n.size());
            for (JsonNode item : n) write(w, item);
        } else {
            w.text(n.isNull() ? "" : n.asText());
        }
    }
}

package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import press.model.MetaValue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Front matter as the meta box shows it: every field, in author order, keys unchanged. Keys and
 * short values repeat across thousands of posts ("stack", "python services", "unsplash"), so
 * they are interned: one copy per site instead of one per post, and so are the {@code Text}
 * values holding them (at 10,000 posts, 538,000 {@code Text} objects were ~8.6 MB of the heap).
 */
final class MetaTree {
    private static final int INTERN_BELOW = 80;

    private final Map<String, MetaValue.Text> texts = new java.util.concurrent.ConcurrentHashMap<>();

    MetaValue.MapValue of(JsonNode root) {
        return root.isObject() ? (MetaValue.MapValue) convert(root) : new MetaValue.MapValue(List.of());
    }

    private MetaValue convert(JsonNode n) {
        if (n.isObject()) {
            List<MetaValue.Entry> entries = new ArrayList<>(n.size());
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                entries.add(new MetaValue.Entry(e.getKey().intern(), convert(e.getValue())));
            }
            return new MetaValue.MapValue(List.copyOf(entries));
        }
        if (n.isArray()) {
            List<MetaValue> items = new ArrayList<>(n.size());
            for (JsonNode item : n) items.add(convert(item));
            return new MetaValue.ListValue(List.copyOf(items));
        }
        String text = n.isNull() ? "" : n.asText();
        if (text.length() >= INTERN_BELOW) return new MetaValue.Text(text);
        return texts.computeIfAbsent(text.intern(), MetaValue.Text::new);
    }
}

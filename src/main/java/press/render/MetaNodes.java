package press.render;

import press.model.MetaValue;

import java.util.ArrayList;
import java.util.List;

/** Front matter to meta box nodes; keys read as the old site's labels ({@code code_language} as "code language"). */
final class MetaNodes {
    private MetaNodes() {}

    static List<Views.MetaNode> of(MetaValue.MapValue meta) {
        List<Views.MetaNode> out = new ArrayList<>(meta.entries().size());
        for (MetaValue.Entry e : meta.entries()) out.add(node(label(e.key()), e.value()));
        return out;
    }

    /** Labels made so far, by key: a site's posts use a few dozen keys (kept up to {@link #LABELS_KEPT}). */
    private static final java.util.Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LABELS_KEPT = 10_000;

    /** Interned: the same few labels stand in every post's meta box. Looked up first (its intern was 0.2 % of a build's CPU, by perf). */
    static String label(String key) {
        String known = LABELS.get(key);
        if (known != null) return known;
        String label = key.replace('_', ' ').intern();
        if (LABELS.size() < LABELS_KEPT) LABELS.put(key, label);
        return label;
    }

    private static Views.MetaNode node(String label, MetaValue v) {
        if (v instanceof MetaValue.Text t) return new Views.MetaNode(label, t.text(), null, null);
        if (v instanceof MetaValue.ListValue l) {
            List<Views.MetaNode> items = new ArrayList<>(l.items().size());
            for (MetaValue item : l.items()) items.add(node("", item));
            return new Views.MetaNode(label, null, items, null);
        }
        return new Views.MetaNode(label, null, null, of((MetaValue.MapValue) v));
    }
}

package press.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What changed from one manifest to another, path by path, each list sorted. */
public record ManifestDiff(List<String> added, List<String> changed, List<String> removed) {

    public static ManifestDiff between(Manifest from, Manifest to) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> e : to.files().entrySet()) {
            String old = from.files().get(e.getKey());
            if (old == null) added.add(e.getKey());
            else if (!old.equals(e.getValue())) changed.add(e.getKey());
        }
        for (String path : from.files().keySet()) if (!to.files().containsKey(path)) removed.add(path);
        return new ManifestDiff(List.copyOf(added), List.copyOf(changed), List.copyOf(removed));
    }

    /** Only the pages (HTML files) of this diff. */
    public ManifestDiff pages() {
        return new ManifestDiff(html(added), html(changed), html(removed));
    }

    private static List<String> html(List<String> paths) {
        return paths.stream().filter(p -> p.endsWith(".html")).toList();
    }
}

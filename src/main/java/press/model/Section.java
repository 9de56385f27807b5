package press.model;

import java.util.List;

/**
 * A folder of pages, with a list page at its path.
 *
 * @param path     relative to the site root, ending in {@code /} ({@code docs/guides/})
 * @param title    from its {@code _index} file, else the folder name
 * @param index    its {@code _index} file, or null
 * @param pages    its own pages, by weight, then title, then path
 * @param sections its direct subsections, in the same order (by their index's weight and title)
 * @param weight   from its index, else 0
 */
public record Section(String path, String title, Page index, List<Page> pages, List<Section> sections, int weight) {
    /** The section above a site path: {@code docs/guides/} and {@code docs/guides.html} give {@code docs/}; a top-level path gives "". */
    public static String parentOf(String path) {
        if (path.isEmpty()) return "";
        int cut = path.lastIndexOf('/', path.length() - 2);
        return cut < 0 ? "" : path.substring(0, cut + 1);
    }

    /** The last folder name of a section path: {@code docs/guides/} gives {@code guides}; "" gives "". */
    public static String lastPart(String path) {
        if (path.isEmpty()) return "";
        return path.substring(parentOf(path).length(), path.length() - 1);
    }

    /** The folder names from the top: {@code docs/guides/} gives [docs, guides]. */
    public List<String> parts() {
        return path.isEmpty() ? List.of() : List.of(path.substring(0, path.length() - 1).split("/"));
    }
}

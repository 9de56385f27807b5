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
    /** The folder names from the top: {@code docs/guides/} gives [docs, guides]. */
    public List<String> parts() {
        return path.isEmpty() ? List.of() : List.of(path.substring(0, path.length() - 1).split("/"));
    }
}
